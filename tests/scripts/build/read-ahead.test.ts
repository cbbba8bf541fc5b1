import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compiledCodeEntries } from '../../../scripts/build/compile-cache.ts';
import { filesToRead, readAhead, recordingEnv } from '../../../scripts/build/read-ahead.ts';
import { testFolder } from '../../support/test-folder.ts';

const project = fileURLToPath(new URL('../../../', import.meta.url));
const inProject = (path: string) => pathToFileURL(join(project, path)).href;

describe('the files a process records for the next build', () => {
  it('names each module, its package\'s manifest and its compiled code, in the order loaded', () => {
    const loaded = new Map([
      [inProject('node_modules/astro/dist/index.js'), 'module'],
      [inProject('node_modules/@astrojs/markdown-remark/dist/index.js'), 'module'],
      [inProject('node_modules/htmlparser2/node_modules/domutils/lib/index.js'), 'commonjs'],
      [inProject('node_modules/astro/package.json'), 'json'],
      [inProject('src/lib/constants.ts'), 'module-typescript'],
      [inProject('astro.config.mjs'), 'module'],
    ]);
    const compiled = join(project, 'node_modules/.cache/huazhang/compiled/v24-x64-0');
    const entries = (path: string) => compiledCodeEntries(inProject(path), loaded.get(inProject(path))).map((entry) => `node_modules/.cache/huazhang/compiled/v24-x64-0/${entry}`);
    expect(filesToRead(loaded, compiled)).toEqual([
      'node_modules/astro/package.json',
      'node_modules/astro/dist/index.js',
      ...entries('node_modules/astro/dist/index.js'),
      'node_modules/@astrojs/markdown-remark/package.json',
      'node_modules/@astrojs/markdown-remark/dist/index.js',
      ...entries('node_modules/@astrojs/markdown-remark/dist/index.js'),
      'node_modules/htmlparser2/node_modules/domutils/package.json',
      'node_modules/htmlparser2/node_modules/domutils/lib/index.js',
      ...entries('node_modules/htmlparser2/node_modules/domutils/lib/index.js'),
      'src/lib/constants.ts',
      ...entries('src/lib/constants.ts'),
      'astro.config.mjs',
      ...entries('astro.config.mjs'),
    ]);
  });

  it('leaves out a build\'s own output and everything outside the project', () => {
    const loaded = new Map([
      [inProject('.dist-staging-4242/chunks/pages.mjs'), 'module'],
      [pathToFileURL('/elsewhere/module.mjs').href, 'module'],
      ['node:fs', 'builtin'],
    ]);
    expect(filesToRead(loaded, undefined)).toEqual([]);
  });

  it('names a module loaded under a query string by its file', () => {
    expect(filesToRead(new Map([[`${inProject('astro.config.mjs')}?t=1764979200000`, 'json']]), undefined)).toEqual(['astro.config.mjs']);
  });

  it('names no compiled code when the process keeps none', () => {
    expect(filesToRead(new Map([[inProject('src/lib/constants.ts'), 'module-typescript']]), undefined)).toEqual(['src/lib/constants.ts']);
  });

  it('is written by a process started with the recording environment, and rewritten only when it changes', () => {
    const dir = testFolder('huazhang-read-ahead-');
    const records = join(dir, 'records');
    const main = join(dir, 'main.mjs');
    writeFileSync(main, `await import(${JSON.stringify(inProject('src/lib/constants.ts'))});\n`);
    const env = { ...process.env, ...recordingEnv(records, process.env), NODE_COMPILE_CACHE: join(dir, 'cache') };
    const run = () => expect(spawnSync(process.execPath, [main], { env, encoding: 'utf8' }).status).toBe(0);
    run();
    expect(readdirSync(records)).toEqual(['main.mjs.txt']);
    const record = readFileSync(join(records, 'main.mjs.txt'), 'utf8').split('\n');
    expect(record[0]).toBe('src/lib/constants.ts');
    // The compiled code's entry, which the cache folder now holds.
    const [folder] = readdirSync(join(dir, 'cache'));
    const compiled = compiledCodeEntries(inProject('src/lib/constants.ts'), 'module-typescript').map((entry) => join(dir, 'cache', folder!, entry));
    expect(record.slice(1)).toEqual(compiled);
    for (const file of compiled) expect(statSync(file).isFile()).toBe(true);
    const written = statSync(join(records, 'main.mjs.txt')).mtimeMs;
    run();
    expect(statSync(join(records, 'main.mjs.txt')).mtimeMs).toBe(written);
  });

  it('keeps what the environment already preloads', () => {
    const env = recordingEnv('/records', { NODE_OPTIONS: '--max-old-space-size=512' });
    expect(env.NODE_OPTIONS).toMatch(/^--max-old-space-size=512 --import=file:.*record-modules\.ts$/);
  });
});

/** A file whose access time is a day before its last change, so the next read of it is noted even where reads are noted lazily (`relatime`). */
function unread(file: string): void {
  writeFileSync(file, 'text');
  const changed = statSync(file).mtimeMs / 1000;
  utimesSync(file, changed - 86_400, changed);
}

const wasRead = (file: string) => statSync(file).atimeMs > statSync(file).mtimeMs;

describe('reading ahead', () => {
  it('reads every file the records name, and settles once all are read', async () => {
    const dir = testFolder('huazhang-read-ahead-');
    const files = Array.from({ length: 9 }, (_, n) => join(dir, `file-${n}.md`));
    files.forEach(unread);
    // Far more names than one `cat` is given, most of them of files that are not there.
    const missing = Array.from({ length: 3000 }, (_, n) => `no/such/folder/with/a/long/name/file-${n}.md`);
    mkdirSync(join(dir, 'records'));
    writeFileSync(join(dir, 'records', 'astro-build-child.ts.txt'), [...missing.slice(0, 1500), ...files.slice(0, 5)].join('\n'));
    writeFileSync(join(dir, 'records', 'check-process.ts.txt'), [...files.slice(5), ...missing.slice(1500)].join('\n'));
    await readAhead(join(dir, 'records'));
    expect(files.filter((file) => !wasRead(file))).toEqual([]);
  });

  it('settles at once when there are no records', async () => {
    const dir = testFolder('huazhang-read-ahead-');
    await expect(readAhead(join(dir, 'none'))).resolves.toBeUndefined();
  });
});
