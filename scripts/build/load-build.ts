// Prepares a process whose work is a build (`npm run build`, the benchmark's build child), then
// loads the build (../build.ts). Node compiles a module and every module it imports before it runs
// any of them, so build.ts cannot turn the compile cache on for its own imports: an entry that
// loaded it directly compiled them anew every time (about 60 ms before Astro's process could
// start, against about 20 ms when read from the cache). Both entries are started with
// compile-cache-on.mjs preloaded, which turns the cache on before their own TypeScript is read;
// this turns it on for an entry started without it. V8's flags belong to the whole process, so
// the optimizing compiler is held back here, by the entry, and not by buildSite, which tests and
// other scripts call inside processes of their own.
import { enableCompileCache } from 'node:module';
import { deferOptimizingCompiler } from '../../src/lib/optimizing-compiler.ts';
import { compileCacheFolder } from './compile-cache.ts';

/** Turns on the compile cache of builds of the project at `root` and holds back the optimizing compiler, then loads the build. */
export async function loadBuild(root: string): Promise<typeof import('../build.ts')> {
  enableCompileCache(compileCacheFolder(root, process.env).dir);
  deferOptimizingCompiler();
  return import('../build.ts');
}
