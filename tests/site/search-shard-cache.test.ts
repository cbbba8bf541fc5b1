// Rebuilding a sharded index reuses every shard whose pages and awards did not change, and the
// index it writes is the same as one built in a single piece.
import { describe, expect, it } from 'vitest';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSearchIndex } from '../../src/lib/search/build-index.ts';
import type { PublishedAward } from '../../src/lib/search/award-records.ts';
import { sameIndex } from '../../scripts/bench/search-quality.ts';
import { FIXTURE_SITE, OUTPUT } from '../support/paths.ts';

const SITE = join(OUTPUT, 'shard-cache-site');
const WHOLE = join(OUTPUT, 'shard-cache-whole');
const CACHE = join(OUTPUT, 'shard-cache');
const SHARDS = join(CACHE, 'search-index');

const awards = (site: string) => (JSON.parse(readFileSync(join(site, 'awards.json'), 'utf8')) as { awards: PublishedAward[] }).awards;
const index = () => buildSearchIndex({ siteDir: SITE, awards: awards(SITE), shards: { dossiersPerShard: 1, cacheDir: CACHE } });

describe('the shard cache', () => {
  it('rebuilds only the shard of the dossier that changed, and writes what one piece would', async () => {
    for (const dir of [SITE, WHOLE, CACHE]) rmSync(dir, { recursive: true, force: true });
    cpSync(FIXTURE_SITE, SITE, { recursive: true });
    expect(await index()).toMatchObject({ shardsBuilt: 3, shardsReused: 0 });
    // What a build stopped while writing a shard leaves behind is neither read nor kept.
    writeFileSync(join(SHARDS, `${readdirSync(SHARDS)[0]}.999-x.part`), 'cut off');
    expect(await index()).toMatchObject({ shardsBuilt: 0, shardsReused: 3 });
    expect(readdirSync(SHARDS).filter((name) => !name.endsWith('.bin'))).toEqual([]);

    const page = join(SITE, 'qinghe-2020', 'service', 'index.html');
    writeFileSync(page, readFileSync(page, 'utf8').replace('</h1>', '</h1><p>新增的一段文字。</p>'));
    expect(await index()).toMatchObject({ shardsBuilt: 1, shardsReused: 2 });
    // Two changed dossiers: both shards are indexed again, one after the other, on this thread.
    for (const dossier of ['qinghe-2015', 'binjiang-clinic']) {
      const overview = join(SITE, dossier, 'index.html');
      writeFileSync(overview, readFileSync(overview, 'utf8').replace('</h1>', '</h1><p>两个档案同时改动。</p>'));
    }
    expect(await index()).toMatchObject({ shardsBuilt: 2, shardsReused: 1 });

    cpSync(SITE, WHOLE, { recursive: true });
    await buildSearchIndex({ siteDir: WHOLE, awards: awards(WHOLE) });
    expect(sameIndex(SITE, WHOLE)).toBe(true);
  });
});
