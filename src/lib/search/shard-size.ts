/**
 * Dossiers per search-index shard unless `HUAZHANG_SEARCH_SHARD_SIZE` says otherwise. A site with
 * no more dossiers than this gets one index; a larger one gets shards, each written by its own
 * Pagefind process, one per core, and merged by the search page. Pagefind needs about 4 MB per
 * dossier of 50 KB of Chinese text, so two processes at once stay near 1.2 GB and a 1,000-dossier
 * build under 2 GB.
 */
export const DEFAULT_DOSSIERS_PER_SHARD = 150;

/**
 * The most shards the default makes. Every shard adds about 110 KB to a reader's first search (the
 * index chunk of a common word is that size in any bundle), so beyond 16 × 150 dossiers the
 * shards grow instead: 625 dossiers each at 10,000, about 2.5 GB per Pagefind process.
 */
export const DEFAULT_MAX_SHARDS = 16;

/** How to shard the index of a site with a given number of dossiers. */
export interface ShardPolicy {
  /** Dossiers per shard, at least. */
  dossiersPerShard: number;
  /** At most this many shards: larger sites get larger shards. No limit when absent. */
  maxShards?: number;
}

/**
 * Reads `HUAZHANG_SEARCH_SHARD_SIZE`: unset or empty for the default policy, `0` for one index
 * whatever the size of the site, or a whole number of dossiers per shard, however many shards
 * that makes.
 */
export function shardPolicy(value: string | undefined): ShardPolicy | undefined {
  if (value === undefined || value.trim() === '') return { dossiersPerShard: DEFAULT_DOSSIERS_PER_SHARD, maxShards: DEFAULT_MAX_SHARDS };
  const n = Number(value.trim());
  if (!Number.isInteger(n) || n < 0) throw new Error(`HUAZHANG_SEARCH_SHARD_SIZE 应为 0 或正整数，而不是“${value}”`);
  return n === 0 ? undefined : { dossiersPerShard: n };
}

/** The dossiers per shard that {@link ShardPolicy} gives a site of `dossiers` dossiers. */
export function shardSizeFor(policy: ShardPolicy, dossiers: number): number {
  return policy.maxShards ? Math.max(policy.dossiersPerShard, Math.ceil(dossiers / policy.maxShards)) : policy.dossiersPerShard;
}
