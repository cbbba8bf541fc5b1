// `k/<bucket>.bin` and `x/…`: the keys of the index, hashed into buckets of a few kilobytes so the
// search page loads only the buckets of the keys a query has. A key whose lists are too large to
// share a bucket keeps only its name and counts there, and its lists and position blocks in
// files of their own. Written by the builder, read by the query engine: the layout is here once.
import { ByteReader, ByteWriter } from './byte-codec.ts';
import { hashKey, indexPaths, type IndexFiles } from './format.ts';
import type { MergedKey } from './merge-keys.ts';
import { decodeList } from './posting-lists.ts';

/** A key whose lists are larger than this many bytes gets files of its own instead of sharing its bucket. */
const INLINE_LIMIT = 1024;
/** Bytes a bucket of small keys aims at. */
const BUCKET_TARGET = 4096;

// Flags of a key in its bucket.
/** The key has position blocks (two characters, or a word). */
const POSITIONAL = 1;
/** The key's list numbers entries, not documents (a filter value). */
const ENTRIES = 2;
/** The key's lists and position blocks are in files of their own. */
const EXTERNAL = 4;

/**
 * Lays `keys` (in name order, so every build makes the same files) out into buckets: as many as
 * make the small keys fill about {@link BUCKET_TARGET} bytes each, a power of two. Returns the
 * bucket count for the manifest and the files by their index path.
 */
export function encodeBuckets(keys: readonly MergedKey[]): { buckets: number; files: Map<string, Uint8Array> } {
  const files = new Map<string, Uint8Array>();
  const inlineBytes = keys.reduce((n, key) => n + (key.size <= INLINE_LIMIT ? key.size + key.name.length * 3 + 8 : 16), 0);
  const buckets = 2 ** Math.max(0, Math.ceil(Math.log2(Math.max(1, inlineBytes / BUCKET_TARGET))));
  const bucketWriters = Array.from({ length: buckets }, () => ({ writer: new ByteWriter(), keys: 0 }));
  for (const key of keys) {
    const bucket = hashKey(key.name) % buckets;
    const target = bucketWriters[bucket]!;
    const ordinal = target.keys++;
    const external = key.size > INLINE_LIMIT;
    const w = target.writer;
    w.string(key.name);
    w.varint((key.positional ? POSITIONAL : 0) | (key.entries ? ENTRIES : 0) | (external ? EXTERNAL : 0));
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
  return { buckets, files };
}

/** A key's documents, and those of them whose title holds the key (both ascending). */
export interface KeyLists {
  docs: Uint32Array;
  titles: Uint32Array;
}

/** A key as its bucket describes it, its lists decoded or fetched only when asked for. */
export interface KeyRecord {
  /** How many documents (or entries) hold the key. */
  df: number;
  positional: boolean;
  lists: () => Promise<KeyLists>;
  /** Position blocks by block number: inline bytes, or the path of a file. */
  blocks: Map<number, Uint8Array | string>;
  /** Bytes the key takes in its bucket, for the benchmark's account of what the index holds. */
  bucketBytes: number;
  /** The file of a large key's lists; its position blocks name theirs in `blocks`. */
  listsFile?: string;
}

/** Reads bucket number `bucket` (its bytes); a large key's files are fetched through `files` when first asked for. */
export function decodeBucket(bytes: Uint8Array, bucket: number, files: IndexFiles): Map<string, KeyRecord> {
  const reader = new ByteReader(bytes);
  const keys = new Map<string, KeyRecord>();
  for (let ordinal = 0; !reader.done; ordinal++) {
    const start = reader.offset;
    const name = reader.string();
    const flags = reader.varint();
    const df = reader.varint();
    const external = (flags & EXTERNAL) !== 0;
    let lists: KeyRecord['lists'];
    const listsFile = external ? indexPaths.lists(bucket, ordinal) : undefined;
    if (listsFile) {
      let once: ReturnType<KeyRecord['lists']> | undefined;
      lists = () =>
        (once ??= files.bytes(listsFile).then((b) => {
          const r = new ByteReader(b);
          return { docs: decodeList(r.block()), titles: decodeList(r.block()) };
        }));
    } else {
      // Decoded when first asked for: a bucket holds thousands of keys and a query needs a few.
      const docs = reader.block();
      const titles = reader.block();
      let once: ReturnType<KeyRecord['lists']> | undefined;
      lists = () => (once ??= Promise.resolve({ docs: decodeList(docs), titles: decodeList(titles) }));
    }
    const blocks = new Map<number, Uint8Array | string>();
    if (flags & POSITIONAL) {
      const count = reader.varint();
      for (let b = 0; b < count; b++) {
        const block = reader.varint();
        if (external) {
          reader.varint();
          blocks.set(block, indexPaths.positions(bucket, ordinal, block));
        } else blocks.set(block, reader.block());
      }
    }
    keys.set(name, { df, positional: (flags & POSITIONAL) !== 0, lists, blocks, bucketBytes: reader.offset - start, ...(listsFile ? { listsFile } : {}) });
  }
  return keys;
}
