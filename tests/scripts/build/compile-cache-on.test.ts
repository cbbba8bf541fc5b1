import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileCacheFolder } from '../../../scripts/build/compile-cache.ts';
import { ROOT } from '../../support/paths.ts';
import { testFolder } from '../../support/test-folder.ts';

const PRELOAD = fileURLToPath(new URL('../../../scripts/build/compile-cache-on.mjs', import.meta.url));
const ENTRY = fileURLToPath(new URL('../../fixtures/compile-cache/cache-at-start.ts', import.meta.url));

/** The compile cache a TypeScript entry finds on as it is read, started with `flags` and `env`. */
function cacheAtStart(flags: string[], env: NodeJS.ProcessEnv): string {
  const { NODE_COMPILE_CACHE: _, ...inherited } = process.env;
  const result = spawnSync(process.execPath, [...flags, ENTRY], { cwd: ROOT, env: { ...inherited, ...env }, encoding: 'utf8' });
  expect(result.stderr).toBe('');
  return result.stdout.trim();
}

describe('the preload of npm run build', () => {
  it('is needed: without it the cache is off while the entry is read', () => {
    expect(cacheAtStart([], {})).toBe('off');
  });

  it("turns on the project's own compile cache before the TypeScript entry is read", () => {
    expect(dirname(cacheAtStart([`--import=${PRELOAD}`], {}))).toBe(compileCacheFolder(ROOT, {}).dir);
  });

  it('keeps a folder named by NODE_COMPILE_CACHE', () => {
    const named = join(testFolder('huazhang-compile-cache-'), 'compiled');
    expect(dirname(cacheAtStart([`--import=${PRELOAD}`], { NODE_COMPILE_CACHE: named }))).toBe(named);
  });
});
