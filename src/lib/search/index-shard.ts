// Indexes the entries of one shard (some groups of a site) into postings: which documents hold each
// key, and for keys of two characters and words also where. Pure computation, run on a worker
// thread per shard; the shards are merged into one index afterwards (merge-index.ts).
import { ByteReader, ByteWriter, encodeList, ENTRY_KINDS, filterKey, prefixKey, WORD_PREFIX, type EntryFragment } from './format.ts';
import { CharClass, charClass, foldText } from './fold.ts';
import type { SearchEntry, SearchGroup } from './search-input.ts';

/** Keeps title, paragraphs and hidden words apart in a document's folded text: no key spans two. */
const PART_SEPARATOR = '\u0001';

/** A key's postings in one shard, numbered within the shard. */
export interface ShardKey {
  /** Documents (or, for a filter, entries) holding the key, ascending. */
  docs: number[];
  /** The documents whose title holds the key. */
  titles: number[];
  /** For keys of two characters and words: how many positions each document has (same order as `docs`)... */
  counts?: number[];
  /** ...and the positions themselves, document after document. */
  positions?: number[];
  /** The list numbers entries, not documents: a filter value's entries. */
  entries?: boolean;
}

/** What one shard contributes to the index. */
export interface ShardIndex {
  /** Entries and documents of each kind, in {@link ENTRY_KINDS} order. */
  kinds: Array<{ entries: number; docs: number }>;
  /** Groups in the shard; each has one context document after all entry documents. */
  groups: number;
  /** Documents of each entry, in entry order. */
  entryDocs: number[];
  /** Whether each entry is named by more than its title (a dossier's overview, a unit's 荣誉榜): ranked first for those names. */
  entryNamed: boolean[];
  /** The group (index into the shard's groups) of each entry, in entry order. */
  entryGroups: number[];
  keys: Map<string, ShardKey>;
  /** Each entry's fragment, in entry order. */
  fragments: EntryFragment[];
  /** How many entries carry each value of each filter. */
  filterCounts: Map<string, Map<string, number>>;
}

// Character classes of the Basic Multilingual Plane, looked up once each (0: not yet).
const classTable = new Uint8Array(0x10000);
function classOfUnit(code: number): CharClass {
  let c = classTable[code]!;
  if (c === 0) classTable[code] = c = charClass(String.fromCharCode(code));
  return c as CharClass;
}

function newKey(positional: boolean): ShardKey {
  return positional ? { docs: [], titles: [], counts: [], positions: [] } : { docs: [], titles: [] };
}

// Keys of one or two characters of the Basic Multilingual Plane are numbered by their UTF-16
// units (a map of numbers is much faster than one of short strings, and they are most keys); words
// and characters beyond it keep string keys.
class Postings {
  readonly named = new Map<string, ShardKey>();
  readonly coded = new Map<number, ShardKey>();

  codedKey(code: number, positional: boolean): ShardKey {
    let key = this.coded.get(code);
    if (!key) this.coded.set(code, (key = newKey(positional)));
    return key;
  }

  namedKey(name: string, positional: boolean): ShardKey {
    let key = this.named.get(name);
    if (!key) this.named.set(name, (key = newKey(positional)));
    return key;
  }

  static add(key: ShardKey, doc: number, inTitle: boolean, position: number | undefined): void {
    const last = key.docs.length - 1;
    if (last < 0 || key.docs[last] !== doc) {
      key.docs.push(doc);
      key.counts?.push(0);
    }
    if (position !== undefined) {
      key.counts![key.counts!.length - 1]!++;
      key.positions!.push(position);
    }
    if (inTitle && key.titles[key.titles.length - 1] !== doc) key.titles.push(doc);
  }

  addEntry(name: string, entry: number): void {
    const key = this.namedKey(name, false);
    key.entries = true;
    if (key.docs[key.docs.length - 1] !== entry) key.docs.push(entry);
  }

  /** Every key by its name. */
  all(): Map<string, ShardKey> {
    const keys = new Map(this.named);
    for (const [code, key] of this.coded) keys.set(code < 0x10000 ? String.fromCharCode(code) : String.fromCharCode(Math.floor(code / 0x10000), code % 0x10000), key);
    return keys;
  }
}

