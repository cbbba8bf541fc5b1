import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { publishKeepingSpare, spareLeftBy, startFromPublished, sweepSpare, takeSpare } from '../../../scripts/build/spare-site.ts';
import { emptyTrash } from '../../../scripts/build/old-sites.ts';
import { astroPageRecord } from '../../../scripts/build/astro-page-record.ts';

let work: string;
let cacheDir: string;
let trash: string;
let outDir: string;

/** Astro's record of pages: route → path → [key, output file]. */
function record(routes: Record<string, Record<string, [string, string]>>, code = 'code-1') {
  return {
    version: 1,
    routes: Object.fromEntries(
      Object.entries(routes).map(([route, paths]) => [route, { dependencyHash: code, paths: Object.fromEntries(Object.entries(paths).map(([path, [cacheKey, outputFile]]) => [path, { cacheKey, outputFile }])) }]),
    ),
  };
}

const writeRecord = (value: unknown) => writeFileSync(astroPageRecord(cacheDir).manifest, JSON.stringify(value));

function put(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** Every file under `dir`, relative, sorted. */
const files = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'huazhang-spare-'));
  cacheDir = join(work, 'cache');
  trash = join(cacheDir, 'old-sites');
  outDir = join(work, 'dist');
  mkdirSync(trash, { recursive: true });
});

afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('keeping the replaced site as the spare', () => {
  it('keeps it only once the record of its pages is known, with that record', async () => {
    const first = record({ 'src/pages/a.astro': { '/a': ['k1', 'a/index.html'] } });
    writeRecord(first);
    // The first site published: there was no site before it.
    expect(await publishKeepingSpare(async () => undefined, outDir, trash, cacheDir)).toBe(false);

    const replaced = join(trash, 'dist-1');
    put(join(replaced, 'a', 'index.html'), 'first');
    writeRecord(record({ 'src/pages/a.astro': { '/a': ['k2', 'a/index.html'] } }));
    expect(await publishKeepingSpare(async () => replaced, outDir, trash, cacheDir)).toBe(true);
    expect(existsSync(replaced)).toBe(false);
    expect(readFileSync(join(`${trash}-spare`, 'site', 'a', 'index.html'), 'utf8')).toBe('first');
    // The spare carries the record of the build that made it, not the latest.
    expect(JSON.parse(readFileSync(join(`${trash}-spare`, 'pages.json'), 'utf8'))).toEqual(first);
  });

  it('does not keep a second spare while one is waiting', async () => {
    writeRecord(record({}));
    await publishKeepingSpare(async () => undefined, outDir, trash, cacheDir);
    put(join(trash, 'one', 'x.html'), 'one');
    expect(await publishKeepingSpare(async () => join(trash, 'one'), outDir, trash, cacheDir)).toBe(true);
    put(join(trash, 'two', 'x.html'), 'two');
    expect(await publishKeepingSpare(async () => join(trash, 'two'), outDir, trash, cacheDir)).toBe(false);
    expect(readFileSync(join(trash, 'two', 'x.html'), 'utf8')).toBe('two');
    expect(readFileSync(join(`${trash}-spare`, 'site', 'x.html'), 'utf8')).toBe('one');
  });
});

