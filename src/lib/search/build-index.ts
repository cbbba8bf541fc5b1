import type { CustomRecord } from 'pagefind';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { linkTree } from '../link-tree.ts';
import { writeBundles, type BundleJob } from './bundle-worker.ts';
import { indexablePages, shardPages, type IndexablePage } from './site-pages.ts';

/** What {@link buildSearchIndex} indexes. */
export interface SearchIndexInput {
  /** The built site; its HTML pages are indexed where they mark `data-pagefind-body`. */
  siteDir: string;
  /** Records that are not pages, such as one per award. */
  records: readonly CustomRecord[];
  /** Split the page index into shards when the site has more dossiers than one shard holds. */
  shards?: ShardOptions;
}

/**
 * How to split the index. Each shard is built by its own Pagefind process, so memory is bounded
 * by the largest shards being written at once instead of the whole site, and a shard whose pages
 * did not change is linked from the cache instead of being indexed again.
 */
export interface ShardOptions {
  /**
   * Dossiers per shard. Pagefind needs about 5 MB per synthetic dossier (50 KB of Chinese text),
   * so 100 keeps each Pagefind process near 0.5 GB.
   * @example 100
   */
  dossiersPerShard: number;
  /** Where built shards are kept between builds; no reuse without it. */
  cacheDir?: string;
  /**
   * Bundles written at once, each by its own Pagefind process; memory grows with it.
   * @default the number of cores
   */
  concurrency?: number;
}

/** Where the shard bundles go, next to the main `pagefind/` bundle. */
export const SHARDS_DIR = 'pagefind-shards';

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
 * Builds the Pagefind index of a built site into `<siteDir>/pagefind/`: its pages plus the custom
 * records, in one bundle, or with the pages in shard bundles written side by side.
 */
export async function buildSearchIndex(input: SearchIndexInput): Promise<SearchIndexSummary> {
  const started = performance.now();
  // Only pages that mark content are indexed. Pagefind would skip the others anyway (award lists,
  // print views), but it would parse them first; at 1,000 dossiers they are half the HTML.
  const pages = await indexablePages(input.siteDir);
  // A site that fits in one shard gets one index: the search page then loads one bundle.
  if (input.shards && new Set(pages.map((page) => page.group)).size > input.shards.dossiersPerShard) {
    return buildShardedIndex(input, input.shards, pages, started);
  }
  await writeBundles([{ siteDir: input.siteDir, pages, records: input.records, outputPath: join(input.siteDir, 'pagefind') }], 1);
  await writeManifest(input.siteDir, []);
  return { pages: pages.length, records: input.records.length, milliseconds: Math.round(performance.now() - started) };
}

// Written for every site, with no bundles when the index is in one piece, so the search page
// always finds it and never logs a failed request.
async function writeManifest(siteDir: string, bundles: readonly string[]): Promise<void> {
  await writeFile(join(siteDir, 'pagefind', SHARD_MANIFEST), `${JSON.stringify({ bundles })}\n`);
}

async function shardHash(siteDir: string, pages: readonly IndexablePage[]): Promise<string> {
  const hash = createHash('sha1').update(`pagefind-${SHARD_FORMAT}\n`);
  for (const page of pages) hash.update(`${page.file}\n`).update(await readFile(join(siteDir, page.file)));
  return hash.digest('hex').slice(0, 16);
}

// Bump when the way shards are built changes, so cached shards from older builds are not reused.
const SHARD_FORMAT = 1;

/**
 * The sharded variant: the main bundle holds the custom records and the manifest; each shard of
 * pages is a bundle of its own under {@link SHARDS_DIR}, named by a hash of its pages.
 */
async function buildShardedIndex(input: SearchIndexInput, options: ShardOptions, indexable: readonly IndexablePage[], started: number): Promise<SearchIndexSummary> {
  const { siteDir } = input;
  const shards = shardPages(indexable, options.dossiersPerShard);
  const cacheDir = options.cacheDir ? join(options.cacheDir, 'search-shards') : undefined;
  const hashes = await Promise.all(shards.map((pages) => shardHash(siteDir, pages)));
  const target = (hash: string) => join(siteDir, SHARDS_DIR, hash);
  const cached = (hash: string) => (cacheDir ? join(cacheDir, hash) : undefined);
  const reused = new Set(hashes.filter((hash) => cacheDir !== undefined && existsSync(join(cached(hash)!, 'pagefind-entry.json'))));
  // The records' bundle first: it is the smallest and done while the first shard is still written.
  const jobs: BundleJob[] = [{ siteDir, pages: [], records: input.records, outputPath: join(siteDir, 'pagefind') }];
  shards.forEach((pages, i) => {
    if (!reused.has(hashes[i]!)) jobs.push({ siteDir, pages, records: [], outputPath: target(hashes[i]!) });
  });
  await writeBundles(jobs, options.concurrency ?? availableParallelism());
  for (const hash of hashes) {
    if (reused.has(hash)) await linkTree(cached(hash)!, target(hash));
    else if (cacheDir) {
      await rm(cached(hash)!, { recursive: true, force: true });
      await linkTree(target(hash), cached(hash)!);
    }
  }
  const bundles = hashes.map((hash) => `/${SHARDS_DIR}/${hash}/`);
  await writeManifest(siteDir, bundles);
  if (cacheDir) await pruneCache(cacheDir, new Set(hashes));
  return {
    pages: shards.reduce((sum, pages) => sum + pages.length, 0),
    records: input.records.length,
    milliseconds: Math.round(performance.now() - started),
    shardsBuilt: jobs.length - 1,
    shardsReused: reused.size,
  };
}

async function pruneCache(cacheDir: string, keep: ReadonlySet<string>): Promise<void> {
  await mkdir(cacheDir, { recursive: true });
  for (const name of await readdir(cacheDir)) if (!keep.has(name)) await rm(join(cacheDir, name), { recursive: true, force: true });
}
