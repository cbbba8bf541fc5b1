// Merges the shards of a site into one index and writes its files. Every shard numbers its entries
// and documents from 0; here they are renumbered into one sequence (kind by kind, shard after
// shard), so the files are the same byte for byte however the site was split into shards, and a
// query means the same everywhere.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { mapWithLimit } from '../map-with-limit.ts';
import {
  BLOCK_DOCS,
  ByteReader,
  ByteWriter,
  decodeList,
  encodeEntryValues,
  encodeList,
  ENTRY_KINDS,
  filterKey,
  FORMAT_VERSION,
  hashKey,
  indexPaths,
  type EntryFragment,
  type IndexManifest,
} from './format.ts';
import type { EncodedShard, EncodedShardKey } from './index-shard.ts';

/** A key whose lists are larger than this many bytes gets files of its own instead of sharing its bucket. */
const INLINE_LIMIT = 1024;
/** Bytes a bucket of small keys aims at. */
const BUCKET_TARGET = 4096;
/** Bytes of JSON a fragment file aims at; an entry larger than that has a file to itself. */
const FRAGMENT_TARGET = 6000;

/** How the search page lists filter values. */
export interface FilterOrder {
  /** Filter names in the order the page shows them; others follow by name. */
  names?: readonly string[];
  /** Per filter, values that come first in this order; others follow (numbers newest first, text by pinyin). */
  values?: Readonly<Record<string, readonly string[]>>;
}

/** What the merged index holds, for the build log and the benchmark. */
export interface IndexSummary {
  entries: number;
  docs: number;
  keys: number;
  files: number;
  bytes: number;
}

/** Where each shard's entries and documents go in the merged numbering. */
class Numbering {
  readonly entryStart: number[] = [];
  readonly docStart: number[] = [];
  readonly contextStart: number;
  readonly entries: number;
  readonly groups: number;
  readonly shards: readonly EncodedShard[];
  constructor(shards: readonly EncodedShard[]) {
    this.shards = shards;
    let entries = 0;
    let docs = 0;
    ENTRY_KINDS.forEach((_, k) => {
      this.entryStart.push(entries);
      this.docStart.push(docs);
      for (const shard of shards) {
        entries += shard.kinds[k]!.entries;
        docs += shard.kinds[k]!.docs;
      }
    });
    this.entries = entries;
    this.contextStart = docs;
    this.groups = shards.reduce((n, s) => n + s.groups, 0);
  }

  get docs(): number {
    return this.contextStart + this.groups;
  }

  /**
   * The ranges of a shard's local numbers, in merged order: for each kind (then the context
   * documents), each shard's local range and where it starts in the merged numbering.
   */
  ranges(unit: 'docs' | 'entries'): Array<{ shard: number; from: number; to: number; at: number }> {
    const out: Array<{ shard: number; from: number; to: number; at: number }> = [];
    const kinds = unit === 'docs' ? ENTRY_KINDS.length + 1 : ENTRY_KINDS.length;
    let at = 0;
    const localStarts = this.shards.map((shard) => {
      const starts: number[] = [];
      let n = 0;
      for (const k of shard.kinds) {
        starts.push(n);
        n += unit === 'docs' ? k.docs : k.entries;
      }
      starts.push(n);
      return starts;
    });
    for (let k = 0; k < kinds; k++) {
      this.shards.forEach((shard, s) => {
        const size = k < ENTRY_KINDS.length ? (unit === 'docs' ? shard.kinds[k]!.docs : shard.kinds[k]!.entries) : shard.groups;
        const from = localStarts[s]![k]!;
        out.push({ shard: s, from, to: from + size, at });
        at += size;
      });
    }
    return out;
  }
}

interface MergedKey {
  name: string;
  positional: boolean;
  entries: boolean;
  docs: Uint8Array;
  titles: Uint8Array;
  df: number;
  /** Position blocks by block number. */
  blocks: Map<number, Uint8Array>;
  size: number;
}

/** Byte ranges of each document's positions in a shard key's position list. */
function positionRanges(bytes: Uint8Array, docs: number): Array<[number, number]> {
  const reader = new ByteReader(bytes);
  const ranges: Array<[number, number]> = [];
  for (let i = 0; i < docs; i++) {
    const start = reader.offset;
    const count = reader.varint();
    for (let j = 0; j < count; j++) reader.varint();
    ranges.push([start, reader.offset]);
  }
  return ranges;
}

