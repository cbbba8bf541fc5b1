// The files of the search index, shared by the builder (Node) and the search page (browser): names,
// the manifest, and the compact binary lists. No Node or browser-only API.

import { folderName, urls } from '../urls.ts';

/** The folder of the index in the built site. */
export const INDEX_DIR = folderName(urls.searchIndex());

/** Bumped whenever the files change shape, so a cached shard or an old page never misreads them. */
export const FORMAT_VERSION = 1;

/**
 * Documents per block of a key's position lists. A query that must check where its characters
 * stand loads only the blocks that hold its candidates: awards (one short document each) and
 * pages live in different blocks, so a phrase found only in award titles never loads the
 * positions of a common word in every page.
 */
export const BLOCK_DOCS = 4096;

/** Separates a filter's name from its value in the key of the filter's entry list. */
const FILTER_KEY = '\u0001';

/** The key of the list of entries that carry `value` for `filter`. */
export function filterKey(filter: string, value: string): string {
  return `${FILTER_KEY}${filter}${FILTER_KEY}${value}`;
}

/** Starts the key of the documents holding a word that begins with a given prefix. */
const PREFIX_KEY = '\u0002';

/**
 * The shortest and the longest prefix of a word of letters or digits that is indexed: `iso` finds
 * `iso9001` and `202` finds `2020`, while one letter or digit alone still means only itself.
 */
export const WORD_PREFIX = { min: 2, max: 16 } as const;

/** The key of the documents holding a word that begins with `prefix` (and is longer). */
export function prefixKey(prefix: string): string {
  return `${PREFIX_KEY}${prefix}`;
}

/** A kind of entry, in the order entries are numbered. */
export type EntryKind = 'page' | 'award' | 'unit';

/** The order in which entries (and their documents) are numbered: pages, then awards, then units. */
export const ENTRY_KINDS: readonly EntryKind[] = ['page', 'award', 'unit'];

/** `manifest.json`: everything the search page needs before it looks up a key. */
export interface IndexManifest {
  version: number;
  /** Key buckets: a key lives in bucket `hashKey(key) % buckets`. */
  buckets: number;
  /** Entries (results) and documents (their parts) of each kind, in {@link ENTRY_KINDS} order. */
  kinds: Array<{ kind: EntryKind; entries: number; docs: number }>;
  /** Groups (dossiers). Each has one context document, numbered after every entry's documents. */
  groups: number;
  /** The filters, in the order the search page shows them, with how many values each has. */
  filters: Array<{ name: string; values: number }>;
  /** Fragment files (the text of entries, for excerpts). */
  fragments: number;
}

/** Paths of the index files, relative to {@link INDEX_DIR}. */
export const indexPaths = {
  manifest: () => 'manifest.json',
  entries: () => 'entries.bin',
  bucket: (bucket: number) => `k/${bucket}.bin`,
  /** A key too large for its bucket: its document lists. */
  lists: (bucket: number, ordinal: number) => `x/${bucket}-${ordinal}.bin`,
  /** A key too large for its bucket: one block of its positions. */
  positions: (bucket: number, ordinal: number, block: number) => `x/${bucket}-${ordinal}-${block}.bin`,
  fragment: (file: number) => `f/${file}.json`,
  filterValues: (filter: number) => `filters/${filter}.json`,
  /** Which values of a filter each entry carries, as runs of entries (see {@link encodeEntryValues}). */
  filterEntries: (filter: number) => `filters/${filter}.bin`,
} as const;

/**
 * The keys of an award result's facts in an entry's `meta`, which the search page shows as one
 * line. Here rather than with the award entries, so the search page does not bundle the schemas.
 */
export const AWARD_META = { years: 'years', level: 'level', unit: 'unit', dossier: 'dossier', dossierUrl: 'dossierUrl' } as const;

/** One entry's text and what the result line shows, as stored in a fragment file. */
export interface EntryFragment {
  url: string;
  title: string;
  kind: EntryKind;
  /** Facts the result line shows (an award's years, level, unit and dossier). */
  meta: Record<string, string>;
  /** The entry's parts: the first is the entry itself, the others its headed sections. */
  segments: Array<{ anchor?: string; title: string; paragraphs: string[] }>;
}