describe('taking the spare', () => {
  async function spareWith(spareRecord: unknown, pages: Record<string, string>): Promise<void> {
    writeRecord(spareRecord);
    await publishKeepingSpare(async () => undefined, outDir, trash, cacheDir);
    const replaced = join(trash, 'old');
    for (const [file, text] of Object.entries(pages)) put(join(replaced, file), text);
    await publishKeepingSpare(async () => replaced, outDir, trash, cacheDir);
  }

  it('deletes every page whose key or code changed since it was written, and keeps the rest', async () => {
    await spareWith(
      record({
        'src/pages/a.astro': { '/same': ['k', 'same/index.html'], '/edited': ['old', 'edited/index.html'], '/%E4%B8%AD': ['k', '%E4%B8%AD/index.html'] },
        'src/pages/b.astro': { '/b': ['k', 'b/index.html'] },
      }),
      { 'same/index.html': 'same', 'edited/index.html': 'old', '中/index.html': 'zh', 'b/index.html': 'b', 'unrecorded/index.html': 'u', '_astro/x.css': 'css' },
    );
    // The latest build: one key changed, route b's code changed, and a path the spare has a file
    // for, unrecorded there, is now recorded.
    const latest = record({
      'src/pages/a.astro': { '/same': ['k', 'same/index.html'], '/edited': ['new', 'edited/index.html'], '/%E4%B8%AD': ['k', '%E4%B8%AD/index.html'], '/unrecorded': ['k', 'unrecorded/index.html'] },
    });
    writeRecord({ ...latest, routes: { ...latest.routes, ...record({ 'src/pages/b.astro': { '/b': ['k', 'b/index.html'] } }, 'code-2').routes } });
    const staging = join(work, '.dist-staging');
    expect(await takeSpare(trash, cacheDir, staging)).toEqual({});
    // Files no page records are left for the sweep: this build may write them again.
    expect(files(staging)).toEqual(['_astro/x.css', 'same/index.html', '中/index.html']);
    expect(existsSync(`${trash}-spare`)).toBe(false);
    expect(await takeSpare(trash, cacheDir, join(work, 'again'))).toBeUndefined();
    expect(existsSync(join(work, 'again'))).toBe(false);
  });

  it('gives the records of the search index and of the pages it read that its site was published with, once there are some', async () => {
    const index = (hash: string) => ({ 'manifest.json': { hash, size: 2, mtimeNs: '1' } });
    const pages = (digest: string) => ({ 'a/index.html': { size: 1, ino: '7', ctimeNs: '1', digest } });
    writeRecord(record({}));
    await publishKeepingSpare(async () => undefined, outDir, trash, cacheDir, { index: index('first'), pages: pages('first') });
    put(join(trash, 'old', 'search-index', 'manifest.json'), '{}');
    await publishKeepingSpare(async () => join(trash, 'old'), outDir, trash, cacheDir, { index: index('second'), pages: pages('second') });
    expect(await takeSpare(trash, cacheDir, join(work, 'one'))).toEqual({ index: index('first'), pages: pages('first') });
    // A site published without records becomes a spare without them.
    await publishKeepingSpare(async () => undefined, outDir, trash, cacheDir);
    put(join(trash, 'third', 'a.html'), 'a');
    await publishKeepingSpare(async () => join(trash, 'third'), outDir, trash, cacheDir, { index: index('third') });
    expect(await takeSpare(trash, cacheDir, join(work, 'two'))).toEqual({});
    // Each record goes with its own site.
    put(join(trash, 'fourth', 'a.html'), 'a');
    await publishKeepingSpare(async () => join(trash, 'fourth'), outDir, trash, cacheDir, { pages: pages('fourth') });
    expect(await takeSpare(trash, cacheDir, join(work, 'three'))).toEqual({ index: index('third') });
  });

  it('keeps every page when Astro has no record, because Astro then writes every page again', async () => {
    await spareWith(record({ r: { '/a': ['k', 'a/index.html'] } }), { 'a/index.html': 'a' });
    rmSync(astroPageRecord(cacheDir).manifest);
    const staging = join(work, '.dist-staging');
    expect(await takeSpare(trash, cacheDir, staging)).toEqual({});
    expect(files(staging)).toEqual(['a/index.html']);
  });

  it('gives up a spare without a readable record', async () => {
    put(join(`${trash}-spare`, 'site', 'a.html'), 'a');
    writeRecord(record({}));
    const staging = join(work, '.dist-staging');
    expect(await takeSpare(trash, cacheDir, staging)).toBeUndefined();
    expect(existsSync(staging)).toBe(false);
    expect(readdirSync(dirname(trash)).filter((name) => name.includes('spare'))).toEqual([]);
  });

  it('leaves the folder a stopped build was taking it into for the trash to empty', async () => {
    const left = join(dirname(trash), `old-sites-spare-${spawnSync(process.execPath, ['-e', '0']).pid}`);
    put(join(left, 'site', 'a.html'), 'a');
    await emptyTrash(outDir, trash);
    expect(existsSync(left)).toBe(false);
  });

  it('names the folders a stopped build left while taking or keeping one', () => {
    expect(spareLeftBy(trash, 'old-sites-spare-4242')).toBe(4242);
    expect(spareLeftBy(trash, 'old-sites-spare-4242-new')).toBe(4242);
    expect(spareLeftBy(trash, 'old-sites-spare')).toBeUndefined();
    expect(spareLeftBy(trash, 'old-sites')).toBeUndefined();
    expect(spareLeftBy(trash, 'published-sites')).toBeUndefined();
  });
});

