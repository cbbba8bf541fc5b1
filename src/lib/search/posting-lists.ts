// The encoding of a key's document lists (which documents, or entries, hold the key), written by
// the builder and the shard cache and read by the search page.
import { ByteReader, ByteWriter } from './byte-codec.ts';

const DELTAS = 0;
const BITMAP = 1;

// Scratch space for one list at a time, kept between calls rather than made for each: a shard has
// hundreds of thousands of lists, most of them a few bytes.
const deltas = new ByteWriter();
const scratch = new ByteWriter();

/**
 * Encodes a sorted list of distinct numbers as deltas or as a bitmap, whichever is smaller: a
 * word found in most documents costs one bit per document, a rare one a byte or two per hit.
 */
export function encodeList(ids: ArrayLike<number>): Uint8Array {
  scratch.length = 0;
  appendList(scratch, ids);
  return scratch.done();
}

/** Appends {@link encodeList}'s bytes of `ids` to `out` as one length-prefixed block, without copying them first. */
export function writeListBlock(out: ByteWriter, ids: ArrayLike<number>): void {
  scratch.length = 0;
  appendList(scratch, ids);
  out.block(scratch.view());
}

function appendList(out: ByteWriter, ids: ArrayLike<number>): void {
  const n = ids.length;
  if (n === 0) {
    out.varint(DELTAS);
    out.varint(0);
    return;
  }
  const first = ids[0]!;
  const span = ids[n - 1]! - first + 1;
  deltas.length = 0;
  let previous = -1;
  for (let i = 0; i < n; i++) {
    deltas.varint(ids[i]! - previous - 1);
    previous = ids[i]!;
  }
  const bitmapBytes = Math.ceil(span / 8);
  if (bitmapBytes + 4 < deltas.length) {
    out.varint(BITMAP);
    out.varint(n);
    out.varint(first);
    out.varint(span);
    const bits = new Uint8Array(bitmapBytes);
    for (let i = 0; i < n; i++) {
      const bit = ids[i]! - first;
      bits[bit >> 3]! |= 1 << (bit & 7);
    }
    out.bytes(bits);
  } else {
    out.varint(DELTAS);
    out.varint(n);
    out.bytes(deltas.view());
  }
}

/** Decodes {@link encodeList}. */
export function decodeList(bytes: Uint8Array): Uint32Array {
  const reader = new ByteReader(bytes);
  const mode = reader.varint();
  const n = reader.varint();
  const ids = new Uint32Array(n);
  if (mode === BITMAP) {
    const first = reader.varint();
    const span = reader.varint();
    const bits = reader.take(Math.ceil(span / 8));
    let k = 0;
    for (let byte = 0; byte < bits.length; byte++) {
      let b = bits[byte]!;
      while (b !== 0) {
        const low = b & -b;
        ids[k++] = first + byte * 8 + (31 - Math.clz32(low));
        b ^= low;
      }
    }
  } else {
    let previous = -1;
    for (let i = 0; i < n; i++) {
      previous += reader.varint() + 1;
      ids[i] = previous;
    }
  }
  return ids;
}
