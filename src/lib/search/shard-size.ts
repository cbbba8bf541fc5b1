/**
 * Dossiers per search-index shard unless `HUAZHANG_SEARCH_SHARD_SIZE` says otherwise. A shard is
 * the unit the index's cache keeps: after an edit, the edited dossier's shard is indexed again and
 * the others are read from the cache, so smaller shards make a rebuild cheaper. Child processes
 * index several shards each, so small shards start no more processes; a site with no more dossiers
 * than this is indexed in one piece on the build's own thread.
 */
export const DEFAULT_DOSSIERS_PER_SHARD = 50;

/**
 * The most shards the default makes. Merging visits every shard's part of every key, so beyond
 * 16 × 50 dossiers the shards grow instead: 63 dossiers each at 1,000, 625 at 10,000.
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
