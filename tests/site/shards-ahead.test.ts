// Shards of the search index indexed while Astro renders: the shards indexed from Astro's reports
// are the ones the index after Astro plans, so it reads them from its cache and writes what a
// build without them writes; a page read before it was written whole, or a plan that differs,
// never reaches the index. Once every shard is indexed, the whole index is written ahead, and kept
// only when the index after Astro plans the same shards.
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, contentCacheDir } from '../../scripts/build.ts';
import { sameIndex } from '../../scripts/bench/search-quality.ts';
import type { PublishedAward } from '../../src/lib/search/award-records.ts';
import { buildSearchIndex, type IndexWrittenAhead } from '../../src/lib/search/build-index.ts';
import type { IndexRecord } from '../../src/lib/search/index-files.ts';
import { indexGroupOrder } from '../../src/lib/search/shard-plan.ts';
import { ShardsAhead, type RenderProgress } from '../../src/lib/search/shards-ahead.ts';
import type { PageDigests } from '../../src/lib/search/site-pages.ts';
import { ARCHIVE_CONTENT, ARCHIVE_SITE, OUTPUT, ROOT } from '../support/paths.ts';

const SITE = join(OUTPUT, 'shards-ahead-site');
const CACHE = join(OUTPUT, 'shards-ahead-cache');
const SHARDS = join(CACHE, 'search-index');
const policy = { dossiersPerShard: 2 };

// The archive's six dossiers are the folders of its overviews.
const dossiers = indexGroupOrder(
  readdirSync(ARCHIVE_SITE, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(ARCHIVE_SITE, entry.name, 'print')))
    .map((entry) => entry.name),
);
const htmlFiles = (dossier: string) =>
  readdirSync(join(ARCHIVE_SITE, dossier), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => `${dossier}/${file}`);
const plan = (of: readonly string[] = dossiers): RenderProgress => ({ renderPlan: { dossiers: [...of], files: Object.fromEntries(of.map((d) => [d, htmlFiles(d)])) } });
const cachedShards = () => (existsSync(SHARDS) ? readdirSync(SHARDS).filter((name) => name.endsWith('.bin')) : []);
const awards = () => (JSON.parse(readFileSync(join(SITE, 'awards.json'), 'utf8')) as { awards: PublishedAward[] }).awards;
const indexAfterAstro = (known?: PageDigests, ahead?: IndexWrittenAhead) =>
  buildSearchIndex({ siteDir: SITE, awards: awards(), shards: { ...policy, cacheDir: CACHE }, ...(known ? { known } : {}), ...(ahead ? { ahead } : {}) });
const INDEX = join(SITE, 'search-index');
/** Each file of the site's index and its time of change. */
const indexTimes = () =>
  new Map(
    readdirSync(INDEX, { recursive: true, encoding: 'utf8' })
      .filter((file) => statSync(join(INDEX, file)).isFile())
      .map((file) => [file, statSync(join(INDEX, file)).mtimeMs]),
  );

function freshSite(previousIndex?: Promise<IndexRecord | undefined>, keepIndex = false): ShardsAhead {
  for (const dir of [SITE, CACHE]) rmSync(dir, { recursive: true, force: true });
  cpSync(ARCHIVE_SITE, SITE, { recursive: true });
  if (!keepIndex) rmSync(INDEX, { recursive: true, force: true });
  return new ShardsAhead({ siteDir: SITE, cacheDir: CACHE, policy, ...(previousIndex ? { previousIndex } : {}) });
}

/** Reports every dossier of the archive rendered, awards.json first, and returns what was done. */
async function renderAll(ahead: ShardsAhead) {
  ahead.take(plan());
  ahead.take({ rendered: null });
  for (const dossier of dossiers) ahead.take({ rendered: dossier });
  await ahead.idle();
  return ahead.stop();
}

