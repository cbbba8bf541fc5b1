// The search itself, as the search page runs it in the browser (and the tests in Node): looks up
// the keys of a query in the index files, keeps the entries that hold every term, ranks them and
// reads the text of the ones shown. Loads only what a query needs. No Node or browser-only API:
// files come through the `IndexFiles` the caller gives.
import { BLOCK_DOCS, ByteReader, decodeEntryValues, decodeList, filterKey, hashKey, indexPaths, prefixKey, WORD_PREFIX, type EntryFragment, type EntryKind, type IndexManifest } from './format.ts';
import { foldText } from './fold.ts';
import { loosenTerms, parseQuery, type Term } from './query.ts';

/** How the engine reads index files: relative paths inside the index folder. */
export interface IndexFiles {
  bytes(path: string): Promise<Uint8Array>;
  json<T>(path: string): Promise<T>;
}

interface KeyRecord {
  df: number;
  positional: boolean;
  lists: () => Promise<{ docs: Uint32Array; titles: Uint32Array }>;
  /** Position blocks by block number: inline bytes, or the path of a file. */
  blocks: Map<number, Uint8Array | string>;
}

/** A piece of an excerpt: text as written, marked where it matched. */
export interface Highlight {
  text: string;
  mark?: boolean;
}

/** A result as the page shows it. */
export interface ResultView {
  entry: number;
  kind: EntryKind;
  url: string;
  title: string;
  meta: Record<string, string>;
  excerpt: Highlight[];
  /** The entry's headed sections that hold the query, best first. */
  sections: Array<{ url: string; title: string; excerpt: Highlight[] }>;
}

/** Filter values chosen on the page: a result must carry one of the values of every filter. */
export type FilterChoice = Record<string, readonly string[]>;

/** What a search found. */
export interface SearchOutcome {
  terms: Term[];
  /** The strict reading found nothing and these are the looser terms that found the results. */
  loosened?: Term[];
  /** Entry numbers, best first. */
  ranked: Uint32Array;
}

// Weights of where a term was found: the name of an entry that stands for its unit (a dossier's
// overview, a unit's 荣誉榜), the entry's own title, a heading inside it, its text, or only the
// unit or dossier it belongs to.
const NAMED = 16;
const NAME = 8;
const HEADING = 4;
const TEXT = 2;
const CONTEXT = 1;

/** The documents that hold a term, and those of them whose title holds it (ascending). */
interface TermMatch {
  docs: Uint32Array;
  titles: Uint32Array;
}

/**
 * Terms whose matches are kept: a reader who adds a word or a filter to a query, or goes back to
 * an earlier one, is answered without checking positions again.
 */
const MATCH_CACHE = 64;

/** First index in `list[from…]` whose value is at least `value` (galloping, then binary search). */
function seek(list: Uint32Array, value: number, from: number): number {
  let step = 1;
  let lo = from;
  let hi = from;
  while (hi < list.length && list[hi]! < value) {
    lo = hi + 1;
    hi += step;
    step *= 2;
  }
  hi = Math.min(hi, list.length);
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Sorted intersection of two ascending lists. When one is much shorter, each of its values is
 * sought in the other by galloping, so a rare key against a key in every document costs a few
 * steps per rare hit instead of a walk through the long list.
 */
function intersect(a: Uint32Array, b: Uint32Array): Uint32Array {
  if (a.length > b.length) [a, b] = [b, a];
  const out = new Uint32Array(a.length);
  let n = 0;
  if (a.length * 16 < b.length) {
    let j = 0;
    for (let i = 0; i < a.length && j < b.length; i++) {
      j = seek(b, a[i]!, j);
      if (b[j] === a[i]) out[n++] = a[i]!;
    }
    return out.subarray(0, n);
  }
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      out[n++] = a[i]!;
      i++;
      j++;
    }
  }
  return out.subarray(0, n);
}

/** The union of two ascending lists of distinct values. */
function union(a: Uint32Array, b: Uint32Array): Uint32Array {
  const out = new Uint32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]! < b[j]!)) out[n++] = a[i++]!;
    else if (i >= a.length || b[j]! < a[i]!) out[n++] = b[j++]!;
    else {
      out[n++] = a[i++]!;
      j++;
    }
  }
  return out.subarray(0, n);
}

