// `entries.bin`: for every entry (result) of the index, how many documents it has, whether its
// unit names it, and where fragment files start; then the runs of entries of each group. The
// query engine reads it when it opens the index, to turn matched documents into ranked entries.
import { ByteReader, ByteWriter } from './byte-codec.ts';

/** One entry as the table stores it, in entry order. */
export interface EntryRow {
  /** How many documents (its own text and its headed sections) the entry has. */
  docs: number;
  /** Named by its unit (a dossier's overview, a unit's 荣誉榜): ranked first for those names. */
  named: boolean;
  /** The entry is the first of a new fragment file. */
  startsFragmentFile: boolean;
  /** The group (dossier) it belongs to, numbered across the whole index. */
  group: number;
}

/** Encodes the rows of every entry; each run of consecutive entries of one group is stored once. */
export function encodeEntryTable(rows: readonly EntryRow[]): Uint8Array {
  const out = new ByteWriter();
  out.varint(rows.length);
  const groupRuns: Array<[number, number]> = [];
  for (const row of rows) {
    // One number per entry: documents, then a bit for named, then a bit for a new fragment file.
    out.varint(row.docs * 4 + (row.named ? 2 : 0) + (row.startsFragmentFile ? 1 : 0));
    const run = groupRuns.at(-1);
    if (run && run[0] === row.group) run[1]++;
    else groupRuns.push([row.group, 1]);
  }
  out.varint(groupRuns.length);
  for (const [group, count] of groupRuns) {
    out.varint(group);
    out.varint(count);
  }
  return out.done();
}

/** The entry table as the query engine uses it. */
export interface EntryTable {
  /** First document of each entry, and one past the last at the end (where context documents start). */
  entryDocs: Uint32Array;
  /** 1 where the entry is named by its unit. */
  named: Uint8Array;
  /** The fragment file of each entry... */
  fragmentOf: Uint32Array;
  /** ...and the first entry of each fragment file. */
  fragmentFirst: Uint32Array;
  /** Per group, its runs of entries as `[from, to)`. */
  groupEntries: Array<Array<[number, number]>>;
}

/** Decodes {@link encodeEntryTable}, given the manifest's counts of fragment files and groups. */
export function decodeEntryTable(bytes: Uint8Array, fragments: number, groups: number): EntryTable {
  const reader = new ByteReader(bytes);
  const count = reader.varint();
  const entryDocs = new Uint32Array(count + 1);
  const named = new Uint8Array(count);
  const fragmentOf = new Uint32Array(count);
  const fragmentFirst = new Uint32Array(fragments);
  let file = -1;
  for (let e = 0; e < count; e++) {
    const value = reader.varint();
    if (value & 1) fragmentFirst[++file] = e;
    fragmentOf[e] = file;
    named[e] = (value >> 1) & 1;
    entryDocs[e + 1] = entryDocs[e]! + Math.floor(value / 4);
  }
  const groupEntries: Array<Array<[number, number]>> = Array.from({ length: groups }, () => []);
  const runs = reader.varint();
  let entry = 0;
  for (let r = 0; r < runs; r++) {
    const group = reader.varint();
    const n = reader.varint();
    groupEntries[group]!.push([entry, entry + n]);
    entry += n;
  }
  return { entryDocs, named, fragmentOf, fragmentFirst, groupEntries };
}
