// Indexes the entries of one shard (some groups of a site) into postings: which documents hold each
// key, and for keys of two characters and words also where. Pure computation, run on a worker
// thread per shard; the shards are merged into one index afterwards (merge-index.ts).
import { ByteReader, ByteWriter, encodeList, ENTRY_KINDS, filterKey, type EntryFragment } from './format.ts';
import { CharClass, charClass, foldText } from './fold.ts';
import type { SearchEntry, SearchGroup } from './search-input.ts';

/** Keeps title, paragraphs and hidden words apart in a document's folded text: no key spans two. */
export const PART_SEPARATOR = '\u0001';

/** A key's postings in one shard, numbered within the shard. */
export interface ShardKey {
  /** Documents (or, for a filter, entries) holding the key, ascending. */
  docs: number[];
  /** The documents whose title holds the key. */
  titles: number[];
  /** Positions per document (same order as `docs`), for keys of two characters and words. */
  positions?: number[][];
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

const classCache = new Map<string, CharClass>();
function classOf(char: string): CharClass {
  let c = classCache.get(char);
  if (c === undefined) classCache.set(char, (c = charClass(char)));
  return c;
}

class Postings {
  readonly keys = new Map<string, ShardKey>();

  private key(name: string, positional: boolean): ShardKey {
    let key = this.keys.get(name);
    if (!key) {
      key = { docs: [], titles: [] };
      if (positional) key.positions = [];
      this.keys.set(name, key);
    }
    return key;
  }

  add(name: string, doc: number, inTitle: boolean, position: number | undefined): void {
    const key = this.key(name, position !== undefined);
    if (key.docs.at(-1) !== doc) {
      key.docs.push(doc);
      key.positions?.push([]);
    }
    if (position !== undefined) key.positions!.at(-1)!.push(position);
    if (inTitle && key.titles.at(-1) !== doc) key.titles.push(doc);
  }

  addEntry(name: string, entry: number): void {
    const key = this.key(name, false);
    key.entries = true;
    if (key.docs.at(-1) !== entry) key.docs.push(entry);
  }
}

/**
 * Indexes one document: its title (with the names that go with it) and its body parts. Chinese
 * characters give one-character keys (where they are not needed) and two-character keys with
 * positions; runs of letters and digits give word keys with positions.
 */
function indexDoc(postings: Postings, doc: number, title: string, parts: readonly string[]): void {
  const foldedTitle = foldText(title).text;
  const text = [foldedTitle, ...parts.map((part) => foldText(part).text)].join(PART_SEPARATOR);
  const titleEnd = foldedTitle.length;
  let previousHan = '';
  let previousAt = -1;
  let word = '';
  let wordAt = -1;
  const endWord = () => {
    if (word !== '') postings.add(word, doc, wordAt < titleEnd, wordAt);
    word = '';
  };
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const char = cp > 0xffff ? text.slice(i, i + 2) : text[i]!;
    const cls = classOf(char);
    if (cls === CharClass.Han) {
      endWord();
      const inTitle = i < titleEnd;
      postings.add(char, doc, inTitle, undefined);
      if (previousHan !== '') postings.add(previousHan + char, doc, previousAt < titleEnd, previousAt);
      previousHan = char;
      previousAt = i;
    } else {
      previousHan = '';
      if (cls === CharClass.Word) {
        if (word === '') wordAt = i;
        word += char;
      } else endWord();
    }
    i += char.length;
  }
  endWord();
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
  return { kinds, groups: groups.length, entryDocs, entryNamed, entryGroups, keys: postings.keys, fragments, filterCounts };
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
  for (const [name, key] of shard.keys) {
    out.string(name);
    out.varint((key.positions ? 1 : 0) | (key.entries ? 2 : 0));
    out.block(encodeList(key.docs));
    out.block(encodeList(key.titles));
    if (key.positions) {
      const positions = new ByteWriter();
      for (const list of key.positions) {
        positions.varint(list.length);
        let previous = 0;
        for (const p of list) {
          positions.varint(p - previous);
          previous = p;
        }
      }
      out.block(positions.done());
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
