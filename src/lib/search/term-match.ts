// Which documents hold a term of a query exactly: the documents of its keys intersected, then,
// for a run of several characters or words, only those where the keys stand where the term puts
// them (checked in the position blocks of the candidates alone).
import { BLOCK_DOCS, prefixKey, WORD_PREFIX } from './format.ts';
import type { KeyLists } from './key-bucket.ts';
import type { KeyStore } from './key-store.ts';
import { termKeys, tilesAlign } from './phrase-tiles.ts';
import type { Term } from './query.ts';
import { intersectAll, union } from './sorted-lists.ts';

/** The documents that hold a term, and those of them whose title holds it (ascending). */
export type TermMatch = KeyLists;

/** The documents that hold `term` exactly, and those of them whose title holds it. */
export async function matchTerm(term: Term, store: KeyStore): Promise<TermMatch> {
  const only = term.parts[0]!;
  if (!term.quoted && term.parts.length === 1 && only.kind === 'word' && only.text.length >= WORD_PREFIX.min && only.text.length <= WORD_PREFIX.max) {
    // A word typed on its own finds itself and the longer words it begins (iso: iso9001; 202: 2020).
    const [whole, begun] = await Promise.all([store.lists(only.text), store.lists(prefixKey(only.text))]);
    return { docs: union(whole.docs, begun.docs), titles: union(whole.titles, begun.titles) };
  }
  const { all, tiles } = termKeys(term);
  const records = await Promise.all(all.map((name) => store.key(name)));
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
      const loaded = await Promise.all(blocks.map((block) => store.positionBlock(tile.key, record, keyDocs, block)));
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
