import { describe, expect, it } from 'vitest';
import { indexShards } from '../../../scripts/bench/index-shards.ts';
import type { SearchIndexSummary } from '../../../src/lib/search/build-index.ts';

const index = (shardsBuilt: number, shardsReused: number) => ({ shardsBuilt, shardsReused }) as SearchIndexSummary;

describe('the shards a build reports', () => {
  it('counts the shards built and those read from the cache, and those indexed while Astro rendered', () => {
    expect(indexShards({ index: index(4, 12), indexedAhead: { dossiersRendered: 1000, shards: 11, index: false } })).toEqual({ shards: 16, shardsAhead: 11, indexAhead: false });
    expect(indexShards({ index: index(0, 16), indexedAhead: { dossiersRendered: 1000, shards: 16, index: true } })).toEqual({ shards: 16, shardsAhead: 16, indexAhead: true });
  });

  it('counts none for a build that wrote no index, and none ahead for one that indexed after Astro', () => {
    expect(indexShards({})).toEqual({ shards: 0, shardsAhead: 0, indexAhead: false });
    expect(indexShards({ index: index(2, 0) })).toEqual({ shards: 2, shardsAhead: 0, indexAhead: false });
  });
});
