// Merges one key's postings from every shard into the merged numbering: its document and title
// lists re-encoded, and its positions regrouped into the blocks of the merged documents.
import { ByteWriter } from './byte-codec.ts';
import { BLOCK_DOCS } from './format.ts';
import { documentSpans } from './position-lists.ts';
import { decodeList, encodeList } from './posting-lists.ts';
import type { EncodedShardKey } from './shard-codec.ts';
import type { NumberRange } from './shard-numbering.ts';

/** A key of the merged index, its lists encoded, ready for its bucket. */
export interface MergedKey {
  name: string;
  positional: boolean;
  /** The list numbers entries, not documents: a filter value's entries. */
  entries: boolean;
  docs: Uint8Array;
  titles: Uint8Array;
  /** How many documents (or entries) hold the key. */
  df: number;
  /** Position blocks by block number. */
  blocks: Map<number, Uint8Array>;
  /** Bytes of its lists and blocks together: whether it may share a bucket. */
  size: number;
}

/**
 * Merges the key `name` of every shard (`parts`, undefined where a shard lacks it), renumbering
 * its documents by `docRanges`, or its entries by `entryRanges` for a filter value's key.
 */
export function mergeKey(name: string, parts: Array<EncodedShardKey | undefined>, docRanges: readonly NumberRange[], entryRanges: readonly NumberRange[]): MergedKey {
  const some = parts.find((p) => p !== undefined)!;
  const ranges = some.entries ? entryRanges : docRanges;
  const decoded = parts.map((p) => (p ? { docs: decodeList(p.docs), titles: decodeList(p.titles) } : undefined));
  const spans = parts.map((p, s) => (p?.positions ? documentSpans(p.positions, decoded[s]!.docs.length) : undefined));
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