/** The intersection of several ascending lists, shortest first, stopping as soon as it is empty. */
function intersectAll(lists: readonly Uint32Array[]): Uint32Array {
  const sorted = [...lists].sort((a, b) => a.length - b.length);
  let out = sorted[0] ?? new Uint32Array();
  for (let i = 1; i < sorted.length && out.length > 0; i++) out = intersect(out, sorted[i]!);
  return out;
}

/** The keys a term is looked up by, and which of them must be checked by position. */
function keysOf(term: Term): { all: string[]; tiles: Array<{ key: string; offset: number }> } {
  const all: string[] = [];
  const tiles: Array<{ key: string; offset: number }> = [];
  for (const part of term.parts) {
    const chars = [...part.text];
    if (part.kind === 'word') {
      all.push(part.text);
      tiles.push({ key: part.text, offset: part.offset });
    } else if (chars.length === 1) all.push(part.text);
    else {
      // Every two-character key narrows the candidates; a tiling of them (every other one, and
      // the last) pins down every character's place.
      let offset = part.offset;
      for (let i = 0; i + 1 < chars.length; i++) {
        const key = chars[i]! + chars[i + 1]!;
        all.push(key);
        if (i % 2 === 0 || i === chars.length - 2) tiles.push({ key, offset });
        offset += chars[i]!.length;
      }
    }
  }
  // A single key (one character, two characters or one word) is exact without positions.
  const exact = all.length === 1 && term.parts.length === 1;
  return { all: [...new Set(all)], tiles: exact ? [] : tiles };
}

/**
 * A block of a key's positions: every document of the key in the block, in order, each as a
 * count and that many deltas. Where each document starts is found once, by counting the last
 * byte of each number without decoding it; a document's positions are decoded only when asked.
 */
class PositionBlock {
  private readonly bytes: Uint8Array;
  /** The key's documents in this block that have positions here, ascending... */
  private readonly docs: Uint32Array;
  /** ...and where each one's count starts in {@link bytes}. */
  private readonly starts: Uint32Array;

