// Merges the shards of a site into one index and writes its files. Every shard numbers its entries
// and documents from 0; here they are renumbered into one sequence (shard-numbering.ts), so the
// files are the same byte for byte however the site was split into shards, and a query means the
// same everywhere.
import { encodeEntries } from './entry-files.ts';
import { encodeFilters, type FilterOrder } from './filter-files.ts';
import { ENTRY_KINDS, FORMAT_VERSION, indexPaths, type IndexManifest } from './format.ts';
import { encodeBuckets } from './key-bucket.ts';
import { removeOtherFiles, writeIndexFiles, writeIndexFilesInWorker, type IndexRecord, type WrittenIndexFiles } from './index-files.ts';
import { mergeKey } from './merge-keys.ts';
import type { EncodedShard } from './shard-codec.ts';
import { ShardNumbering } from './shard-numbering.ts';

/** What the merged index holds, for the build log and the benchmark. */
export interface IndexSummary {
  entries: number;
  docs: number;
  keys: number;
  files: number;
  bytes: number;
  /** Files written because they were new or changed; the others were left as an earlier build wrote them. */
  written: number;
}

/** A written index: what it holds, and the record of its files for the next build to write over it. */
export interface WrittenIndex {
  summary: IndexSummary;
  record: IndexRecord;
}

/**
 * Entries whose fragment files are written on a thread of their own while this thread merges the
 * keys. A thread takes about 0.2 s to start and load its code, more than merging a small site's
 * keys takes; at 1,000 dossiers (15,000 entries, 3,825 fragment files) the merge takes over a second.
 */
const ENTRIES_ON_A_THREAD = 4000;

/**
 * Writes the merged index of `shards` (in site order) into `outDir`. Given `previous`, the record
 * of the index an earlier build wrote into the same folder, only its new and changed files are
 * written and the files it no longer has are deleted; without it, the folder must hold no index.
 */
export async function writeIndex(shards: readonly EncodedShard[], outDir: string, order: FilterOrder = {}, previous?: IndexRecord): Promise<WrittenIndex> {
  const numbering = new ShardNumbering(shards);
  const docRanges = numbering.ranges('docs');
  const entryRanges = numbering.ranges('entries');

  const entries = encodeEntries(shards, numbering);
  const onThread = numbering.entries >= ENTRIES_ON_A_THREAD;
  const nothing: WrittenIndexFiles = { bytes: 0, written: 0, record: {} };
  const entriesWritten = onThread ? writeIndexFilesInWorker(outDir, entries.files, previous) : Promise.resolve(nothing);
  // Its failure is reported below, once this thread's own files are written.
  entriesWritten.catch(() => undefined);

  // Keys, merged in name order so that buckets come out the same on every build.
  const names = [...new Set(shards.flatMap((shard) => [...shard.keys.keys()]))].sort();
  const merged = names.map((name) => mergeKey(name, shards.map((shard) => shard.keys.get(name)), docRanges, entryRanges));
  const keys = encodeBuckets(merged);
  const filters = encodeFilters(shards, new Map(merged.map((key) => [key.name, key])), numbering.entries, order);

  const manifest: IndexManifest = {
    version: FORMAT_VERSION,
    buckets: keys.buckets,
    largeKeys: keys.largeKeys,
    kinds: ENTRY_KINDS.map((kind, k) => ({
      kind,
      entries: shards.reduce((n, s) => n + s.kinds[k]!.entries, 0),
      docs: shards.reduce((n, s) => n + s.kinds[k]!.docs, 0),
    })),
    groups: numbering.groups,
    filters: filters.filters,
    fragments: entries.fragments,
  };
  const files = new Map<string, Uint8Array | string>([...keys.files, ...(onThread ? [] : entries.files), ...filters.files, [indexPaths.manifest(), `${JSON.stringify(manifest)}\n`]]);
  const here = writeIndexFiles(outDir, files, previous);
  const there = await entriesWritten;
  const record = { ...here.record, ...there.record };
  if (previous) removeOtherFiles(outDir, new Set(Object.keys(record)));
  const summary = { entries: numbering.entries, docs: numbering.docs, keys: merged.length, files: Object.keys(record).length, bytes: here.bytes + there.bytes, written: here.written + there.written };
  return { summary, record };
}
