import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compileCacheFolder, compiledCodeEntries, pruneCompileCache } from '../../../scripts/build/compile-cache.ts';
import { testFolder } from '../../support/test-folder.ts';

/** Seconds since the epoch, as `utimesSync` takes them. */
const at = (iso: string) => Date.parse(iso) / 1000;

/** A cache entry written at `written` and last read at `read` (never read when the two are equal). */
function entry(file: string, written: string, read = written): void {
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, 'compiled');
  utimesSync(file, at(read), at(written));
}

/** Notes that the previous build began at `when`. */
function lastBuild(dir: string, when: string): void {
  entry(join(dir, '.last-build'), when);
}

describe('tidying the compile cache', () => {
  it('deletes what the previous build did not read, and keeps what it read or wrote', async () => {
    const dir = testFolder('huazhang-compile-cache-');
    const node = join(dir, 'v24.21.0-x64-0');
    entry(join(node, 'staging-chunk'), '2026-12-01T10:00:00Z');
    entry(join(node, 'temporary.Ab12Cd'), '2026-12-01T10:00:00Z');
    entry(join(dir, 'v22.0.0-x64-0', 'old-node'), '2026-11-01T10:00:00Z');
    entry(join(node, 'read-by-previous-build'), '2026-12-01T10:00:00Z', '2026-12-02T09:00:01Z');
    // Read the day before, and again by the previous build without the file system noting it.
    entry(join(node, 'read-within-a-day'), '2026-11-20T10:00:00Z', '2026-12-01T21:00:00Z');
    entry(join(node, 'read-long-ago'), '2026-11-20T10:00:00Z', '2026-11-21T10:00:00Z');
    entry(join(node, 'written-by-previous-build'), '2026-12-02T09:00:30Z');
    lastBuild(dir, '2026-12-02T09:00:00Z');

    expect(await pruneCompileCache(dir)).toBe(4);
    expect(readdirSync(node).sort()).toEqual(['read-by-previous-build', 'read-within-a-day', 'written-by-previous-build']);
    expect(readdirSync(join(dir, 'v22.0.0-x64-0'))).toEqual([]);
    // This build is now the previous one for the next.
    expect(statSync(join(dir, '.last-build')).mtimeMs).toBeGreaterThan(Date.parse('2026-12-02T09:00:30Z'));
  });

  it('deletes nothing on the first build it sees, since no build has had the chance to read an entry', async () => {
    const dir = testFolder('huazhang-compile-cache-');
    entry(join(dir, 'v24.21.0-x64-0', 'never-read'), '2026-12-01T10:00:00Z');
    expect(await pruneCompileCache(dir)).toBe(0);
    expect(existsSync(join(dir, 'v24.21.0-x64-0', 'never-read'))).toBe(true);
    expect(existsSync(join(dir, '.last-build'))).toBe(true);
  });

  it('makes the folder when there is none yet, and never throws where it cannot write', async () => {
    const dir = join(testFolder('huazhang-compile-cache-'), 'compiled');
    expect(await pruneCompileCache(dir)).toBe(0);
    expect(existsSync(join(dir, '.last-build'))).toBe(true);
    const blocked = join(testFolder('huazhang-compile-cache-'), 'a-file');
    writeFileSync(blocked, '');
    expect(await pruneCompileCache(join(blocked, 'compiled'))).toBe(0);
  });
});

describe('the compile cache folder', () => {
  it("is the project's own unless NODE_COMPILE_CACHE names one, which is never tidied", () => {
    expect(compileCacheFolder('/srv/site', {})).toEqual({ dir: join('/srv/site', 'node_modules', '.cache', 'huazhang', 'compiled'), own: true });
    expect(compileCacheFolder('/srv/site', { NODE_COMPILE_CACHE: '/tmp/node-compile-cache' })).toEqual({ dir: '/tmp/node-compile-cache', own: false });
  });
});

describe('the names of a module\'s compiled code', () => {
  it('are the entries Node writes, for ES modules, CommonJS and TypeScript', () => {
    const dir = testFolder('huazhang-compiled-names-');
    const modules = { 'main.mjs': 'module', 'helper.cjs': 'commonjs', 'typed.ts': 'module-typescript' } as const;
    // As in the project, whose TypeScript is ES modules by its package.json.
    writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
    writeFileSync(join(dir, 'main.mjs'), "import './helper.cjs';\nimport { answer } from './typed.ts';\nconsole.log(answer);\n");
    writeFileSync(join(dir, 'helper.cjs'), 'module.exports = { loaded: true };\n');
    writeFileSync(join(dir, 'typed.ts'), 'export const answer: number = 42;\n');
    const cache = join(dir, 'cache');
    const run = spawnSync(process.execPath, [join(dir, 'main.mjs')], { env: { ...process.env, NODE_COMPILE_CACHE: cache }, encoding: 'utf8' });
    expect(run.stdout.trim()).toBe('42');
    const [folder] = readdirSync(cache);
    const written = readdirSync(join(cache, folder!)).sort();
    const named = Object.entries(modules).flatMap(([file, format]) => compiledCodeEntries(pathToFileURL(join(dir, file)).href, format));
    expect(named).toHaveLength(4);
    expect(named.sort()).toEqual(written);
  });

  it('are none for what Node keeps nothing for', () => {
    const url = pathToFileURL('/project/data.json').href;
    expect(compiledCodeEntries(url, 'json')).toEqual([]);
    expect(compiledCodeEntries('node:fs', 'builtin')).toEqual([]);
    expect(compiledCodeEntries(url, undefined)).toEqual([]);
  });
});
