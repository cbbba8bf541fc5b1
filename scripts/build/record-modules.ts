// Preloaded (`--import`) into the processes a build starts, so that each notes the files it loads
// for the next build to read ahead (read-ahead.ts). Node runs a preload on a process's main thread
// only; its worker threads load mostly what the check's process has loaded, and are left out.
import { deferOptimizingCompiler } from '../../src/lib/optimizing-compiler.ts';

// Before the recorder's own modules are compiled, as each of those processes' entries does before
// loading its modules (optimizing-compiler.ts): the build's process compiles them too.
deferOptimizingCompiler();
const { READ_AHEAD_ENV, recordModules } = await import('./read-ahead.ts');

const dir = process.env[READ_AHEAD_ENV];
if (dir) recordModules(dir);
