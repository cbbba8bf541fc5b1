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
/**
 * A large key's position blocks smaller than this share files with their neighbours, up to
 * {@link RUN_LIMIT} bytes a file: the blocks of award titles are a few hundred bytes each, and a
 * phrase found in awards would otherwise fetch one small file per block, six at a time over
 * HTTP/1.1. Larger blocks (a common word's in pages) keep files of their own, so a query never
 * fetches more than a few small blocks it does not need.
 */
const SMALL_BLOCK = 4096;
/** Bytes of small position blocks one file may hold. */
const RUN_LIMIT = 16384;

// Flags of a key, in its bucket or its own file.
/** The key has position blocks (two characters, or a word). */
const POSITIONAL = 1;
/** The key's list numbers entries, not documents (a filter value). */
const ENTRIES = 2;

/**
 * A large key's position blocks (ascending) grouped into the files that hold them: consecutive
 * blocks under {@link SMALL_BLOCK} bytes together, up to {@link RUN_LIMIT} bytes a file.
 */
export function blockRuns(blocks: ReadonlyArray<readonly [number, Uint8Array]>): Array<Array<readonly [number, Uint8Array]>> {
  const runs: Array<Array<readonly [number, Uint8Array]>> = [];
  let run: Array<readonly [number, Uint8Array]> = [];
  let bytes = 0;
  for (const block of blocks) {
    const size = block[1].length;
    const small = size < SMALL_BLOCK;
    const joins = small && run.length > 0 && run[run.length - 1]![1].length < SMALL_BLOCK && bytes + size <= RUN_LIMIT;
    if (!joins && run.length > 0) {
      runs.push(run);
      run = [];
      bytes = 0;
    }
    run.push(block);
    bytes += size;
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * Writes a key's flags, count, lists and position blocks: a small key's blocks inline into `w`, a
 * large key's (when `runFile` is given) into files of a run of blocks each, `w` saying which.
 */
function writeKey(w: ByteWriter, key: MergedKey, runFile?: (firstBlock: number, bytes: Uint8Array) => void): void {
  w.varint((key.positional ? POSITIONAL : 0) | (key.entries ? ENTRIES : 0));
  w.varint(key.df);
  w.block(key.docs);
  w.block(key.titles);
  if (!key.positional) return;
  const blocks = [...key.blocks].sort(([a], [b]) => a - b);
  if (!runFile) {
    w.varint(blocks.length);
    for (const [block, bytes] of blocks) {
      w.varint(block);
      w.block(bytes);
    }
    return;
  }
  const runs = blockRuns(blocks);
  w.varint(runs.length);
  for (const run of runs) {
    w.varint(run.length);
    const file = new ByteWriter();
    for (const [block, bytes] of run) {
      w.varint(block);
      w.varint(bytes.length);
      file.bytes(bytes);
    }
    runFile(run[0]![0], file.done());
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
    writeKey(w, key, (firstBlock, bytes) => files.set(indexPaths.positions(number, firstBlock), bytes));
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
  /** Position blocks by block number: inline bytes, or where they are in a file. */
  blocks: Map<number, Uint8Array | BlockPlace>;
  /** Bytes the key takes in its bucket or its own file, for the benchmark's account of what the index holds. */
  bytes: number;
}

/** Where a large key's position block is: the file of its run of blocks, and its bytes in it. */
export interface BlockPlace {
  path: string;
  start: number;
  end: number;
}

/** Reads one key from `reader`; `runFile` names the files of a large key's runs of position blocks by their first block. */
function readKey(reader: ByteReader, runFile?: (firstBlock: number) => string): Omit<KeyRecord, 'bytes'> {
  const flags = reader.varint();
  const df = reader.varint();
  // Decoded when first asked for: a bucket holds thousands of keys and a query needs a few.
  const docs = reader.block();
  const titles = reader.block();
  let once: ReturnType<KeyRecord['lists']> | undefined;
  const lists = () => (once ??= Promise.resolve({ docs: decodeList(docs), titles: decodeList(titles) }));
  const blocks = new Map<number, Uint8Array | BlockPlace>();
  if (flags & POSITIONAL && !runFile) {
    const count = reader.varint();
    for (let b = 0; b < count; b++) {
      const block = reader.varint();
      blocks.set(block, reader.block());
    }
  } else if (flags & POSITIONAL && runFile) {
    const runs = reader.varint();
    for (let r = 0; r < runs; r++) {
      const count = reader.varint();
      let path = '';
      let start = 0;
      for (let b = 0; b < count; b++) {
        const block = reader.varint();
        if (b === 0) path = runFile(block);
        const end = start + reader.varint();
        blocks.set(block, { path, start, end });
        start = end;
      }
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

/** Reads the file of large key number `number` (its bytes); its position blocks are placed in their files, to be fetched when a query needs them. */
export function decodeLargeKey(bytes: Uint8Array, number: number): KeyRecord {
  return { ...readKey(new ByteReader(bytes), (block) => indexPaths.positions(number, block)), bytes: bytes.length };
}
