/**
 * Dossiers per search-index shard unless `HUAZHANG_SEARCH_SHARD_SIZE` says otherwise. A site with
 * no more dossiers than this gets one index; a larger one gets shards of this many dossiers, each
 * written by its own Pagefind process, one per core, and merged by the search page. Pagefind needs
 * about 4 MB per dossier of 50 KB of Chinese text, so two processes at once stay near 1.2 GB and a
 * whole build under 2 GB; each shard costs a reader's first search about 100 KB more.
 */
export const DEFAULT_DOSSIERS_PER_SHARD = 150;

/**
 * Reads `HUAZHANG_SEARCH_SHARD_SIZE`: unset or empty for the default, `0` for one index whatever
 * the size of the site, or a whole number of dossiers per shard.
 */
export function dossiersPerShard(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return DEFAULT_DOSSIERS_PER_SHARD;
  const n = Number(value.trim());
  if (!Number.isInteger(n) || n < 0) throw new Error(`HUAZHANG_SEARCH_SHARD_SIZE 应为 0 或正整数，而不是“${value}”`);
  return n === 0 ? undefined : n;
}