/**
 * Indexes one document: its title (with the names that go with it) and its body parts. Chinese
 * characters give one-character keys (doc lists) and two-character keys with positions; runs of
 * letters and digits give word keys with positions, and keys of their beginnings (doc lists).
 */
function indexDoc(postings: Postings, doc: number, title: string, parts: readonly string[]): void {
  const foldedTitle = foldText(title).text;
  const text = [foldedTitle, ...parts.map((part) => foldText(part).text)].join(PART_SEPARATOR);
  const titleEnd = foldedTitle.length;
  // The previous Chinese character: its UTF-16 unit (BMP), or its string (beyond), or none.
  let previousCode = -1;
  let previousText = '';
  let previousAt = -1;
  let wordAt = -1;
  const endWord = (end: number) => {
    if (wordAt >= 0) {
      const inTitle = wordAt < titleEnd;
      Postings.add(postings.namedKey(text.slice(wordAt, end), true), doc, inTitle, wordAt);
      // Its beginnings, so a reader who types the start of a word or number finds it.
      for (let length = WORD_PREFIX.min; length < end - wordAt && length <= WORD_PREFIX.max; length++) {
        const last = text.charCodeAt(wordAt + length - 1);
        if (last >= 0xd800 && last <= 0xdbff) continue;
        Postings.add(postings.namedKey(prefixKey(text.slice(wordAt, wordAt + length)), false), doc, inTitle, undefined);
      }
    }
    wordAt = -1;
  };
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    const wide = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length;
    const char = wide ? text.slice(i, i + 2) : '';
    const cls = wide ? charClass(char) : classOfUnit(code);
    if (cls === CharClass.Han) {
      endWord(i);
      const inTitle = i < titleEnd;
      if (!wide) {
        Postings.add(postings.codedKey(code, false), doc, inTitle, undefined);
        if (previousCode >= 0) Postings.add(postings.codedKey(previousCode * 0x10000 + code, true), doc, previousAt < titleEnd, previousAt);
        else if (previousText) Postings.add(postings.namedKey(previousText + text[i], true), doc, previousAt < titleEnd, previousAt);
        previousCode = code;
        previousText = '';
      } else {
        Postings.add(postings.namedKey(char, false), doc, inTitle, undefined);
        const before = previousCode >= 0 ? String.fromCharCode(previousCode) : previousText;
        if (before) Postings.add(postings.namedKey(before + char, true), doc, previousAt < titleEnd, previousAt);
        previousCode = -1;
        previousText = char;
      }
      previousAt = i;
    } else {
      previousCode = -1;
      previousText = '';
      if (cls === CharClass.Word) {
        if (wordAt < 0) wordAt = i;
      } else endWord(i);
    }
    i += wide ? 2 : 1;
  }
  endWord(text.length);
}

/** The first segment's title, with the entry's other names, and its body with the hidden words. */
function docTexts(entry: SearchEntry, index: number): { title: string; parts: string[] } {
  const segment = entry.segments[index]!;
  if (index > 0) return { title: segment.title, parts: segment.paragraphs };
  return {
    title: [segment.title, ...(entry.names ?? [])].join(PART_SEPARATOR),
    parts: [...segment.paragraphs, ...(entry.hidden ?? [])],
  };
}

/**
 * Indexes a shard: `entries` must be in index order (kind, then group in `groups` order, then as
 * given) and belong to `groups`. Documents are numbered kind by kind, then one context document
 * per group; entries are numbered kind by kind.
 */
