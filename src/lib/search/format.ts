// The layout of the search index, shared by the builder (Node) and the search page (browser): the
// files' names, the manifest, how keys are named and bucketed, and what an entry's fragment holds.
// The encodings of the binary files live with their readers and writers (byte-codec.ts,
// posting-lists.ts, entry-values.ts, entry-table.ts, key-bucket.ts). No Node or browser-only API.

import { folderName, urls } from '../urls.ts';

/** The folder of the index in the built site. */
export const INDEX_DIR = folderName(urls.searchIndex());

/** Bumped whenever the files change shape, so a cached shard or an old page never misreads them. */
export const FORMAT_VERSION = 2;

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

/** Whether an index key is a filter value's entry list (see {@link filterKey}). */
export function isFilterKey(key: string): boolean {
  return key.startsWith(FILTER_KEY);
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

/** Whether an index key lists the documents of a word beginning (see {@link prefixKey}). */
export function isPrefixKey(key: string): boolean {
  return key.startsWith(PREFIX_KEY);
}

/** A kind of entry, in the order entries are numbered. */
export type EntryKind = 'page' | 'award' | 'unit';

/** The order in which entries (and their documents) are numbered: pages, then awards, then units. */
export const ENTRY_KINDS: readonly EntryKind[] = ['page', 'award', 'unit'];

/** `manifest.json`: everything the search page needs before it looks up a key. */
export interface IndexManifest {
  version: number;
  /** Key buckets: a small key lives in bucket `hashKey(key) % buckets`. */
  buckets: number;
  /**
   * The large keys, in name order: key number n has its lists in `x/<n>.bin`, so a query fetches
   * them at once instead of a bucket first.
   */
  largeKeys: string[];
  /** Entries (results) and documents (their parts) of each kind, in {@link ENTRY_KINDS} order. */
  kinds: Array<{ kind: EntryKind; entries: number; docs: number }>;
  /** Groups (dossiers). Each has one context document, numbered after every entry's documents. */
  groups: number;
  /** The filters, in the order the search page shows them, with how many values each has. */
  filters: Array<{ name: string; values: number }>;
  /** Fragment files (the text of entries, for excerpts). */
  fragments: number;
}

/**
 * How the search engine reads index files, by their paths relative to {@link INDEX_DIR}: over
 * HTTP on the search page, from disk in Node.
 */
export interface IndexFiles {
  bytes(path: string): Promise<Uint8Array>;
  json<T>(path: string): Promise<T>;
}

/** Paths of the index files, relative to {@link INDEX_DIR}. */
export const indexPaths = {
  manifest: () => 'manifest.json',
  entries: () => 'entries.bin',
  bucket: (bucket: number) => `k/${bucket}.bin`,
  /** Large key number `key` (see {@link IndexManifest.largeKeys}): its lists and which position blocks it has. */
  lists: (key: number) => `x/${key}.bin`,
  /** Large key number `key`: a run of its position blocks, named by the first. */
  positions: (key: number, firstBlock: number) => `x/${key}-${firstBlock}.bin`,
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
