// Merges one key's postings from every shard into the merged numbering: its document and title
// lists re-encoded, and its positions regrouped into the blocks of the merged documents.
import { BLOCK_DOCS } from './format.ts';
import { documentEnd } from './position-lists.ts';
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
  // A common key is in most of the site's documents, and the merge is on the build's path, so the
  // lists go into arrays of their final length and positions are cut into runs, not per document.
  const docLists: Array<Uint32Array | undefined> = new Array(parts.length);
  const titleLists: Array<Uint32Array | undefined> = new Array(parts.length);
  let docCount = 0;
  let titleCount = 0;
  for (let s = 0; s < parts.length; s++) {
    const part = parts[s];
    if (!part) continue;
    docCount += (docLists[s] = decodeList(part.docs)).length;
    titleCount += (titleLists[s] = decodeList(part.titles)).length;
  }
  const docs = new Uint32Array(docCount);
  const titles = new Uint32Array(titleCount);
  let d = 0;
  let t = 0;
  const blocks = new BlockBuilder(parts);
  const docAt = new Array<number>(parts.length).fill(0);
  const titleAt = new Array<number>(parts.length).fill(0);
  // Each shard's documents are met in order, so each one's positions start where the last ended.
  const positionAt = new Array<number>(parts.length).fill(0);
  for (const range of ranges) {
    const shardDocs = docLists[range.shard];
    if (!shardDocs) continue;
    const positions = parts[range.shard]!.positions;
    let i = docAt[range.shard]!;
    let p = positionAt[range.shard]!;
    while (i < shardDocs.length && shardDocs[i]! < range.to) {
      const global = range.at + shardDocs[i]! - range.from;
      docs[d++] = global;
      if (positions) {
        const end = documentEnd(positions, p);
        blocks.add(Math.floor(global / BLOCK_DOCS), range.shard, p, end);
        p = end;
      }
      i++;
    }
    docAt[range.shard] = i;
    positionAt[range.shard] = p;
    const shardTitles = titleLists[range.shard]!;
    let j = titleAt[range.shard]!;
    while (j < shardTitles.length && shardTitles[j]! < range.to) titles[t++] = range.at + shardTitles[j++]! - range.from;
    titleAt[range.shard] = j;
  }
  const merged = blocks.done();
  const encodedDocs = encodeList(docs.subarray(0, d));
  const encodedTitles = encodeList(titles.subarray(0, t));
  let size = encodedDocs.length + encodedTitles.length;
  for (const bytes of merged.values()) size += bytes.length;
  return { name, positional: some.positional, entries: some.entries, docs: encodedDocs, titles: encodedTitles, df: d, blocks: merged, size };
}

/**
 * Gathers a key's position bytes block by block. Neighbouring documents of one shard that land in
 * one block have neighbouring bytes in that shard, so they are kept as one run of bytes.
 */
class BlockBuilder {
  private readonly parts: Array<EncodedShardKey | undefined>;
  /** Per block, its runs as [shard, start, end] triples, in document order. */
  private readonly runs = new Map<number, number[]>();
  private last: number[] | undefined;
  private lastBlock = -1;

  constructor(parts: Array<EncodedShardKey | undefined>) {
    this.parts = parts;
  }

  add(block: number, shard: number, start: number, end: number): void {
    const last = this.last;
    if (last && this.lastBlock === block && last[last.length - 3] === shard && last[last.length - 1] === start) {
      last[last.length - 1] = end;
      return;
    }
    let list = this.runs.get(block);
    if (!list) this.runs.set(block, (list = []));
    list.push(shard, start, end);
    this.last = list;
    this.lastBlock = block;
  }

  done(): Map<number, Uint8Array> {
    const out = new Map<number, Uint8Array>();
    for (const [block, list] of this.runs) {
      let length = 0;
      for (let r = 0; r < list.length; r += 3) length += list[r + 2]! - list[r + 1]!;
      const bytes = new Uint8Array(length);
      let at = 0;
      for (let r = 0; r < list.length; r += 3) {
        const piece = this.parts[list[r]!]!.positions!.subarray(list[r + 1]!, list[r + 2]!);
        bytes.set(piece, at);
        at += piece.length;
      }
      out.set(block, bytes);
    }
    return out;
  }
}