  constructor(bytes: Uint8Array, keyDocs: Uint32Array, block: number) {
    this.bytes = bytes;
    const from = seek(keyDocs, block * BLOCK_DOCS, 0);
    const to = seek(keyDocs, (block + 1) * BLOCK_DOCS, from);
    const starts = new Uint32Array(to - from);
    let at = 0;
    let n = 0;
    while (n < starts.length && at < bytes.length) {
      starts[n++] = at;
      let count = 0;
      let shift = 0;
      let byte: number;
      do {
        byte = bytes[at++]!;
        count += (byte & 0x7f) * 2 ** shift;
        shift += 7;
      } while (byte & 0x80);
      for (let k = 0; k < count; at++) if ((bytes[at]! & 0x80) === 0) k++;
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

/**
 * Whether the tiles of a term stand where the term puts them: some start such that every tile's
 * key is at start + its offset. `positions[i]` are tile i's positions in the document, ascending.
 * Walks from the tile with the fewest positions, each other tile's list once.
 */
export function tilesAlign(positions: readonly (readonly number[])[], offsets: readonly number[]): boolean {
  let anchor = 0;
  for (let i = 1; i < positions.length; i++) if (positions[i]!.length < positions[anchor]!.length) anchor = i;
  const cursors = new Array<number>(positions.length).fill(0);
  next: for (const p of positions[anchor]!) {
    const start = p - offsets[anchor]!;
    for (let i = 0; i < positions.length; i++) {
      if (i === anchor) continue;
      const list = positions[i]!;
      const want = start + offsets[i]!;
      let c = cursors[i]!;
      while (c < list.length && list[c]! < want) c++;
      cursors[i] = c;
      if (c === list.length) return false;
      if (list[c] !== want) continue next;
    }
    return true;
  }
  return false;
}

/** Where each term matches in a paragraph's folded text. */
function markRanges(folded: string, terms: readonly Term[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const term of terms) {
    for (const part of term.parts) {
      if (part.text === '') continue;
      for (let at = folded.indexOf(part.text); at >= 0; at = folded.indexOf(part.text, at + 1)) ranges.push([at, at + part.text.length]);
    }
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** How many characters of text an excerpt shows around its first match. */
const EXCERPT = 90;

/**
 * The excerpt of a segment: the paragraph that holds the most terms, cut around its first match,
 * with the matches marked, in the text as written (only the ends are cut, with an ellipsis).
 */
function excerpt(paragraphs: readonly string[], terms: readonly Term[]): { highlights: Highlight[]; found: number } {
  let best = { index: 0, found: -1, ranges: [] as Array<[number, number]>, source: [] as number[] };
  paragraphs.forEach((paragraph, index) => {
    const { text, source } = foldText(paragraph, true);
    const ranges = markRanges(text, terms);
    const found = terms.filter((term) => term.parts.some((part) => text.includes(part.text))).length;
    if (found > best.found) best = { index, found, ranges, source };
  });
  const paragraph = paragraphs[best.index] ?? '';
  // Matches in the original text: from the first original character of a match to the end of its last.
  const originalEnd = (folded: number) => (folded < best.source.length ? best.source[folded]! : paragraph.length);
  const marks = best.ranges.map(([a, b]) => [best.source[a] ?? 0, b < best.source.length ? originalEnd(b) : paragraph.length] as [number, number]);
  const first = marks[0]?.[0] ?? 0;
  let from = Math.max(0, first - Math.floor(EXCERPT / 3));
  const to = Math.min(paragraph.length, from + EXCERPT);
  from = Math.max(0, Math.min(from, to - EXCERPT));
  const highlights: Highlight[] = [];
  if (from > 0) highlights.push({ text: '…' });
  let at = from;
  for (const [a, b] of marks) {
    if (b <= at || a >= to) continue;
    const start = Math.max(a, at);
    if (start > at) highlights.push({ text: paragraph.slice(at, start) });
    highlights.push({ text: paragraph.slice(start, Math.min(b, to)), mark: true });
    at = Math.min(b, to);
  }
  if (at < to) highlights.push({ text: paragraph.slice(at, to) });
  if (to < paragraph.length) highlights.push({ text: '…' });
  return { highlights, found: Math.max(0, best.found) };
}

/** An opened index: the manifest and the entry table, with keys and fragments loaded on demand. */
export class SearchEngine {
  private buckets = new Map<number, Promise<Map<string, KeyRecord>>>();
  private blocks = new Map<string, Promise<PositionBlock>>();
  private matches = new Map<string, Promise<TermMatch>>();
  private fragmentFiles = new Map<number, Promise<EntryFragment[]>>();
  private entryValues = new Map<number, Promise<{ starts: Uint32Array; values: Uint32Array }>>();

  readonly manifest: IndexManifest;
  private readonly files: IndexFiles;
  /** First document of each entry, and one past the last at the end. */
  private readonly entryDocs: Uint32Array;
  private readonly named: Uint8Array;
  private readonly fragmentOf: Uint32Array;
  private readonly fragmentFirst: Uint32Array;
  private readonly groupEntries: Array<Array<[number, number]>>;
  private readonly contextStart: number;

  private constructor(files: IndexFiles, manifest: IndexManifest, entryDocs: Uint32Array, named: Uint8Array, fragmentOf: Uint32Array, fragmentFirst: Uint32Array, groupEntries: Array<Array<[number, number]>>) {
    this.files = files;
    this.manifest = manifest;
    this.entryDocs = entryDocs;
    this.named = named;
    this.fragmentOf = fragmentOf;
    this.fragmentFirst = fragmentFirst;
    this.groupEntries = groupEntries;
    this.contextStart = entryDocs[entryDocs.length - 1]!;
  }

  /** Opens the index: two small files, the manifest and the entry table. */
  static async open(files: IndexFiles): Promise<SearchEngine> {
    const [manifest, table] = await Promise.all([files.json<IndexManifest>(indexPaths.manifest()), files.bytes(indexPaths.entries())]);
    const reader = new ByteReader(table);
    const count = reader.varint();
    const entryDocs = new Uint32Array(count + 1);
    const named = new Uint8Array(count);
    const fragmentOf = new Uint32Array(count);
    const fragmentFirst = new Uint32Array(manifest.fragments);
    let file = -1;
    for (let e = 0; e < count; e++) {
      const value = reader.varint();
      if (value & 1) fragmentFirst[++file] = e;
      fragmentOf[e] = file;
      named[e] = (value >> 1) & 1;
      entryDocs[e + 1] = entryDocs[e]! + Math.floor(value / 4);
    }
    const groupEntries: Array<Array<[number, number]>> = Array.from({ length: manifest.groups }, () => []);
    const runs = reader.varint();
    let entry = 0;
    for (let r = 0; r < runs; r++) {
      const group = reader.varint();
      const n = reader.varint();
      groupEntries[group]!.push([entry, entry + n]);
      entry += n;
    }
    return new SearchEngine(files, manifest, entryDocs, named, fragmentOf, fragmentFirst, groupEntries);
  }

  /** Number of entries (results) in the index. */
  get entries(): number {
    return this.entryDocs.length - 1;
  }

  private bucket(index: number): Promise<Map<string, KeyRecord>> {
    let loaded = this.buckets.get(index);
    if (!loaded) {
      loaded = this.files.bytes(indexPaths.bucket(index)).then((bytes) => {
        const reader = new ByteReader(bytes);
        const keys = new Map<string, KeyRecord>();
        for (let ordinal = 0; !reader.done; ordinal++) {
          const name = reader.string();
          const flags = reader.varint();
          const df = reader.varint();
          const external = (flags & 4) !== 0;
          let lists: KeyRecord['lists'];
          if (external) {
            const path = indexPaths.lists(index, ordinal);
            let once: ReturnType<KeyRecord['lists']> | undefined;
            lists = () =>
              (once ??= this.files.bytes(path).then((b) => {
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
          if (flags & 1) {
            const count = reader.varint();
            for (let b = 0; b < count; b++) {
              const block = reader.varint();
              if (external) {
                reader.varint();
                blocks.set(block, indexPaths.positions(index, ordinal, block));
              } else blocks.set(block, reader.block());
            }
          }
          keys.set(name, { df, positional: (flags & 1) !== 0, lists, blocks });
        }
        return keys;
      });
      this.buckets.set(index, loaded);
    }
    return loaded;
  }

  private async key(name: string): Promise<KeyRecord | undefined> {
    return (await this.bucket(hashKey(name) % this.manifest.buckets)).get(name);
  }

  /** One block of a key's positions (empty when the key has none there). */
  private positionBlock(name: string, record: KeyRecord, keyDocs: Uint32Array, block: number): Promise<PositionBlock> {
    const id = `${name}\u0000${block}`;
    let loaded = this.blocks.get(id);
    if (!loaded) {
      const source = record.blocks.get(block);
      const bytes = source === undefined ? Promise.resolve(new Uint8Array()) : typeof source === 'string' ? this.files.bytes(source) : Promise.resolve(source);
      loaded = bytes.then((b) => new PositionBlock(b, keyDocs, block));
      this.blocks.set(id, loaded);
    }
    return loaded;
  }

  /** The documents that hold a term exactly, and those of them whose title holds it. */
  private match(term: Term): Promise<TermMatch> {
    const id = JSON.stringify([term.quoted, term.parts]);
    let found = this.matches.get(id);
    if (found) {
      // Most recently used last, so the oldest is the one let go.
      this.matches.delete(id);
    } else {
      found = this.matchUncached(term);
      // A failed fetch is not kept: the next search asks again.
      found.catch(() => this.matches.delete(id));
    }
    this.matches.set(id, found);
    if (this.matches.size > MATCH_CACHE) this.matches.delete(this.matches.keys().next().value!);
    return found;
  }

  /** A key's lists, empty when the index does not have it. */
  private async lists(name: string): Promise<TermMatch> {
    return (await (await this.key(name))?.lists()) ?? { docs: new Uint32Array(), titles: new Uint32Array() };
  }

  private async matchUncached(term: Term): Promise<TermMatch> {
    const only = term.parts[0]!;
    if (!term.quoted && term.parts.length === 1 && only.kind === 'word' && only.text.length >= WORD_PREFIX.min && only.text.length <= WORD_PREFIX.max) {
      // A word typed on its own finds itself and the longer words it begins (iso: iso9001; 202: 2020).
      const [whole, begun] = await Promise.all([this.lists(only.text), this.lists(prefixKey(only.text))]);
      return { docs: union(whole.docs, begun.docs), titles: union(whole.titles, begun.titles) };
    }
    const { all, tiles } = keysOf(term);
    const records = await Promise.all(all.map((name) => this.key(name)));
    if (records.some((r) => r === undefined)) return { docs: new Uint32Array(), titles: new Uint32Array() };
    const lists = await Promise.all(records.map((r) => r!.lists()));
    // The rarest key first: every candidate must hold every key.
    const docs = intersectAll(lists.map((l) => l.docs));
    if (tiles.length === 0 || docs.length === 0) return { docs, titles: intersectAll([docs, ...lists.map((l) => l.titles)]) };
    // Check where the characters stand, in the blocks of the candidates only.
    const blocks = [...new Set(Array.from(docs, (doc) => Math.floor(doc / BLOCK_DOCS)))];
    const byName = new Map(all.map((name, i) => [name, { record: records[i]!, docs: lists[i]!.docs }]));
    const tileBlocks = await Promise.all(
      tiles.map(async (tile) => {
        const { record, docs: keyDocs } = byName.get(tile.key)!;
        const loaded = await Promise.all(blocks.map((block) => this.positionBlock(tile.key, record, keyDocs, block)));
        return new Map(blocks.map((block, i) => [block, loaded[i]!]));
      }),
    );
    const offsets = tiles.map((tile) => tile.offset);
    const exact = new Uint32Array(docs.length);
    let n = 0;
    for (const doc of docs) {
      const block = Math.floor(doc / BLOCK_DOCS);
      const positions: number[][] = [];
      for (const tileBlock of tileBlocks) {
        const list = tileBlock.get(block)!.positions(doc);
        if (!list) break;
        positions.push(list);
      }
      if (positions.length === tiles.length && tilesAlign(positions, offsets)) exact[n++] = doc;
    }
    const kept = exact.subarray(0, n);
    return { docs: kept, titles: intersectAll([kept, ...lists.map((l) => l.titles)]) };
  }

  /** The entries allowed by the chosen filters, or undefined when none is chosen. */
  private async allowed(filters: FilterChoice): Promise<Uint8Array | undefined> {
    const chosen = Object.entries(filters).filter(([, values]) => values.length > 0);
    if (chosen.length === 0) return undefined;
    // counts[e] is the number of filters, in order, that entry e passed.
    const allowed = new Uint8Array(this.entries);
    for (let f = 0; f < chosen.length; f++) {
      const [name, values] = chosen[f]!;
      const lists = await Promise.all(values.map(async (value) => (await this.lists(filterKey(name, value))).docs));
      for (const list of lists) for (const e of list) if (allowed[e] === f) allowed[e] = f + 1;
    }
    for (let e = 0; e < allowed.length; e++) allowed[e] = allowed[e] === chosen.length ? 1 : 0;
    return allowed;
  }

  private async run(terms: readonly Term[], filters: FilterChoice): Promise<Uint32Array> {
    const allowed = await this.allowed(filters);
    if (terms.length === 0) {
      // No words, only filters: every entry they allow, in index order.
      if (!allowed) return new Uint32Array();
      return Uint32Array.from(Array.from(allowed.keys()).filter((e) => allowed[e] === 1));
    }
    const matches = await Promise.all(terms.map((term) => this.match(term)));
    const scores = new Uint32Array(this.entries);
    const hits = new Uint8Array(this.entries);
    const weight = new Uint8Array(this.entries);
    matches.forEach(({ docs, titles }, t) => {
      weight.fill(0);
      // Documents ascend, so their entries and their places in `titles` are found by walking on.
      let entry = 0;
      let title = 0;
      for (const doc of docs) {
        if (doc >= this.contextStart) {
          for (const [from, to] of this.groupEntries[doc - this.contextStart] ?? []) for (let e = from; e < to; e++) weight[e] = Math.max(weight[e]!, CONTEXT);
          continue;
        }
        entry = seek(this.entryDocs, doc + 1, entry) - 1;
        title = seek(titles, doc, title);
        const w = titles[title] === doc ? (doc !== this.entryDocs[entry] ? HEADING : this.named[entry] ? NAMED : NAME) : TEXT;
        if (w > weight[entry]!) weight[entry] = w;
      }
      for (let e = 0; e < weight.length; e++) {
        if (weight[e]! > 0 && hits[e] === t) {
          hits[e]!++;
          scores[e]! += weight[e]!;
        }
      }
    });
    // Scores are small whole numbers: a counting sort, best score first and index order within a
    // score, is linear where a comparison sort of every hit of a common word would not be.
    const byScore = new Map<number, number[]>();
    for (let e = 0; e < hits.length; e++) {
      if (hits[e] !== terms.length || (allowed && allowed[e] !== 1)) continue;
      const list = byScore.get(scores[e]!);
      if (list) list.push(e);
      else byScore.set(scores[e]!, [e]);
    }
    const ranked = new Uint32Array([...byScore.values()].reduce((n, list) => n + list.length, 0));
    let at = 0;
    for (const score of [...byScore.keys()].sort((a, b) => b - a)) for (const e of byScore.get(score)!) ranked[at++] = e;
    return ranked;
  }

  /**
   * Searches: every result holds every term (in its own text, or in the name of its unit or
   * dossier) and carries a chosen value of every filter. When the query as typed finds nothing,
   * its long runs of characters are split into words and tried again.
   */
  async search(query: string, filters: FilterChoice = {}): Promise<SearchOutcome> {
    const terms = parseQuery(query);
    const ranked = await this.run(terms, filters);
    if (ranked.length > 0) return { terms, ranked };
    const loose = loosenTerms(terms);
    if (!loose) return { terms, ranked };
    const again = await this.run(loose, filters);
    return again.length > 0 ? { terms, loosened: loose, ranked: again } : { terms, ranked };
  }

  private fragmentFile(file: number): Promise<EntryFragment[]> {
    let loaded = this.fragmentFiles.get(file);
    if (!loaded) {
      loaded = this.files.json<EntryFragment[]>(indexPaths.fragment(file));
      this.fragmentFiles.set(file, loaded);
    }
    return loaded;
  }

  /** The fragment (text and result facts) of an entry. */
  async fragment(entry: number): Promise<EntryFragment> {
    const file = this.fragmentOf[entry]!;
    return (await this.fragmentFile(file))[entry - this.fragmentFirst[file]!]!;
  }

  /** The results `from`…`to` of an outcome, with their excerpts and the sections that hold the query. */
  async view(outcome: SearchOutcome, from: number, to: number): Promise<ResultView[]> {
    const terms = outcome.loosened ?? outcome.terms;
    const entries = Array.from(outcome.ranked.subarray(from, to));
    return Promise.all(
      entries.map(async (entry) => {
        const fragment = await this.fragment(entry);
        const segments = fragment.segments.map((segment) => ({ segment, ...excerpt([segment.title, ...segment.paragraphs], terms) }));
        const sections = segments
          .map((s, i) => ({ ...s, i }))
          .filter((s) => s.i > 0 && s.segment.anchor && s.found > 0)
          .sort((a, b) => b.found - a.found || a.i - b.i)
          .map((s) => ({ url: `${fragment.url}#${s.segment.anchor}`, title: s.segment.title, excerpt: excerpt(s.segment.paragraphs, terms).highlights }));
        // The entry's own excerpt comes from its best part, so a page whose words are all in one
        // article shows that article's sentence.
        const best = segments.reduce((a, b) => (b.found > a.found ? b : a), segments[0]!);
        return {
          entry,
          kind: fragment.kind,
          url: fragment.url,
          title: fragment.title,
          meta: fragment.meta,
          excerpt: best.segment.paragraphs.length > 0 ? excerpt(best.segment.paragraphs, terms).highlights : [],
          sections,
        };
      }),
    );
  }

  /** The values of a filter (by its index in the manifest) with how many entries carry each. */
  filterValues(filter: number): Promise<Array<[string, number]>> {
    return this.files.json(indexPaths.filterValues(filter));
  }

  /**
   * The values of a filter with how many results each would give: the results of `query` under
   * the other chosen filters that carry the value (a search without a query counts the entries the
   * other filters allow). With neither a query nor another filter, the whole archive's counts.
   * Values in the same order as {@link filterValues}.
   */
  async filterCounts(filter: number, query: string, filters: FilterChoice = {}): Promise<Array<[string, number]>> {
    const name = this.manifest.filters[filter]!.name;
    const others = Object.fromEntries(Object.entries(filters).filter(([other, values]) => other !== name && values.length > 0));
    const all = await this.filterValues(filter);
    if (parseQuery(query).length === 0 && Object.keys(others).length === 0) return all;
    let table = this.entryValues.get(filter);
    if (!table) this.entryValues.set(filter, (table = this.files.bytes(indexPaths.filterEntries(filter)).then((bytes) => decodeEntryValues(bytes, this.entries))));
    const [{ ranked }, { starts, values }] = await Promise.all([this.search(query, others), table]);
    const counts = new Uint32Array(all.length);
    for (const e of ranked) for (let k = starts[e]!; k < starts[e + 1]!; k++) counts[values[k]!]!++;
    return all.map(([value], v) => [value, counts[v]!]);
  }
}