describe('ShardsAhead', () => {
  it("indexes each shard once its dossiers are rendered, and the index after Astro reads them all and writes the whole index's files", async () => {
    const ahead = freshSite();
    ahead.take(plan());
    // Nothing is indexed before awards.json is rendered.
    for (const dossier of dossiers.slice(0, 2)) ahead.take({ rendered: dossier });
    await ahead.idle();
    expect(cachedShards()).toEqual([]);
    ahead.take({ rendered: null });
    await ahead.idle();
    expect(cachedShards()).toHaveLength(1);
    for (const dossier of dossiers.slice(2)) ahead.take({ rendered: dossier });
    await ahead.idle();
    const done = await ahead.stop();
    expect(done.dossiersRendered).toBe(6);
    expect(done.shardFiles).toHaveLength(3);
    // Every page of the dossiers was read whole, and the index after Astro takes them as read.
    expect(Object.keys(done.pagesRead).sort()).toEqual(dossiers.flatMap(htmlFiles).sort());
    const index = await indexAfterAstro(done.pagesRead);
    expect(index).toMatchObject({ shardsBuilt: 0, shardsReused: 3 });
    expect(index.digests).toMatchObject(done.pagesRead);
    expect(sameIndex(SITE, ARCHIVE_SITE)).toBe(true);
  });

  it('writes the whole index once every shard is indexed, and the index after Astro keeps it as it is', async () => {
    const done = await renderAll(freshSite());
    expect(done.index?.hashes).toHaveLength(3);
    // Written before Astro is done: the same files as an index written after Astro.
    expect(sameIndex(SITE, ARCHIVE_SITE)).toBe(true);
    const before = indexTimes();
    // Kept without reading a shard: with the cache emptied, nothing is indexed again either.
    for (const name of cachedShards()) rmSync(join(SHARDS, name));
    const index = await indexAfterAstro(done.pagesRead, done.index);
    expect(index).toMatchObject({ shardsBuilt: 0, shardsReused: 3, files: before.size });
    expect(index.record).toEqual(done.index!.index.record);
    expect(indexTimes()).toEqual(before);
  });

  it('writes the index over the one the folder holds, given its record, and empties the folder without one', async () => {
    // A spare site's index, with its record: every file is already as it would be written.
    freshSite(undefined, true);
    const spare = await indexAfterAstro();
    const over = await renderAll(new ShardsAhead({ siteDir: SITE, cacheDir: CACHE, policy, previousIndex: Promise.resolve(spare.record) }));
    expect(over.index?.index.summary.written).toBe(0);
    expect(sameIndex(SITE, ARCHIVE_SITE)).toBe(true);
    // Without a record, a file the folder held is not kept.
    freshSite(undefined, true);
    writeFileSync(join(INDEX, 'stale.bin'), 'old');
    const whole = await renderAll(new ShardsAhead({ siteDir: SITE, cacheDir: CACHE, policy }));
    expect(whole.index?.index.summary.written).toBe(whole.index?.index.summary.files);
    expect(existsSync(join(INDEX, 'stale.bin'))).toBe(false);
    expect(sameIndex(SITE, ARCHIVE_SITE)).toBe(true);
  });

  it('leaves the index to read again a page written after it was read ahead, and to write over the index written ahead', async () => {
    const done = await renderAll(freshSite());
    const page = htmlFiles(dossiers[0]!).find((file) => readFileSync(join(SITE, file), 'utf8').includes('data-pagefind-body'))!;
    const html = readFileSync(join(SITE, page), 'utf8');
    await new Promise((resolve) => setTimeout(resolve, 20));
    // A sentence in the page's text, so that the index changes.
    writeFileSync(join(SITE, page), html.replace(/(data-pagefind-body[^]*?<p>)/, '$1后来补写的一句。'));
    const index = await indexAfterAstro(done.pagesRead, done.index);
    expect(index).toMatchObject({ shardsBuilt: 1, shardsReused: 2 });
    expect(index.digests[page]!.digest).not.toBe(done.pagesRead[page]!.digest);
    expect(index.written).toBeGreaterThan(0);
    expect(index.written).toBeLessThan(index.files);
    // The same files as an index of the changed site written from nothing.
    const other = join(OUTPUT, 'shards-ahead-other');
    rmSync(other, { recursive: true, force: true });
    cpSync(SITE, other, { recursive: true });
    rmSync(join(other, 'search-index'), { recursive: true, force: true });
    await buildSearchIndex({ siteDir: other, awards: awards() });
    expect(sameIndex(SITE, other)).toBe(true);
  });

  it('waits for a page Astro has rendered but not yet written whole', async () => {
    const ahead = freshSite();
    const page = join(SITE, dossiers[0]!, 'service', 'index.html');
    const whole = readFileSync(page);
    writeFileSync(page, whole.subarray(0, whole.length >> 1));
    ahead.take(plan());
    ahead.take({ rendered: null });
    for (const dossier of dossiers.slice(0, 2)) ahead.take({ rendered: dossier });
    setTimeout(() => writeFileSync(page, whole), 200);
    await ahead.idle();
    expect((await ahead.stop()).shardFiles).toHaveLength(1);
    expect(await indexAfterAstro()).toMatchObject({ shardsBuilt: 2, shardsReused: 1 });
    expect(sameIndex(SITE, ARCHIVE_SITE)).toBe(true);
  });

  it('stops at once when the build stops, and keeps nothing for a page it could not read', async () => {
    const ahead = freshSite();
    rmSync(join(SITE, dossiers[0]!, 'index.html'));
    ahead.take(plan());
    ahead.take({ rendered: null });
    for (const dossier of dossiers) ahead.take({ rendered: dossier });
    const stopped = performance.now();
    const done = await ahead.stop();
    // Well within the two seconds a page being written is waited for.
    expect(performance.now() - stopped).toBeLessThan(1000);
    expect(done.shardFiles).toEqual([]);
    expect(cachedShards()).toEqual([]);
  });

  it('leaves the index to plan its own shards when its plan differs: what was indexed ahead is not read, and is deleted', async () => {
    const ahead = freshSite();
    // A plan without the first dossier cuts every shard elsewhere than the index, which has six.
    ahead.take(plan(dossiers.slice(1)));
    ahead.take({ rendered: null });
    for (const dossier of dossiers) ahead.take({ rendered: dossier });
    await ahead.idle();
    const done = await ahead.stop();
    expect(done.shardFiles.length).toBeGreaterThan(0);
    expect(await indexAfterAstro()).toMatchObject({ shardsBuilt: 3, shardsReused: 0 });
    expect(cachedShards().filter((name) => done.shardFiles.includes(join(SHARDS, name)))).toEqual([]);
    expect(sameIndex(SITE, ARCHIVE_SITE)).toBe(true);
  });
});

