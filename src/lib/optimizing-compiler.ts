import { setFlagsFromString } from 'node:v8';

/**
 * Seconds a build's process runs before V8 may compile hot code with its optimizing compiler
 * (TurboFan). Until then the fast tiers (Sparkplug, Maglev) serve. TurboFan compiles on a
 * background thread, and on the two cores a build shares with its other processes, that thread's
 * time is taken from them: a 100-dossier build spent about 1.8 s of its 8 s of processor time
 * compiling, and finished about 0.6 s sooner without TurboFan. A build that runs for minutes
 * repays the compiling: 10,000 dossiers took 262.6 s without it against 240.5 s with it.
 */
const OPTIMIZING_COMPILER_AFTER_SECONDS = 10;

/** Whether this process has held the compiler back already. */
let deferred = false;

/** Whether this process was started with its own choice of compiler, which it keeps. */
function startedWithChoice(): boolean {
  return process.execArgv.some((flag) => /^--(no-)?turbofan$|^--jitless$/.test(flag));
}

/**
 * Holds back V8's optimizing compiler in this process for {@link OPTIMIZING_COMPILER_AFTER_SECONDS}
 * (or until {@link releaseOptimizingCompiler}), so that a short build does not pay for compiling
 * code it runs only briefly, and a long one still gets it once it has run that long. The timer
 * fires only when the event loop turns: a process that computes for long stretches without
 * awaiting anything decides otherwise (check-process.ts). V8's flags are the process's, so this
 * is called by the process's own entry, not by a thread.
 */
export function deferOptimizingCompiler(seconds = OPTIMIZING_COMPILER_AFTER_SECONDS): void {
  // A process's preload (scripts/build/record-modules.ts) and its entry both hold it back: once is enough.
  if (startedWithChoice() || deferred) return;
  deferred = true;
  setFlagsFromString('--no-turbofan');
  // Unreferenced: a process whose work is done exits without waiting for it.
  setTimeout(releaseOptimizingCompiler, seconds * 1000).unref();
}

/**
 * Lets V8's optimizing compiler in at once: for work that no longer shares the cores with the
 * build's other processes, such as the search index merged after Astro's process has exited.
 */
export function releaseOptimizingCompiler(): void {
  if (!startedWithChoice()) setFlagsFromString('--turbofan');
}
