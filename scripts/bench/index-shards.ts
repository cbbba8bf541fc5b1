// The search index's shards as the benchmark reports them, from a build's result.
import type { BuildResult } from '../build.ts';

/** Shards of the search index a build wrote, how many of them were indexed while Astro rendered, and whether the whole index was written then. */
export interface IndexShards {
  shards: number;
  shardsAhead: number;
  indexAhead: boolean;
}

/** The shards of `result`'s search index, built and reused alike; none for a build that wrote no index. */
export function indexShards(result: Pick<BuildResult, 'index' | 'indexedAhead'>): IndexShards {
  return { shards: (result.index?.shardsBuilt ?? 0) + (result.index?.shardsReused ?? 0), shardsAhead: result.indexedAhead?.shards ?? 0, indexAhead: result.indexedAhead?.index ?? false };
}
