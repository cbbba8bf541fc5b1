// `entries.bin` and `f/<n>.json`: the merged entries in index order, their texts packed into
// fragment files of a few kilobytes, so a page of results loads a handful of small files.
import { encodeEntryTable, type EntryRow } from './entry-table.ts';
import { indexPaths, type EntryKind } from './format.ts';
import type { EncodedShard } from './shard-codec.ts';
import type { ShardNumbering } from './shard-numbering.ts';

/**
 * Bytes of JSON a fragment file aims at, by the kind of its entries; an entry larger than that has
 * a file to itself. An award is a few hundred bytes that gzip to a tenth (its unit and dossier
 * repeat), and the awards a query finds are often one a dossier: at 6,000 bytes its first ten
 * results took nine files at 1,000 dossiers, more than a browser fetches at once from one host
 * over HTTP/1.1, for 12 KB; at 18,000, three files for 9 KB.
 */
const FRAGMENT_TARGET: Record<EntryKind, number> = { page: 6000, award: 18000, unit: 6000 };

const OPEN = 0x5b; // [
const COMMA = 0x2c;
const CLOSE = 0x5d; // ]

/** The UTF-8 of a JSON array of the JSON values whose UTF-8 is `items`. */
function jsonArray(items: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(items.reduce((n, item) => n + item.length, 1 + items.length));
  out[0] = OPEN;
  let at = 1;
  items.forEach((item, i) => {
    if (i > 0) out[at++] = COMMA;
    out.set(item, at);
    at += item.length;
  });
  out[at] = CLOSE;
  return out;
}

/** The entry table and the fragment files of the merged index, by their index path, and how many fragment files there are. */
export function encodeEntries(shards: readonly EncodedShard[], numbering: ShardNumbering): { fragments: number; files: Map<string, Uint8Array | string> } {
  const files = new Map<string, Uint8Array | string>();
  const rows: EntryRow[] = [];
  // Each file's entries as their JSON: a file is the JSON array of its entries' fragments.
  const fragmentFiles: Uint8Array[][] = [];
  let fragmentSize = Infinity;
  let fragmentKind: EntryKind | undefined;
  const groupStart = shards.map((_, s) => shards.slice(0, s).reduce((n, shard) => n + shard.groups, 0));
  for (const { shard: s, from, to } of numbering.ranges('entries')) {
    const shard = shards[s]!;
    for (let e = from; e < to; e++) {
      const fragment = shard.fragments[e]!;
      const size = fragment.units;
      // A file holds one kind of entry, so that every kind keeps its own target.
      const startsFragmentFile = fragment.kind !== fragmentKind || fragmentSize + size > FRAGMENT_TARGET[fragment.kind];
      if (startsFragmentFile) {
        fragmentFiles.push([]);
        fragmentSize = 0;
        fragmentKind = fragment.kind;
      }
      fragmentFiles.at(-1)!.push(fragment.json);
      fragmentSize += size;
      rows.push({ docs: shard.entryDocs[e]!, named: shard.entryNamed[e]!, startsFragmentFile, group: groupStart[s]! + shard.entryGroups[e]! });
    }
  }
  files.set(indexPaths.entries(), encodeEntryTable(rows));
  fragmentFiles.forEach((list, i) => files.set(indexPaths.fragment(i), jsonArray(list)));
  return { fragments: fragmentFiles.length, files };
}