/** FNV-1a over UTF-16 units: the bucket of a key, the same in Node and every browser. */
export function hashKey(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** A growable byte buffer with LEB128 varints. */
export class ByteWriter {
  private buffer = new Uint8Array(256);
  length = 0;

  private room(extra: number): void {
    if (this.length + extra <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < this.length + extra) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }

  varint(value: number): void {
    this.room(5);
    let v = value >>> 0;
    while (v >= 0x80) {
      this.buffer[this.length++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.buffer[this.length++] = v;
  }

  bytes(bytes: Uint8Array): void {
    this.room(bytes.length);
    this.buffer.set(bytes, this.length);
    this.length += bytes.length;
  }

  /** Length-prefixed bytes. */
  block(bytes: Uint8Array): void {
    this.varint(bytes.length);
    this.bytes(bytes);
  }

  string(text: string): void {
    this.block(new TextEncoder().encode(text));
  }

  done(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }

  /** The bytes written so far, without copying: valid until the next write. */
  view(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }
}

/** Reads what {@link ByteWriter} wrote. */
export class ByteReader {
  offset = 0;
  readonly bytes: Uint8Array;
  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
  }

  get done(): boolean {
    return this.offset >= this.bytes.length;
  }

  varint(): number {
    let value = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = this.bytes[this.offset++]!;
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return value;
  }

  take(length: number): Uint8Array {
    const out = this.bytes.subarray(this.offset, this.offset + length);
    this.offset += length;
    return out;
  }

  block(): Uint8Array {
    return this.take(this.varint());
  }

  string(): string {
    return new TextDecoder().decode(this.block());
  }
}

const DELTAS = 0;
const BITMAP = 1;

/**
 * Encodes a sorted list of distinct numbers as deltas or as a bitmap, whichever is smaller: a
 * word found in most documents costs one bit per document, a rare one a byte or two per hit.
 */
export function encodeList(ids: ArrayLike<number>): Uint8Array {
  const out = new ByteWriter();
  const n = ids.length;
  if (n === 0) {
    out.varint(DELTAS);
    out.varint(0);
    return out.done();
  }
  const first = ids[0]!;
  const span = ids[n - 1]! - first + 1;
  const deltas = new ByteWriter();
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
    out.bytes(deltas.done());
  }
  return out.done();
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

/**
 * Encodes which values (numbers into a filter's value list) each entry carries, as runs of
 * consecutive entries that carry the same values: a dossier's pages and awards share their unit,
 * so a filter costs a few bytes per dossier, not per entry. Each run is its length, then the
 * number of values and the values.
 */
export function encodeEntryValues(values: ReadonlyArray<readonly number[]>): Uint8Array {
  const out = new ByteWriter();
  for (let e = 0; e < values.length; ) {
    const same = values[e]!;
    let end = e + 1;
    while (end < values.length && values[end]!.length === same.length && values[end]!.every((v, i) => v === same[i])) end++;
    out.varint(end - e);
    out.varint(same.length);
    for (const v of same) out.varint(v);
    e = end;
  }
  return out.done();
}

/** Decodes {@link encodeEntryValues}: entry e carries `values[starts[e]]` up to `values[starts[e + 1]]`. */
export function decodeEntryValues(bytes: Uint8Array, entries: number): { starts: Uint32Array; values: Uint32Array } {
  const reader = new ByteReader(bytes);
  const starts = new Uint32Array(entries + 1);
  const values: number[] = [];
  let e = 0;
  while (!reader.done && e < entries) {
    const run = reader.varint();
    const set = Array.from({ length: reader.varint() }, () => reader.varint());
    for (let k = 0; k < run && e < entries; k++, e++) {
      starts[e] = values.length;
      values.push(...set);
    }
  }
  for (; e <= entries; e++) starts[e] = values.length;
  return { starts, values: Uint32Array.from(values) };
}