function mergeKey(name: string, parts: Array<EncodedShardKey | undefined>, docRanges: ReturnType<Numbering['ranges']>, entryRanges: ReturnType<Numbering['ranges']>): MergedKey {
  const some = parts.find((p) => p !== undefined)!;
  const ranges = some.entries ? entryRanges : docRanges;
  const decoded = parts.map((p) => (p ? { docs: decodeList(p.docs), titles: decodeList(p.titles) } : undefined));
  const spans = parts.map((p, s) => (p?.positions ? positionRanges(p.positions, decoded[s]!.docs.length) : undefined));
  const docs: number[] = [];
  const titles: number[] = [];
  const blockParts = new Map<number, Uint8Array[]>();
  const cursor = parts.map(() => ({ doc: 0, title: 0 }));
  for (const range of ranges) {
    const d = decoded[range.shard];
    if (!d) continue;
    const c = cursor[range.shard]!;
    while (c.doc < d.docs.length && d.docs[c.doc]! < range.to) {
      const global = range.at + d.docs[c.doc]! - range.from;
      docs.push(global);
      const span = spans[range.shard]?.[c.doc];
      if (span) {
        const block = Math.floor(global / BLOCK_DOCS);
        const list = blockParts.get(block) ?? [];
        list.push(parts[range.shard]!.positions!.subarray(span[0], span[1]));
        blockParts.set(block, list);
      }
      c.doc++;
    }
    while (c.title < d.titles.length && d.titles[c.title]! < range.to) {
      titles.push(range.at + d.titles[c.title]! - range.from);
      c.title++;
    }
  }
  const blocks = new Map<number, Uint8Array>();
  for (const [block, list] of blockParts) {
    const writer = new ByteWriter();
    for (const bytes of list) writer.bytes(bytes);
    blocks.set(block, writer.done());
  }
  const encodedDocs = encodeList(docs);
  const encodedTitles = encodeList(titles);
  let size = encodedDocs.length + encodedTitles.length;
  for (const bytes of blocks.values()) size += bytes.length;
  return { name, positional: some.positional, entries: some.entries, docs: encodedDocs, titles: encodedTitles, df: docs.length, blocks, size };
}

function sortValues(values: Map<string, number>, first: readonly string[] = []): Array<[string, number]> {
  const rank = (v: string) => {
    const i = first.indexOf(v);
    return i < 0 ? first.length : i;
  };
  const numeric = (v: string) => (/^\d+$/.test(v) ? Number(v) : undefined);
  return [...values].sort(([a], [b]) => {
    if (rank(a) !== rank(b)) return rank(a) - rank(b);
    const [na, nb] = [numeric(a), numeric(b)];
    if (na !== undefined && nb !== undefined) return nb - na;
    if (na !== undefined || nb !== undefined) return na !== undefined ? -1 : 1;
    return a.localeCompare(b, 'zh-CN');
  });
}

