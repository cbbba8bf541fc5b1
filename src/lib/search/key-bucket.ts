// `k/<bucket>.bin` and `x/…`: the keys of the index. Small keys are hashed into buckets of a few
// kilobytes, so the search page loads only the buckets of the keys a query has. A key whose lists
// are too large to share a bucket is a large key: the manifest names every one, and each has a
// file of its own with its lists and a file per block of its positions, so the search page fetches
// a large key's lists at once, without first fetching a bucket to learn where they are. Written by
// the builder, read by the query engine: the layout is here once.
import { ByteReader, ByteWriter } from './byte-codec.ts';
import { hashKey, indexPaths } from './format.ts';
import type { MergedKey } from './merge-keys.ts';
import { decodeList } from './posting-lists.ts';

/** A key whose lists are larger than this many bytes gets files of its own instead of sharing its bucket. */
const INLINE_LIMIT = 1024;
/** Bytes a bucket of small keys aims at. */
const BUCKET_TARGET = 4096;

// Flags of a key, in its bucket or its own file.
/** The key has position blocks (two characters, or a word). */
const POSITIONAL = 1;
/** The key's list numbers entries, not documents (a filter value). */
const ENTRIES = 2;

/** Writes a key's flags, count, lists and position blocks: inline blocks into `w`, or each block into a file of its own. */
function writeKey(w: ByteWriter, key: MergedKey, blockFile?: (block: number, bytes: Uint8Array) => void): void {
  w.varint((key.positional ? POSITIONAL : 0) | (key.entries ? ENTRIES : 0));
  w.varint(key.df);
  w.block(key.docs);
  w.block(key.titles);
  if (!key.positional) return;
  const blocks = [...key.blocks].sort(([a], [b]) => a - b);
  w.varint(blocks.length);
  for (const [block, bytes] of blocks) {
    w.varint(block);
    if (blockFile) blockFile(block, bytes);
    else w.block(bytes);
  }
}

/**
 * Lays `keys` (in name order, so every build makes the same files) out: the large keys (lists
 * and positions over {@link INLINE_LIMIT} bytes), numbered in name order, in files of their own;
 * the others in as many buckets as make them fill about {@link BUCKET_TARGET} bytes each, a power
 * of two. Returns the bucket count and the large keys' names for the manifest, and the files by
 * their index path.
 */
export function encodeBuckets(keys: readonly MergedKey[]): { buckets: number; largeKeys: string[]; files: Map<string, Uint8Array> } {
  const files = new Map<string, Uint8Array>();
  const small = keys.filter((key) => key.size <= INLINE_LIMIT);
  const large = keys.filter((key) => key.size > INLINE_LIMIT);
  const inlineBytes = small.reduce((n, key) => n + key.size + key.name.length * 3 + 8, 0);
  const buckets = 2 ** Math.max(0, Math.ceil(Math.log2(Math.max(1, inlineBytes / BUCKET_TARGET))));
  const writers = Array.from({ length: buckets }, () => new ByteWriter());
  for (const key of small) {
    const w = writers[hashKey(key.name) % buckets]!;
    w.string(key.name);
    writeKey(w, key);
  }
  writers.forEach((writer, bucket) => files.set(indexPaths.bucket(bucket), writer.done()));
  large.forEach((key, number) => {
    const w = new ByteWriter();
    writeKey(w, key, (block, bytes) => files.set(indexPaths.positions(number, block), bytes));
    files.set(indexPaths.lists(number), w.done());
  });
  return { buckets, largeKeys: large.map((key) => key.name), files };
}

/** A key's documents, and those of them whose title holds the key (both ascending). */
export interface KeyLists {
  docs: Uint32Array;
  titles: Uint32Array;
}

/** A key as its bucket or its own file describes it, its lists decoded only when asked for. */
export interface KeyRecord {
  /** How many documents (or entries) hold the key. */
  df: number;
  positional: boolean;
  lists: () => Promise<KeyLists>;
  /** Position blocks by block number: inline bytes, or the path of a file. */
  blocks: Map<number, Uint8Array | string>;
  /** Bytes the key takes in its bucket or its own file, for the benchmark's account of what the index holds. */
  bytes: number;
}

/** Reads one key from `reader`; `blockFile` names the files of a large key's position blocks. */
function readKey(reader: ByteReader, blockFile?: (block: number) => string): Omit<KeyRecord, 'bytes'> {
  const flags = reader.varint();
  const df = reader.varint();
  // Decoded when first asked for: a bucket holds thousands of keys and a query needs a few.
  const docs = reader.block();
  const titles = reader.block();
  let once: ReturnType<KeyRecord['lists']> | undefined;
  const lists = () => (once ??= Promise.resolve({ docs: decodeList(docs), titles: decodeList(titles) }));
  const blocks = new Map<number, Uint8Array | string>();
  if (flags & POSITIONAL) {
    const count = reader.varint();
    for (let b = 0; b < count; b++) {
      const block = reader.varint();
      blocks.set(block, blockFile ? blockFile(block) : reader.block());
    }
  }
  return { df, positional: (flags & POSITIONAL) !== 0, lists, blocks };
}

/** Reads a bucket (its bytes): its keys by name. */
export function decodeBucket(bytes: Uint8Array): Map<string, KeyRecord> {
  const reader = new ByteReader(bytes);
  const keys = new Map<string, KeyRecord>();
  while (!reader.done) {
    const start = reader.offset;
    const name = reader.string();
    const key = readKey(reader);
    keys.set(name, { ...key, bytes: reader.offset - start });
  }
  return keys;
}

/** Reads the file of large key number `number` (its bytes); its position blocks are named, to be fetched when a query needs them. */
export function decodeLargeKey(bytes: Uint8Array, number: number): KeyRecord {
  return { ...readKey(new ByteReader(bytes), (block) => indexPaths.positions(number, block)), bytes: bytes.length };
}
