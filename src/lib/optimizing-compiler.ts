import { setFlagsFromString } from 'node:v8';

/**
 * Seconds a build's process runs before V8 may compile hot code with its optimizing compiler
 * (TurboFan). Until then the fast tiers (Sparkplug, Maglev) serve. TurboFan compiles on a
 * background thread, and on the two cores a build shares with its other processes, that thread's
 * time is taken from them: a 100-dossier build spent about 1.8 s of its 8 s of processor time
 * compiling, and finished about 0.3 s sooner without TurboFan. A build that runs for minutes
 * repays the compiling: 10,000 dossiers took 262.6 s without it against 240.5 s with it.
 */
const OPTIMIZING_COMPILER_AFTER_SECONDS = 10;

/**
 * Holds back V8's optimizing compiler in this process for {@link OPTIMIZING_COMPILER_AFTER_SECONDS},
 * so that a short build does not pay for compiling code it runs only briefly, and a long one still
 * gets it once it has run that long. V8's flags are the process's, so this is called by the
 * process's own entry, not by a thread. A process started with either flag keeps what it was given.
 */
export function deferOptimizingCompiler(seconds = OPTIMIZING_COMPILER_AFTER_SECONDS): void {
  if (process.execArgv.some((flag) => /^--(no-)?turbofan$|^--jitless$/.test(flag))) return;
  setFlagsFromString('--no-turbofan');
  // Unreferenced: a process whose work is done exits without waiting for it.
  setTimeout(() => setFlagsFromString('--turbofan'), seconds * 1000).unref();
}