export function indexShard(groups: readonly SearchGroup[], entries: readonly SearchEntry[]): ShardIndex {
  const postings = new Postings();
  const kinds = ENTRY_KINDS.map(() => ({ entries: 0, docs: 0 }));
  const entryDocs: number[] = [];
  const entryNamed: boolean[] = [];
  const groupIndex = new Map(groups.map((group, i) => [group.id, i]));
  const entryGroups: number[] = [];
  const fragments: EntryFragment[] = [];
  const filterCounts = new Map<string, Map<string, number>>();
  let doc = 0;
  entries.forEach((entry, entryId) => {
    const kind = ENTRY_KINDS.indexOf(entry.kind);
    if (entry.segments.length === 0) throw new Error(`搜索条目没有内容：${entry.url}`);
    kinds[kind]!.entries++;
    kinds[kind]!.docs += entry.segments.length;
    entryDocs.push(entry.segments.length);
    entryNamed.push((entry.names ?? []).length > 0);
    const group = groupIndex.get(entry.group);
    if (group === undefined) throw new Error(`搜索条目的分组不存在：${entry.url}（${entry.group}）`);
    entryGroups.push(group);
    entry.segments.forEach((_, index) => {
      const { title, parts } = docTexts(entry, index);
      indexDoc(postings, doc++, title, parts);
    });
    for (const [name, values] of Object.entries(entry.filters)) {
      const counts = filterCounts.get(name) ?? new Map<string, number>();
      filterCounts.set(name, counts);
      for (const value of new Set(values)) {
        postings.addEntry(filterKey(name, value), entryId);
        counts.set(value, (counts.get(value) ?? 0) + 1);
      }
    }
    fragments.push({ url: entry.url, title: entry.title, kind: entry.kind, meta: entry.meta ?? {}, segments: entry.segments });
  });
  for (const group of groups) indexDoc(postings, doc++, '', group.context);
  return { kinds, groups: groups.length, entryDocs, entryNamed, entryGroups, keys: postings.all(), fragments, filterCounts };
}

/** Serialises a shard for the cache and the trip from its worker thread. */
export function encodeShard(shard: ShardIndex): Uint8Array {
  const out = new ByteWriter();
  out.varint(shard.kinds.length);
  for (const k of shard.kinds) {
    out.varint(k.entries);
    out.varint(k.docs);
  }
  out.varint(shard.groups);
  out.varint(shard.entryDocs.length);
  for (const n of shard.entryDocs) out.varint(n);
  for (const n of shard.entryGroups) out.varint(n);
  for (const named of shard.entryNamed) out.varint(named ? 1 : 0);
  out.string(JSON.stringify(shard.fragments));
  out.string(JSON.stringify([...shard.filterCounts].map(([name, counts]) => [name, [...counts]])));
  out.varint(shard.keys.size);
  const scratch = new ByteWriter();
  for (const [name, key] of shard.keys) {
    out.string(name);
    out.varint((key.positions ? 1 : 0) | (key.entries ? 2 : 0));
    out.block(encodeList(key.docs));
    out.block(encodeList(key.titles));
    if (key.positions) {
      scratch.length = 0;
      let at = 0;
      for (const count of key.counts!) {
        scratch.varint(count);
        let previous = 0;
        for (let j = 0; j < count; j++) {
          const p = key.positions[at++]!;
          scratch.varint(p - previous);
          previous = p;
        }
      }
      out.block(scratch.view());
    }
  }
  return out.done();
}

/** A key of an encoded shard, its lists still encoded. */
export interface EncodedShardKey {
  positional: boolean;
  entries: boolean;
  docs: Uint8Array;
  titles: Uint8Array;
  /** Per document: a count, then the positions as deltas. */
  positions?: Uint8Array;
}

/** A shard as {@link encodeShard} wrote it, its keys left encoded until they are merged. */
export interface EncodedShard extends Omit<ShardIndex, 'keys'> {
  keys: Map<string, EncodedShardKey>;
}

/** Reads {@link encodeShard}. */
export function decodeShard(bytes: Uint8Array): EncodedShard {
  const reader = new ByteReader(bytes);
  const kinds = Array.from({ length: reader.varint() }, () => ({ entries: reader.varint(), docs: reader.varint() }));
  const groups = reader.varint();
  const entryDocs = Array.from({ length: reader.varint() }, () => reader.varint());
  const entryGroups = entryDocs.map(() => reader.varint());
  const entryNamed = entryDocs.map(() => reader.varint() === 1);
  const fragments = JSON.parse(reader.string()) as EntryFragment[];
  const filterCounts = new Map((JSON.parse(reader.string()) as Array<[string, Array<[string, number]>]>).map(([name, counts]) => [name, new Map(counts)]));
  const keys = new Map<string, EncodedShardKey>();
  const count = reader.varint();
  for (let i = 0; i < count; i++) {
    const name = reader.string();
    const flags = reader.varint();
    const key: EncodedShardKey = { positional: (flags & 1) !== 0, entries: (flags & 2) !== 0, docs: reader.block(), titles: reader.block() };
    if (key.positional) key.positions = reader.block();
    keys.set(name, key);
  }
  return { kinds, groups, entryDocs, entryNamed, entryGroups, fragments, filterCounts, keys };
}