describe('starting a build from the published site', () => {
  const manifest = () => astroPageRecord(cacheDir).manifest;
  const published = record({ r: { '/a': ['published', 'a/index.html'] } });

  async function publish(): Promise<void> {
    writeRecord(published);
    put(join(outDir, 'a', 'index.html'), 'a');
    await publishKeepingSpare(async () => undefined, outDir, trash, cacheDir);
  }

  it("gives Astro the published site's record as its previous build's, whatever a later unpublished build recorded", async () => {
    await publish();
    // A build that Astro finished but that was not published (its check failed afterwards).
    writeRecord(record({ r: { '/a': ['unpublished', 'a/index.html'] } }));
    await startFromPublished(cacheDir, outDir);
    expect(JSON.parse(readFileSync(manifest(), 'utf8'))).toEqual(published);
  });

  it('leaves Astro no record when there is no published site or no record of it, so that it renders every page', async () => {
    await publish();
    rmSync(outDir, { recursive: true });
    await startFromPublished(cacheDir, outDir);
    expect(existsSync(manifest())).toBe(false);

    const other = join(work, 'other-dist');
    put(join(other, 'a', 'index.html'), 'a');
    writeRecord(published);
    await startFromPublished(cacheDir, other);
    expect(existsSync(manifest())).toBe(false);
  });

  it('gives Astro no record after a build stopped between swapping its site in and recording it, and keeps no spare of that site', async () => {
    await publish();
    // The next build is stopped as it swaps its site in.
    await expect(publishKeepingSpare(() => Promise.reject(new Error('stopped')), outDir, trash, cacheDir)).rejects.toThrow('stopped');
    await startFromPublished(cacheDir, outDir);
    expect(existsSync(manifest())).toBe(false);
    // The build after that replaces the site nobody recorded: it is not kept as the spare.
    writeRecord(published);
    put(join(trash, 'unrecorded', 'a', 'index.html'), 'a');
    expect(await publishKeepingSpare(async () => join(trash, 'unrecorded'), outDir, trash, cacheDir)).toBe(false);
    await startFromPublished(cacheDir, outDir);
    expect(JSON.parse(readFileSync(manifest(), 'utf8'))).toEqual(published);
  });

  it("returns the file system's clock: files written before it are older, files written after it newer", async () => {
    put(join(work, 'before.txt'), 'before');
    await sleep(30);
    const since = await startFromPublished(cacheDir, outDir);
    await sleep(30);
    put(join(work, 'after.txt'), 'after');
    expect(lstatSync(join(work, 'before.txt'), { bigint: true }).ctimeNs).toBeLessThan(since);
    expect(lstatSync(join(work, 'after.txt'), { bigint: true }).ctimeNs).toBeGreaterThan(since);
    expect(readdirSync(cacheDir).filter((name) => name.startsWith('build-started'))).toEqual([]);
  });
});

describe('sweeping a site built in the spare', () => {
  it('deletes what the build neither wrote nor kept as a recorded page, and the folders left empty', async () => {
    const site = join(work, 'site');
    for (const file of ['kept/index.html', 'gone/index.html', 'gone/deeper/x.csv', 'old.txt', 'search-index/x/9.bin', 'written.txt']) put(join(site, file), 'old');
    writeRecord(record({ r: { '/kept': ['k', 'kept/index.html'] } }));
    await sleep(30);
    const mark = join(cacheDir, 'mark');
    writeFileSync(mark, '');
    const since = lstatSync(mark, { bigint: true }).ctimeNs;
    writeFileSync(join(site, 'written.txt'), 'new');
    put(join(site, 'search-index', 'x', '1.bin'), 'new');
    expect(sweepSpare(site, cacheDir, since)).toBe(4);
    expect(files(site)).toEqual(['kept/index.html', 'search-index/x/1.bin', 'written.txt']);
    expect(existsSync(join(site, 'gone'))).toBe(false);
    expect(statSync(join(site, 'search-index', 'x')).isDirectory()).toBe(true);
  });

  it('leaves alone the folder it is told to, for its own writer to bring up to date', async () => {
    const site = join(work, 'site');
    for (const file of ['gone.txt', 'search-index/manifest.json', 'search-index/x/9.bin']) put(join(site, file), 'old');
    writeRecord(record({}));
    await sleep(30);
    const mark = join(cacheDir, 'mark');
    writeFileSync(mark, '');
    expect(sweepSpare(site, cacheDir, lstatSync(mark, { bigint: true }).ctimeNs, 'search-index')).toBe(1);
    expect(files(site)).toEqual(['search-index/manifest.json', 'search-index/x/9.bin']);
  });
});
