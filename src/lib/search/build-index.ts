import { readFileSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import { AWARD_LEVELS } from '../schemas/index.ts';
import { t } from '../i18n.ts';
import { SEARCH_FILTERS, type PublishedAward } from './award-records.ts';
import { INDEX_DIR } from './format.ts';
import { decodeShard } from './shard-codec.ts';
import { buildShard, buildShardsInProcess, type ShardJob } from './shard-worker.ts';
import type { ShardPolicy } from './shard-size.ts';
import { shardCacheFile, shardCacheFolder, shardGroups, shardHash, splitShards } from './shard-plan.ts';
import { indexablePages, type PageDigests } from './site-pages.ts';
import type { IndexRecord } from './index-files.ts';
import { writeIndex, type IndexSummary, type WrittenIndex } from './write-index.ts';

/** What {@link buildSearchIndex} indexes. */
export interface SearchIndexInput {
  /** The built site; its HTML pages are indexed where they mark `data-pagefind-body`. */
  siteDir: string;
  /** The site's awards, as `awards.json` publishes them: one entry each, and one per unit. */
  awards: readonly PublishedAward[];
  /** Index the site in shards of dossiers, in child processes, reusing unchanged shards. */
  shards?: ShardOptions;
  /**
   * The record of the index already in the site's `search-index/` folder, as the build that wrote
   * it returned it: its unchanged files are left in place. Without it the folder is emptied first.
   */
  previous?: IndexRecord;
  /** Pages as an earlier build, or the indexing while Astro rendered, read them: those still the same on disk are not read again. */
  known?: PageDigests;
  /**
   * An index already written into the folder while Astro rendered (shards-ahead.ts). Kept as it is
   * when this index plans the same shards, whose files it would write byte for byte; otherwise
   * its record is the folder's, in place of `previous`.
   */
  ahead?: IndexWrittenAhead;
}

/** An index written from the cached shards named `hashes` ({@link shardHash}), in order. */
export interface IndexWrittenAhead {
  hashes: readonly string[];
  index: WrittenIndex;
}

/**
 * How to split the indexing work. The shards to index are shared out in runs of neighbours among
 * child processes (one shard, or two small ones, are indexed on the build's own thread), and a
 * shard whose pages and awards did not change is read from the cache. The index written is the
 * same whatever the split.
 */
export interface ShardOptions extends ShardPolicy {
  /** Where indexed shards are kept between builds; no reuse without it. */
  cacheDir?: string;
  /**
   * Processes indexing at once, each one shard at a time; memory grows with it.
   * @default the number of cores
   */
  concurrency?: number;
}

/** What was indexed, for the build log and the benchmark. */
export interface SearchIndexSummary extends IndexSummary {
  pages: number;
  awards: number;
  milliseconds: number;
  /** Shards indexed and shards read from the cache. */
  shardsBuilt: number;
  shardsReused: number;
  /** Every file of the index as written, for the next build into the same folder (`SearchIndexInput.previous`). */
  record: IndexRecord;
  /** Every page of the site as the index read it, for a later build that finds the same files (`SearchIndexInput.known`). */
  digests: PageDigests;
  /** Page files read to list the pages; the others were as `known` showed them. */
  pagesRead: number;
  /** Whether the index written while Astro rendered (`SearchIndexInput.ahead`) was kept as it was. */
  keptAhead: boolean;
}

/**
 * Dossiers that two shards to index may hold together and still be indexed on the build's own
 * thread, one after the other, instead of in two processes: a process takes about 0.35 s to start
 * and load the indexer, about what 50 dossiers take to index (0.26 s), so for a site of 100
 * dossiers the processes saved nothing.
 */
const PAIR_ON_THIS_THREAD = 100;

/**
 * A cached shard's bytes, or undefined when the cache has none under that name. The file's own
 * buffer, read at once: a copy of each shard (5 MB at 1,000 dossiers) took 0.15 s of a rebuild, and
 * the reads wait for nothing else.
 */
function readCachedShard(file: string | undefined): Uint8Array | undefined {
  if (!file) return undefined;
  try {
    return readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Builds the search index of a built site into `<siteDir>/search-index/`: one entry per marked
 * page (cut into its headed sections), per award and per unit's 荣誉榜. Large sites are indexed
 * in shards of dossiers in child processes and merged; the files are the same either way.
 */
export async function buildSearchIndex(input: SearchIndexInput): Promise<SearchIndexSummary> {
  const started = performance.now();
  const { siteDir } = input;
  const listed = indexablePages(siteDir, input.known);
  const { pages } = listed;
  const outDir = join(siteDir, INDEX_DIR);

  const shards = splitShards(shardGroups(pages, input.awards), input.shards);
  const cacheDir = input.shards?.cacheDir ? shardCacheFolder(input.shards.cacheDir) : undefined;
  const digests = new Map(pages.map((page) => [page.file, page.digest]));
  const hashes = cacheDir ? shards.map((shard) => shardHash(shard, digests)) : [];
  const result = (written: WrittenIndex, built: number, keptAhead = false) => ({
    ...written.summary,
    pages: pages.length,
    awards: input.awards.length,
    milliseconds: Math.round(performance.now() - started),
    shardsBuilt: built,
    shardsReused: shards.length - built,
    record: written.record,
    digests: listed.digests,
    pagesRead: listed.read,
    keptAhead,
  });
  const { ahead } = input;
  if (cacheDir && ahead && sameList(hashes, ahead.hashes)) {
    await keepOnly(cacheDir, hashes);
    return result(ahead.index, 0, true);
  }
  const cachedFile = (i: number) => (cacheDir ? shardCacheFile(cacheDir, hashes[i]!) : undefined);
  const encoded: Uint8Array[] = new Array(shards.length);
  const missing: number[] = [];
  for (const i of shards.keys()) {
    const cached = readCachedShard(cachedFile(i));
    if (cached) encoded[i] = cached;
    else missing.push(i);
  }
  // Each new shard goes into the cache from the process that indexed it, as soon as it is encoded,
  // so the writes (85 MB at 1,000 dossiers from clean) overlap the indexing of the others.
  const job = (i: number): ShardJob => ({ siteDir, groups: shards[i]!, ...(cacheDir ? { cacheFile: cachedFile(i)! } : {}) });
  // One shard to index (a rebuild after an edit), or two small ones, are indexed on this thread:
  // a process would have to start and load the indexer first, and this thread has nothing else to do.
  const smallPair = missing.length === 2 && shards[missing[0]!]!.length + shards[missing[1]!]!.length <= PAIR_ON_THIS_THREAD;
  if (missing.length === 1 || smallPair) {
    for (const i of missing) encoded[i] = await buildShard(job(i));
  } else if (missing.length > 0) {
    // The shards to index, in runs of neighbours, one run per process.
    const processes = Math.min(missing.length, Math.max(1, input.shards?.concurrency ?? availableParallelism()));
    const runs = Array.from({ length: processes }, (_, p) => missing.slice(Math.floor((p * missing.length) / processes), Math.floor(((p + 1) * missing.length) / processes)));
    await Promise.all(
      runs.map(async (run) => {
        const bytes = await buildShardsInProcess(run.map(job));
        run.forEach((i, k) => (encoded[i] = bytes[k]!));
      }),
    );
  }
  if (cacheDir) await keepOnly(cacheDir, hashes);
  return result(await writeShardIndex(encoded, outDir, ahead?.index.record ?? input.previous), missing.length);
}

/**
 * Writes into the index folder of `siteDir` the index merged from the shards in the shard cache of
 * `cacheDir` named `hashes`, in site order, before the index after Astro runs (shards-ahead.ts),
 * which keeps it when it plans the same shards. `previous` is as for {@link SearchIndexInput}.
 * Undefined, with nothing written, when one of those shards is no longer in the cache.
 */
export async function writeIndexAhead(siteDir: string, cacheDir: string, hashes: readonly string[], previous?: IndexRecord): Promise<IndexWrittenAhead | undefined> {
  const folder = shardCacheFolder(cacheDir);
  const encoded: Uint8Array[] = [];
  for (const hash of hashes) {
    const bytes = readCachedShard(shardCacheFile(folder, hash));
    if (!bytes) return undefined;
    encoded.push(bytes);
  }
  return { hashes: [...hashes], index: await writeShardIndex(encoded, join(siteDir, INDEX_DIR), previous) };
}

/**
 * Merges encoded shards, in site order, into the index files in `outDir`. Given `previous`, the
 * record of the files the folder holds, only new and changed files are written; without it, the
 * folder is emptied first.
 */
async function writeShardIndex(encoded: readonly Uint8Array[], outDir: string, previous?: IndexRecord): Promise<WrittenIndex> {
  if (!previous) await rm(outDir, { recursive: true, force: true });
  const order = {
    names: Object.values(SEARCH_FILTERS),
    values: {
      [SEARCH_FILTERS.type]: [t('search.type.article'), t('search.type.award'), t('search.type.dossier'), t('search.type.unitAwards')],
      [SEARCH_FILTERS.level]: [...AWARD_LEVELS, t('awards.noLevel')],
    },
  };
  return writeIndex(encoded.map(decodeShard), outDir, order, previous);
}

/** Deletes from the shard cache every shard but those named `hashes`. */
async function keepOnly(cacheDir: string, hashes: readonly string[]): Promise<void> {
  const keep = new Set(hashes.map((h) => basename(shardCacheFile(cacheDir, h))));
  for (const name of await readdir(cacheDir).catch(() => [])) if (!keep.has(name)) await rm(join(cacheDir, name), { force: true });
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item, i) => item === b[i]);
