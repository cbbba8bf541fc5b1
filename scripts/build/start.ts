// `npm run build`. package.json starts it with compile-cache-on.mjs preloaded, so this file and the
// build's modules are read from the compile cache. V8's flags belong to the whole process, so the
// optimizing compiler is held back here, by the entry, and not by buildSite, which tests and other
// scripts call inside processes of their own.
import { deferOptimizingCompiler } from '../../src/lib/optimizing-compiler.ts';
import { main } from '../build.ts';

deferOptimizingCompiler();
await main();
