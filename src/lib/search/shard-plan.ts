// How the search index splits a site into shards of dossiers, and the name a shard is cached
// under. The index after Astro (build-index.ts) and the shards indexed while Astro still renders
// (shards-ahead.ts) both plan with these functions, so a shard indexed ahead is found by its name.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { PublishedAward } from './award-records.ts';
import { FORMAT_VERSION } from './format.ts';
import type { ShardGroup } from './shard-worker.ts';
import { shardSizeFor, type ShardPolicy } from './shard-size.ts';

/** A marked page as the plan needs it: its file and the dossier it belongs to. */
export interface PlannedPage {
  file: string;
  group: string;
}

// Bump when what goes into a shard changes in a way its inputs do not show (the extraction, the
// folding, the shard's own encoding), so shards cached by an older build are never mixed with new ones.
const SHARD_CODE = 4;

/**
 * The index's groups, one per dossier, in index order: dossiers in the order of their pages' files
 * (`pages` sorted by file), then dossiers that have awards but no marked page. Each award goes with
 * its dossier, and each unit's 荣誉榜 with the dossier of the unit's first award, naming every
 * dossier the unit has awards in.
 */
export function shardGroups(pages: readonly PlannedPage[], awards: readonly PublishedAward[]): ShardGroup[] {
  const groups = new Map<string, ShardGroup>();
  const group = (id: string) => {
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { id, files: [], awards: [], units: [] }));
    return g;
  };
  for (const page of pages) group(page.group).files.push(page.file);
  const units = new Map<string, { group: string; titles: Set<string> }>();
  for (const award of awards) {
    group(award.dossier).awards.push(award);
    const unit = units.get(award.unit) ?? { group: award.dossier, titles: new Set<string>() };
    unit.titles.add(award.dossierTitle);
    units.set(award.unit, unit);
  }
  for (const [unit, { group: id, titles }] of units) group(id).units.push({ unit, dossierTitles: [...titles] });
  return [...groups.values()];
}

/** `groups` cut into shards as `policy` says for a site of that many dossiers; one shard without a policy. */
export function splitShards<T>(groups: readonly T[], policy: ShardPolicy | undefined): T[][] {
  const perShard = Math.max(1, policy ? shardSizeFor(policy, groups.length) : groups.length);
  const shards: T[][] = [];
  for (let i = 0; i < groups.length; i += perShard) shards.push(groups.slice(i, i + perShard));
  return shards;
}

/** A hash of a shard's pages (their files and bytes, by `digests`), awards and units: its name in the cache. */
export function shardHash(groups: readonly ShardGroup[], digests: ReadonlyMap<string, string>): string {
  const hash = createHash('sha1').update(`search-${FORMAT_VERSION}-${SHARD_CODE}\n`);
  for (const group of groups) {
    hash.update(`${group.id}\n`);
    for (const file of group.files) hash.update(`${file}\n${digests.get(file)}\n`);
    hash.update(JSON.stringify([group.awards, group.units]));
  }
  return hash.digest('hex').slice(0, 16);
}

/** Where a build keeps indexed shards, under its cache folder. */
export function shardCacheFolder(cacheDir: string): string {
  return join(cacheDir, 'search-index');
}

/** The file a shard named `hash` ({@link shardHash}) is kept in, in `folder` ({@link shardCacheFolder}). */
export function shardCacheFile(folder: string, hash: string): string {
  return join(folder, `${hash}.bin`);
}

/**
 * Dossier slugs in index order: the order in which their pages' files sort, so the order of
 * {@link shardGroups} for dossiers that have marked pages (`a-b/…` sorts before `a/…`).
 */
export function indexGroupOrder(slugs: Iterable<string>): string[] {
  return [...slugs].sort((a, b) => {
    const x = `${a}/`;
    const y = `${b}/`;
    return x < y ? -1 : x > y ? 1 : 0;
  });
}
