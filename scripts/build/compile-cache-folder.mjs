// Where builds of a project keep Node's compiled code. Plain JavaScript, so that the preload that
// turns the cache on (compile-cache-on.mjs) can read it before Node has any TypeScript to strip;
// compile-cache.ts, which tidies the folder, takes it from here.
import { join } from 'node:path';

/**
 * The compile cache for builds of the project at `root`: the folder `NODE_COMPILE_CACHE` names when
 * it is set, otherwise one of the project's own under `node_modules/.cache/`. `own` is false for a
 * named folder, which other programs may share: only the project's own is tidied.
 *
 * @param {string} root
 * @param {Record<string, string | undefined>} env
 * @returns {{ dir: string; own: boolean }}
 */
export function compileCacheFolder(root, env) {
  const named = env.NODE_COMPILE_CACHE;
  return named ? { dir: named, own: false } : { dir: join(root, 'node_modules', '.cache', 'huazhang', 'compiled'), own: true };
}
