// The positions of a key: for each document that holds it, in document order, how many positions
// it has there and then the positions as deltas (the first from 0). The shard codec writes them,
// the merge cuts them per document into blocks of documents, and the query engine reads one block
// at a time. The layout is here once for all three.
import { ByteReader, type ByteWriter } from './byte-codec.ts';
import { BLOCK_DOCS } from './format.ts';
import { seek } from './sorted-lists.ts';

/** Appends the positions of a key: `counts[i]` positions of its i-th document, then the next document's, from `positions`. */
export function writePositions(out: ByteWriter, counts: readonly number[], positions: readonly number[]): void {
  let at = 0;
  for (const count of counts) {
    out.varint(count);
    let previous = 0;
    for (let j = 0; j < count; j++) {
      const p = positions[at++]!;
      out.varint(p - previous);
      previous = p;
    }
  }
}

/**
 * Where the positions of the document whose count starts at byte `start` of a key's positions
 * end: only the count is decoded; each position ends at a byte without its high bit.
 */
export function documentEnd(bytes: Uint8Array, start: number): number {
  let at = start;
  let count = 0;
  let shift = 0;
  let byte: number;
  do {
    byte = bytes[at++]!;
    count += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  for (let k = 0; k < count; at++) if ((bytes[at]! & 0x80) === 0) k++;
  return at;
}

/**
 * A block of a key's positions: every document of the key in the block, in order, each as a
 * count and that many deltas. Where each document starts is found once, by counting the last
 * byte of each number without decoding it; a document's positions are decoded only when asked.
 */
export class PositionBlock {
  private readonly bytes: Uint8Array;
  /** The key's documents in this block that have positions here, ascending... */
  private readonly docs: Uint32Array;
  /** ...and where each one's count starts in {@link bytes}. */
  private readonly starts: Uint32Array;

  /** `keyDocs` are all the key's documents (ascending); `block` is this block's number. */
  constructor(bytes: Uint8Array, keyDocs: Uint32Array, block: number) {
    this.bytes = bytes;
    const from = seek(keyDocs, block * BLOCK_DOCS, 0);
    const to = seek(keyDocs, (block + 1) * BLOCK_DOCS, from);
    const starts = new Uint32Array(to - from);
    let at = 0;
    let n = 0;
    while (n < starts.length && at < bytes.length) {
      starts[n++] = at;
      at = documentEnd(bytes, at);
    }
    this.docs = keyDocs.subarray(from, from + n);
    this.starts = starts.subarray(0, n);
  }

  /** The positions of one document, ascending, or undefined when the key is not in it. */
  positions(doc: number): number[] | undefined {
    const i = seek(this.docs, doc, 0);
    if (this.docs[i] !== doc) return undefined;
    const reader = new ByteReader(this.bytes);
    reader.offset = this.starts[i]!;
    const count = reader.varint();
    const out = new Array<number>(count);
    let p = 0;
    for (let j = 0; j < count; j++) out[j] = p += reader.varint();
    return out;
  }
}
