import * as pagefind from 'pagefind';
import type { CustomRecord, PagefindIndex } from 'pagefind';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { indexablePages, pageGlobs, shardPages, type IndexablePage } from './site-pages.ts';

/** What {@link buildSearchIndex} indexes. */
export interface SearchIndexInput {
  /** The built site; its HTML pages are indexed where they mark `data-pagefind-body`. */
  siteDir: string;
  /** Records that are not pages, such as one per award. */
  records: readonly CustomRecord[];
  /** Split the page index into shards; without it, one index holds everything. */
  shards?: ShardOptions;
}

/**
 * How to split the index. Each shard is built by its own Pagefind process, so memory is bounded
 * by the largest shard instead of the whole site, and a shard whose pages did not change is
 * copied from the cache instead of being indexed again.
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

function check(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`搜索索引生成失败（${step}）：${errors.join('; ')}`);
}

async function newIndex(): Promise<PagefindIndex> {
  const created = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  check('createIndex', created.errors);
  return created.index!;
}

// Requests to the Pagefind process are sent in batches rather than one round trip at a time; the
// process handles them in order, and the batch bounds what waits in the pipe.
const BATCH = 64;

async function inBatches<T>(items: readonly T[], add: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += BATCH) await Promise.all(items.slice(i, i + BATCH).map(add));
}

// Pagefind reads and parses the pages itself, on every core, which is much faster than sending
// their HTML through its pipe one file at a time. Every listed page must come out indexed.
async function addPages(index: PagefindIndex, siteDir: string, pages: readonly IndexablePage[]): Promise<void> {
  let indexed = 0;
  for (const glob of pageGlobs(pages)) {
    const added = await index.addDirectory({ path: siteDir, glob });
    check(`addDirectory ${glob.length > 80 ? `${glob.slice(0, 80)}…` : glob}`, added.errors);
    indexed += added.page_count;
  }
  if (indexed !== pages.length) check('addDirectory', [`应索引 ${pages.length} 个页面，实际 ${indexed} 个`]);
}

async function addRecords(index: PagefindIndex, records: readonly CustomRecord[]): Promise<void> {
  await inBatches(records, async (record) => check(`addCustomRecord ${record.url}`, (await index.addCustomRecord(record)).errors));
}

/**
 * Builds the Pagefind index of a built site into `<siteDir>/pagefind/`: its pages plus the custom
 * records. Every Pagefind call's errors are checked, and the Pagefind process is always closed, so
 * a failed index fails the build instead of shipping a site whose search is silently empty.
 */
export async function buildSearchIndex(input: SearchIndexInput): Promise<SearchIndexSummary> {
  if (input.shards) return buildShardedIndex(input, input.shards);
  const started = performance.now();
  try {
    const index = await newIndex();
    // Only pages that mark content are sent. Pagefind would skip the others anyway (award lists,
    // print views), but it would parse them first; at 1,000 dossiers they are half the HTML.
    const pages = await indexablePages(input.siteDir);
    await addPages(index, input.siteDir, pages);
    await addRecords(index, input.records);
    const written = await index.writeFiles({ outputPath: join(input.siteDir, 'pagefind') });
    check('writeFiles', written.errors);
    await writeManifest(input.siteDir, []);
    return { pages: pages.length, records: input.records.length, milliseconds: Math.round(performance.now() - started) };
  } finally {
    await pagefind.close();
  }
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
async function buildShardedIndex(input: SearchIndexInput, options: ShardOptions): Promise<SearchIndexSummary> {
  const started = performance.now();
  const { siteDir } = input;
  const shards = shardPages(await indexablePages(siteDir), options.dossiersPerShard);
  const bundles: string[] = [];
  const summary = { pages: 0, records: input.records.length, milliseconds: 0, shardsBuilt: 0, shardsReused: 0 };
  const cacheDir = options.cacheDir ? join(options.cacheDir, 'search-shards') : undefined;
  try {
    for (const pages of shards) {
      const hash = await shardHash(siteDir, pages);
      const target = join(siteDir, SHARDS_DIR, hash);
      const cached = cacheDir ? join(cacheDir, hash) : undefined;
      summary.pages += pages.length;
      bundles.push(`/${SHARDS_DIR}/${hash}/`);
      if (cached && existsSync(join(cached, 'pagefind-entry.json'))) {
        await cp(cached, target, { recursive: true });
        summary.shardsReused++;
        continue;
      }
      // A fresh Pagefind process per shard: closing it is what returns the shard's memory.
      const index = await newIndex();
      await addPages(index, siteDir, pages);
      check('writeFiles', (await index.writeFiles({ outputPath: target })).errors);
      await pagefind.close();
      summary.shardsBuilt++;
      if (cached) {
        await rm(cached, { recursive: true, force: true });
        await cp(target, cached, { recursive: true });
      }
    }
    const main = await newIndex();
    await addRecords(main, input.records);
    check('writeFiles', (await main.writeFiles({ outputPath: join(siteDir, 'pagefind') })).errors);
    await writeManifest(siteDir, bundles);
    if (cacheDir) await pruneCache(cacheDir, new Set(bundles.map((b) => b.split('/').at(-2)!)));
    return { ...summary, milliseconds: Math.round(performance.now() - started) };
  } finally {
    await pagefind.close();
  }
}

async function pruneCache(cacheDir: string, keep: ReadonlySet<string>): Promise<void> {
  await mkdir(cacheDir, { recursive: true });
  for (const name of await readdir(cacheDir)) if (!keep.has(name)) await rm(join(cacheDir, name), { recursive: true, force: true });
}
