// `entries.bin` and `f/<n>.json`: the merged entries in index order, their texts packed into
// fragment files of a few kilobytes, so a page of results loads a handful of small files.
import { encodeEntryTable, type EntryRow } from './entry-table.ts';
import { indexPaths, type EntryFragment } from './format.ts';
import type { EncodedShard } from './shard-codec.ts';
import type { ShardNumbering } from './shard-numbering.ts';

/** Bytes of JSON a fragment file aims at; an entry larger than that has a file to itself. */
const FRAGMENT_TARGET = 6000;

/** The entry table and the fragment files of the merged index, by their index path, and how many fragment files there are. */
export function encodeEntries(shards: readonly EncodedShard[], numbering: ShardNumbering): { fragments: number; files: Map<string, Uint8Array | string> } {
  const files = new Map<string, Uint8Array | string>();
  const rows: EntryRow[] = [];
  const fragmentFiles: EntryFragment[][] = [];
  let fragmentSize = Infinity;
  const groupStart = shards.map((_, s) => shards.slice(0, s).reduce((n, shard) => n + shard.groups, 0));
  for (const { shard: s, from, to } of numbering.ranges('entries')) {
    const shard = shards[s]!;
    for (let e = from; e < to; e++) {
      const fragment = shard.fragments[e]!;
      const size = JSON.stringify(fragment).length;
      const startsFragmentFile = fragmentSize + size > FRAGMENT_TARGET;
      if (startsFragmentFile) {
        fragmentFiles.push([]);
        fragmentSize = 0;
      }
      fragmentFiles.at(-1)!.push(fragment);
      fragmentSize += size;
      rows.push({ docs: shard.entryDocs[e]!, named: shard.entryNamed[e]!, startsFragmentFile, group: groupStart[s]! + shard.entryGroups[e]! });
    }
  }
  files.set(indexPaths.entries(), encodeEntryTable(rows));
  fragmentFiles.forEach((list, i) => files.set(indexPaths.fragment(i), JSON.stringify(list)));
  return { fragments: fragmentFiles.length, files };
}