describe('a build indexing shards while Astro renders', () => {
  it('hears of every dossier, and writes the same index as a build that indexes after Astro', async () => {
    // Content of its own, and no caches: every page is rendered.
    const content = join(OUTPUT, 'shards-ahead-content');
    for (const dir of [content, contentCacheDir(ROOT, content)]) rmSync(dir, { recursive: true, force: true });
    cpSync(ARCHIVE_CONTENT, content, { recursive: true });
    const build = (outDir: string, indexWhileRendering: boolean) =>
      buildSite({ root: ROOT, contentDir: content, outDir: join(OUTPUT, outDir), env: { HUAZHANG_SEARCH_SHARD_SIZE: '1' }, logLevel: 'silent', indexWhileRendering });
    const during = await build('shards-ahead-during', true);
    expect(during.ok).toBe(true);
    expect(during.indexedAhead?.dossiersRendered).toBe(6);
    // Every shard is new to this build: indexed after Astro, or ahead and then read from the cache.
    const ahead = during.indexedAhead?.shards ?? 0;
    expect(during.index).toMatchObject({ shardsBuilt: 6 - ahead, shardsReused: ahead });
    expect(sameIndex(join(OUTPUT, 'shards-ahead-during'), ARCHIVE_SITE)).toBe(true);

    const after = await build('shards-ahead-after', false);
    expect(after.ok).toBe(true);
    expect(after.indexedAhead).toBeUndefined();
    expect(sameIndex(join(OUTPUT, 'shards-ahead-after'), ARCHIVE_SITE)).toBe(true);
  });
});
