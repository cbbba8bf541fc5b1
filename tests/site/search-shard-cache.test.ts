// Rebuilding a sharded index reuses every shard whose pages and awards did not change.
import { describe, expect, it } from 'vitest';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSearchIndex, type SearchRecord } from '../../src/lib/search/build-index.ts';
import { awardSearchRecord, type PublishedAward } from '../../src/lib/search/award-records.ts';
import { FIXTURE_SITE, OUTPUT } from '../support/paths.ts';

const SITE = join(OUTPUT, 'shard-cache-site');
const CACHE = join(OUTPUT, 'shard-cache');

function records(): SearchRecord[] {
  const { awards } = JSON.parse(readFileSync(join(SITE, 'awards.json'), 'utf8')) as { awards: PublishedAward[] };
  return awards.map((award) => ({ group: award.dossier, record: awardSearchRecord(award) }));
}

const index = () => buildSearchIndex({ siteDir: SITE, records: records(), shards: { dossiersPerShard: 1, cacheDir: CACHE } });

describe('the shard cache', () => {
  it('rebuilds only the shard of the dossier that changed', async () => {
    rmSync(SITE, { recursive: true, force: true });
    rmSync(CACHE, { recursive: true, force: true });
    cpSync(FIXTURE_SITE, SITE, { recursive: true });
    expect(await index()).toMatchObject({ shardsBuilt: 3, shardsReused: 0 });
    expect(await index()).toMatchObject({ shardsBuilt: 0, shardsReused: 3 });

    const page = join(SITE, 'qinghe-2020', 'service', 'index.html');
    writeFileSync(page, readFileSync(page, 'utf8').replace('</h1>', '</h1><p>新增的一段文字。</p>'));
    expect(await index()).toMatchObject({ shardsBuilt: 1, shardsReused: 2 });
    const bundles = (JSON.parse(readFileSync(join(SITE, 'pagefind', 'shards.json'), 'utf8')) as { bundles: string[] }).bundles;
    expect(bundles).toHaveLength(2);
  });
});
