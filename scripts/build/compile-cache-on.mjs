// Preloaded by `npm run build` and the benchmark's build child (`node --import` this file): turns
// Node's compile cache on before the TypeScript entry is read. Node strips a TypeScript module's
// types before running any of it, and loads its TypeScript support to do that, unless the cache
// already holds the stripped text: a small entry ran its first line 46–52 ms after Node started,
// against 16–18 ms with the cache on from the start, and Astro's process was forked 30–45 ms
// sooner (scripts/bench/README.md). buildSite turns it on again for callers started without this
// file (tests, other scripts); a second call with the same folder changes nothing.
import { enableCompileCache } from 'node:module';
import { fileURLToPath } from 'node:url';
import { compileCacheFolder } from './compile-cache-folder.mjs';

enableCompileCache(compileCacheFolder(fileURLToPath(new URL('../..', import.meta.url)), process.env).dir);
