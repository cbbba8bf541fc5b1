// `npm run build`. package.json starts it with compile-cache-on.mjs preloaded, so this file and the
// build's modules are read from the compile cache. V8's flags belong to the whole process, so the
// optimizing compiler is held back here, by the entry, and not by buildSite, which tests and other
// scripts call inside processes of their own.
import { deferOptimizingCompiler } from '../../src/lib/optimizing-compiler.ts';

// Before the build's modules are compiled: V8 keeps a module's compiled code only for the
// compiler settings it was compiled under, and every process of a build compiles its modules with
// the optimizing compiler held back.
deferOptimizingCompiler();
const { main } = await import('../build.ts');
await main();
