// Rebuilding a sharded index reuses every shard whose pages and awards did not change, and the
// index it writes is the same as one built in a single piece.
import { describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { buildSearchIndex } from '../../src/lib/search/build-index.ts';
import { streamSitePages } from '../../src/lib/search/page-stream.ts';
import { PreparedPageStore } from '../../src/lib/search/prepared-pages.ts';
import type { PublishedAward } from '../../src/lib/search/award-records.ts';
import { sameIndex } from '../../scripts/bench/search-quality.ts';
import { FIXTURE_SITE, OUTPUT } from '../support/paths.ts';

const SITE = join(OUTPUT, 'shard-cache-site');
const WHOLE = join(OUTPUT, 'shard-cache-whole');
const CACHE = join(OUTPUT, 'shard-cache');
const STREAMED = join(OUTPUT, 'shard-cache-streamed');
const STREAM_CACHE = join(OUTPUT, 'shard-cache-stream');

const awards = (site: string) => (JSON.parse(readFileSync(join(site, 'awards.json'), 'utf8')) as { awards: PublishedAward[] }).awards;
const index = () => buildSearchIndex({ siteDir: SITE, awards: awards(SITE), shards: { dossiersPerShard: 1, cacheDir: CACHE } });

describe('the shard cache', () => {
  it('rebuilds only the shard of the dossier that changed, and writes what one piece would', async () => {
    for (const dir of [SITE, WHOLE, CACHE]) rmSync(dir, { recursive: true, force: true });
    cpSync(FIXTURE_SITE, SITE, { recursive: true });
    expect(await index()).toMatchObject({ shardsBuilt: 3, shardsReused: 0 });
    expect(await index()).toMatchObject({ shardsBuilt: 0, shardsReused: 3 });

    const page = join(SITE, 'qinghe-2020', 'service', 'index.html');
    writeFileSync(page, readFileSync(page, 'utf8').replace('</h1>', '</h1><p>新增的一段文字。</p>'));
    expect(await index()).toMatchObject({ shardsBuilt: 1, shardsReused: 2 });

    cpSync(SITE, WHOLE, { recursive: true });
    await buildSearchIndex({ siteDir: WHOLE, awards: awards(WHOLE) });
    expect(sameIndex(SITE, WHOLE)).toBe(true);
  });

  it('writes the same index from pages prepared while the site was being written', async () => {
    for (const dir of [STREAMED, STREAM_CACHE, WHOLE]) rmSync(dir, { recursive: true, force: true });
    cpSync(FIXTURE_SITE, WHOLE, { recursive: true });
    await buildSearchIndex({ siteDir: WHOLE, awards: awards(WHOLE) });

    // The site is copied in file by file, as a build writes it, while the stream watches.
    const stream = streamSitePages(STREAMED, STREAM_CACHE);
    const files = readdirSync(FIXTURE_SITE, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && !join(entry.parentPath, entry.name).includes(`${sep}search-index`))
      .map((entry) => join(entry.parentPath, entry.name).slice(FIXTURE_SITE.length + 1));
    for (const [i, file] of files.entries()) {
      mkdirSync(dirname(join(STREAMED, file)), { recursive: true });
      cpSync(join(FIXTURE_SITE, file), join(STREAMED, file));
      if (i % 10 === 0) await sleep(150);
    }
    const prepared = await stream.finish();
    const store = new PreparedPageStore(STREAM_CACHE);
    const kept = prepared.pages.filter((page) => store.has(PreparedPageStore.key(page.file, page.digest)));
    expect(kept.length).toBeGreaterThan(0);

    await buildSearchIndex({ siteDir: STREAMED, awards: awards(STREAMED), prepared, shards: { dossiersPerShard: 1, cacheDir: STREAM_CACHE } });
    expect(sameIndex(STREAMED, WHOLE)).toBe(true);
  });
});
