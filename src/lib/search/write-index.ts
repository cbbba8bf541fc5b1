// Merges the shards of a site into one index and writes its files. Every shard numbers its entries
// and documents from 0; here they are renumbered into one sequence (shard-numbering.ts), so the
// files are the same byte for byte however the site was split into shards, and a query means the
// same everywhere.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { encodeEntries } from './entry-files.ts';
import { encodeFilters, type FilterOrder } from './filter-files.ts';
import { ENTRY_KINDS, FORMAT_VERSION, indexPaths, type IndexManifest } from './format.ts';
import { encodeBuckets } from './key-bucket.ts';
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
}

/** Writes the merged index of `shards` (in site order) into `outDir`, replacing nothing else. */
export function writeIndex(shards: readonly EncodedShard[], outDir: string, order: FilterOrder = {}): IndexSummary {
  const numbering = new ShardNumbering(shards);
  const docRanges = numbering.ranges('docs');
  const entryRanges = numbering.ranges('entries');

  // Keys, merged in name order so that buckets come out the same on every build.
  const names = [...new Set(shards.flatMap((shard) => [...shard.keys.keys()]))].sort();
  const merged = names.map((name) => mergeKey(name, shards.map((shard) => shard.keys.get(name)), docRanges, entryRanges));
  const keys = encodeBuckets(merged);
  const entries = encodeEntries(shards, numbering);
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
  const files = new Map<string, Uint8Array | string>([...keys.files, ...entries.files, ...filters.files, [indexPaths.manifest(), `${JSON.stringify(manifest)}\n`]]);

  const folders = new Set([...files.keys()].map((path) => dirname(join(outDir, path))));
  for (const folder of folders) mkdirSync(folder, { recursive: true });
  // Written one after the other, each at once: thousands of small files, and nothing else for
  // this thread to do meanwhile.
  let bytes = 0;
  for (const [path, content] of files) {
    bytes += typeof content === 'string' ? Buffer.byteLength(content) : content.length;
    writeFileSync(join(outDir, path), content);
  }
  return { entries: numbering.entries, docs: numbering.docs, keys: merged.length, files: files.size, bytes };
}
