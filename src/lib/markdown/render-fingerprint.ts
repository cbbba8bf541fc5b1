import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

// Relative imports of a module: `from './x.ts'`, `import './x.ts'`, `import('./x.ts')`.
const LOCAL_IMPORT = /(?:\bfrom\s+|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

/** The project's own modules `entry` imports, directly or through others, itself included; sorted. */
export function localModuleGraph(entry: string): string[] {
  const seen = new Set<string>();
  const pending = [resolve(entry)];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(LOCAL_IMPORT)) pending.push(resolve(dirname(file), match[1]!));
  }
  return [...seen].sort();
}

/**
 * The files that record which versions of the dependencies are installed: npm's record of the
 * installed tree (`node_modules/.package-lock.json`, rewritten by every `npm ci` and `npm install`)
 * and the project's lockfile. The first catches a `node_modules` that no longer matches the
 * lockfile, as after switching branches without reinstalling.
 */
function dependencyRecords(root: string): string[] {
  return [join(root, 'node_modules', '.package-lock.json'), join(root, 'package-lock.json')];
}

/**
 * A hash of everything besides a body itself that decides how it renders: the code of the body
 * renderer and of every project module it imports (found by following their imports, so a new
 * one is never missed), the Markdown settings in `astro.config.mjs`, and the exact versions of
 * every dependency, as locked and as installed ({@link dependencyRecords}). A rendered body
 * cached under another fingerprint is never used.
 */
export function rendererFingerprint(root: string): string {
  return codeFingerprint(root, join(root, 'src', 'lib', 'markdown', 'render.ts'), [join(root, 'astro.config.mjs')]);
}

/**
 * A hash of the code `entry` runs: the module, every project module it imports (found by following
 * their imports), `others`, and the exact versions of every dependency ({@link dependencyRecords}).
 */
export function codeFingerprint(root: string, entry: string, others: readonly string[] = []): string {
  const hash = createHash('sha256');
  for (const file of [...localModuleGraph(entry), ...others, ...dependencyRecords(root)]) {
    hash.update(`${relative(root, file)}\n`);
    if (existsSync(file)) hash.update(readFileSync(file));
  }
  return hash.digest('hex');
}
