import type { CustomRecord } from 'pagefind';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { linkTree } from '../link-tree.ts';
import { folderName, urls } from '../urls.ts';
import { writeBundles, type BundleJob } from './bundle-worker.ts';
import { INDEX_LANGUAGE } from './segment.ts';
import { shardSizeFor, type ShardPolicy } from './shard-size.ts';
import { indexablePages, shardPages, type IndexablePage } from './site-pages.ts';

/** A custom record and the dossier (the page group) whose shard it goes into. */
export interface SearchRecord {
  group: string;
  record: CustomRecord;
}

/** What {@link buildSearchIndex} indexes. */
export interface SearchIndexInput {
  /** The built site; its HTML pages are indexed where they mark `data-pagefind-body`. */
  siteDir: string;
  /** Records that are not pages, such as one per award, each with the dossier it belongs to. */
  records: readonly SearchRecord[];
  /** Split the page index into shards when the site has more dossiers than one shard holds. */
  shards?: ShardOptions;
}

/**
 * How to split the index. Each shard is built by its own Pagefind process, so memory is bounded
 * by the largest shards being written at once instead of the whole site, and a shard whose pages
 * and records did not change is linked from the cache instead of being indexed again.
 */
export interface ShardOptions extends ShardPolicy {
  /** Where built shards are kept between builds; no reuse without it. */
  cacheDir?: string;
  /**
   * Bundles written at once, each by its own Pagefind process; memory grows with it.
   * @default the number of cores
   */
  concurrency?: number;
}

/** Where the main bundle goes, in the built site. */
const MAIN_DIR = folderName(urls.searchBundle());

/** Where the shard bundles go, next to the main `pagefind/` bundle. */
export const SHARDS_DIR = folderName(urls.searchShards());

/**
 * The list of shard bundles the search page merges into the main one (Pagefind's `mergeIndex`),
 * written into the main bundle as `shards.json`: `{ "bundles": ["/pagefind-shards/<hash>/", …] }`,
 * paths from the site root without the base path; `{ "bundles": [] }` for an index in one piece.
 */
export const SHARD_MANIFEST = 'shards.json';

/** What was indexed, for the build log and the benchmark. */
export interface SearchIndexSummary {
  pages: number;
  records: number;
  milliseconds: number;
  /** Shards built and shards copied unchanged from the cache (both 0 without sharding). */
  shardsBuilt?: number;
  shardsReused?: number;
}

/**
 * Builds the Pagefind index of a built site into `<siteDir>/pagefind/`: its marked pages plus the
 * custom records, in one bundle, or in shards of dossiers (pages and records) written side by side.
 */
export async function buildSearchIndex(input: SearchIndexInput): Promise<SearchIndexSummary> {
  const started = performance.now();
  // Only pages that mark content are indexed. Pagefind would skip the others anyway (award lists,
  // print views), but it would parse them first; at 1,000 dossiers they are half the HTML.
  const pages = await indexablePages(input.siteDir);
  // An index from an earlier run of the same folder is replaced whole, never mixed with this one.
  for (const dir of [MAIN_DIR, SHARDS_DIR]) await rm(join(input.siteDir, dir), { recursive: true, force: true });
  // A site that fits in one shard gets one index: the search page then loads one bundle.
  const dossiers = new Set(pages.map((page) => page.group)).size;
  const perShard = input.shards ? shardSizeFor(input.shards, dossiers) : dossiers;
  if (input.shards && dossiers > perShard) return buildShardedIndex(input, input.shards, perShard, pages, started);
  const records = input.records.map((r) => r.record);
  await writeBundles([{ siteDir: input.siteDir, pages, records, outputPath: join(input.siteDir, MAIN_DIR) }], 1);
  await writeManifest(input.siteDir, []);
  return { pages: pages.length, records: input.records.length, milliseconds: Math.round(performance.now() - started) };
}

// Written for every site, with no bundles when the index is in one piece, so the search page
// always finds it and never logs a failed request.
async function writeManifest(siteDir: string, bundles: readonly string[]): Promise<void> {
  await writeFile(join(siteDir, MAIN_DIR, SHARD_MANIFEST), `${JSON.stringify({ bundles })}\n`);
}

async function shardHash(siteDir: string, shard: Shard): Promise<string> {
  const hash = createHash('sha1').update(`pagefind-${SHARD_FORMAT}-${INDEX_LANGUAGE}\n`);
  for (const page of shard.pages) hash.update(`${page.file}\n`).update(await readFile(join(siteDir, page.file)));
  hash.update(JSON.stringify(shard.records));
  return hash.digest('hex').slice(0, 16);
}

// Bump when the way shards are built changes (what goes in a shard, how its text is cut into
// words), so cached shards from older builds are never mixed with new ones.
const SHARD_FORMAT = 3;

interface Shard {
  pages: readonly IndexablePage[];
  records: CustomRecord[];
}

/**
 * The sharded variant: every shard holds the pages and records of its dossiers. The first one is
 * the main bundle, `pagefind/`, which also carries the manifest; the others are bundles of their
 * own under {@link SHARDS_DIR}, named by a hash of what they hold. So no bundle grows with the
 * whole archive, and an edit rebuilds the one shard it touched.
 */
async function buildShardedIndex(
  input: SearchIndexInput,
  options: ShardOptions,
  perShard: number,
  indexable: readonly IndexablePage[],
  started: number,
): Promise<SearchIndexSummary> {
  const { siteDir } = input;
  const shards: Shard[] = shardPages(indexable, perShard).map((pages) => ({ pages, records: [] }));
  const shardOf = new Map(shards.flatMap((shard, i) => shard.pages.map((page) => [page.group, i] as const)));
  // A record whose dossier has no indexed page (none is expected) still goes somewhere: the main bundle.
  for (const { group, record } of input.records) shards[shardOf.get(group) ?? 0]!.records.push(record);
  const cacheDir = options.cacheDir ? join(options.cacheDir, 'search-shards') : undefined;
  const hashes = await Promise.all(shards.map((shard) => shardHash(siteDir, shard)));
  const target = (i: number) => (i === 0 ? join(siteDir, MAIN_DIR) : join(siteDir, SHARDS_DIR, hashes[i]!));
  const cached = (i: number) => join(cacheDir ?? '', hashes[i]!);
  const reused = new Set(shards.map((_, i) => i).filter((i) => cacheDir !== undefined && existsSync(join(cached(i), 'pagefind-entry.json'))));
  const jobs: BundleJob[] = shards.flatMap((shard, i) => (reused.has(i) ? [] : [{ siteDir, pages: shard.pages, records: shard.records, outputPath: target(i) }]));
  await writeBundles(jobs, options.concurrency ?? availableParallelism());
  for (let i = 0; i < shards.length; i++) {
    if (reused.has(i)) await linkTree(cached(i), target(i));
    else if (cacheDir) {
      await rm(cached(i), { recursive: true, force: true });
      await linkTree(target(i), cached(i));
    }
  }
  await writeManifest(siteDir, hashes.slice(1).map((hash) => `${urls.searchShards()}${hash}/`));
  if (cacheDir) await pruneCache(cacheDir, new Set(hashes));
  return {
    pages: indexable.length,
    records: input.records.length,
    milliseconds: Math.round(performance.now() - started),
    shardsBuilt: jobs.length,
    shardsReused: reused.size,
  };
}

async function pruneCache(cacheDir: string, keep: ReadonlySet<string>): Promise<void> {
  await mkdir(cacheDir, { recursive: true });
  for (const name of await readdir(cacheDir)) if (!keep.has(name)) await rm(join(cacheDir, name), { recursive: true, force: true });
}