/** Writes the merged index of `shards` (in site order) into `outDir`, replacing nothing else. */
export async function writeIndex(shards: readonly EncodedShard[], outDir: string, order: FilterOrder = {}): Promise<IndexSummary> {
  const numbering = new Numbering(shards);
  const docRanges = numbering.ranges('docs');
  const entryRanges = numbering.ranges('entries');
  const files = new Map<string, Uint8Array | string>();

  // Keys, merged in name order so that buckets come out the same on every build.
  const names = [...new Set(shards.flatMap((shard) => [...shard.keys.keys()]))].sort();
  const merged = names.map((name) => mergeKey(name, shards.map((shard) => shard.keys.get(name)), docRanges, entryRanges));
  const inlineBytes = merged.reduce((n, key) => n + (key.size <= INLINE_LIMIT ? key.size + key.name.length * 3 + 8 : 16), 0);
  const buckets = 2 ** Math.max(0, Math.ceil(Math.log2(Math.max(1, inlineBytes / BUCKET_TARGET))));
  const bucketWriters = Array.from({ length: buckets }, () => ({ writer: new ByteWriter(), keys: 0 }));
  for (const key of merged) {
    const bucket = hashKey(key.name) % buckets;
    const target = bucketWriters[bucket]!;
    const ordinal = target.keys++;
    const external = key.size > INLINE_LIMIT;
    const w = target.writer;
    w.string(key.name);
    w.varint((key.positional ? 1 : 0) | (key.entries ? 2 : 0) | (external ? 4 : 0));
    w.varint(key.df);
    if (external) {
      const lists = new ByteWriter();
      lists.block(key.docs);
      lists.block(key.titles);
      files.set(indexPaths.lists(bucket, ordinal), lists.done());
    } else {
      w.block(key.docs);
      w.block(key.titles);
    }
    if (key.positional) {
      const blocks = [...key.blocks].sort(([a], [b]) => a - b);
      w.varint(blocks.length);
      for (const [block, bytes] of blocks) {
        w.varint(block);
        if (external) {
          w.varint(bytes.length);
          files.set(indexPaths.positions(bucket, ordinal, block), bytes);
        } else w.block(bytes);
      }
    }
  }
  bucketWriters.forEach(({ writer }, bucket) => files.set(indexPaths.bucket(bucket), writer.done()));

  // Entries: documents per entry, whether it is named by its unit, where fragment files start, and
  // the groups' runs of entries.
  const entries = new ByteWriter();
  entries.varint(numbering.entries);
  const fragmentFiles: EntryFragment[][] = [];
  let fragmentSize = Infinity;
  const groupRuns: Array<[number, number]> = [];
  const groupStart = shards.map((_, s) => shards.slice(0, s).reduce((n, shard) => n + shard.groups, 0));
  const entryStarts = shards.map((shard) => {
    const starts: number[] = [];
    let n = 0;
    for (const k of shard.kinds) {
      starts.push(n);
      n += k.entries;
    }
    return starts;
  });
  ENTRY_KINDS.forEach((_, k) => {
    shards.forEach((shard, s) => {
      const from = entryStarts[s]![k]!;
      for (let e = from; e < from + shard.kinds[k]!.entries; e++) {
        const fragment = shard.fragments[e]!;
        const size = JSON.stringify(fragment).length;
        const starts = fragmentSize + size > FRAGMENT_TARGET;
        if (starts) {
          fragmentFiles.push([]);
          fragmentSize = 0;
        }
        fragmentFiles.at(-1)!.push(fragment);
        fragmentSize += size;
        entries.varint(shard.entryDocs[e]! * 4 + (shard.entryNamed[e] ? 2 : 0) + (starts ? 1 : 0));
        const group = groupStart[s]! + shard.entryGroups[e]!;
        const run = groupRuns.at(-1);
        if (run && run[0] === group) run[1]++;
        else groupRuns.push([group, 1]);
      }
    });
  });
  entries.varint(groupRuns.length);
  for (const [group, count] of groupRuns) {
    entries.varint(group);
    entries.varint(count);
  }
  files.set(indexPaths.entries(), entries.done());
  fragmentFiles.forEach((list, i) => files.set(indexPaths.fragment(i), JSON.stringify(list)));

  // Filters: their values with counts, for the search page's filter panel.
  const counts = new Map<string, Map<string, number>>();
  for (const shard of shards) {
    for (const [name, values] of shard.filterCounts) {
      const total = counts.get(name) ?? new Map<string, number>();
      counts.set(name, total);
      for (const [value, n] of values) total.set(value, (total.get(value) ?? 0) + n);
    }
  }
  const filterNames = [...counts.keys()].sort((a, b) => {
    const rank = (n: string) => (order.names?.includes(n) ? order.names.indexOf(n) : Infinity);
    return rank(a) - rank(b) || a.localeCompare(b, 'zh-CN');
  });
  // And which values each entry carries, so the page can count the values among a query's results.
  const mergedByName = new Map(merged.map((key) => [key.name, key]));
  filterNames.forEach((name, i) => {
    const sorted = sortValues(counts.get(name)!, order.values?.[name]);
    files.set(indexPaths.filterValues(i), JSON.stringify(sorted));
    const carried: number[][] = Array.from({ length: numbering.entries }, () => []);
    sorted.forEach(([value], v) => {
      const key = mergedByName.get(filterKey(name, value));
      if (key) for (const e of decodeList(key.docs)) carried[e]!.push(v);
    });
    files.set(indexPaths.filterEntries(i), encodeEntryValues(carried));
  });

  const manifest: IndexManifest = {
    version: FORMAT_VERSION,
    buckets,
    kinds: ENTRY_KINDS.map((kind, k) => ({
      kind,
      entries: shards.reduce((n, s) => n + s.kinds[k]!.entries, 0),
      docs: shards.reduce((n, s) => n + s.kinds[k]!.docs, 0),
    })),
    groups: numbering.groups,
    filters: filterNames.map((name) => ({ name, values: counts.get(name)!.size })),
    fragments: fragmentFiles.length,
  };
  files.set(indexPaths.manifest(), `${JSON.stringify(manifest)}\n`);

  const folders = new Set([...files.keys()].map((path) => dirname(join(outDir, path))));
  for (const folder of folders) await mkdir(folder, { recursive: true });
  let bytes = 0;
  await mapWithLimit([...files], 32, async ([path, content]) => {
    bytes += typeof content === 'string' ? Buffer.byteLength(content) : content.length;
    await writeFile(join(outDir, path), content);
  });
  return { entries: numbering.entries, docs: numbering.docs, keys: merged.length, files: files.size, bytes };
}
