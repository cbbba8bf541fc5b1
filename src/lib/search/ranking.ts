// The order of a query's results: every entry that holds every term, scored by where each term was
// found in it (its unit's name, its title, a heading, its text, or only its unit's or dossier's
// context), best score first and index order within a score.
import type { EntryTable } from './entry-table.ts';
import { seek } from './sorted-lists.ts';
import type { TermMatch } from './term-match.ts';

// Weights of where a term was found: the name of an entry that stands for its unit (a dossier's
// overview, a unit's 荣誉榜), the entry's own title, a heading inside it, its text, or only the
// unit or dossier it belongs to.
const NAMED = 16;
const NAME = 8;
const HEADING = 4;
const TEXT = 2;
const CONTEXT = 1;

/**
 * Ranks the entries that every one of `matches` (one per term) reaches, leaving out those that
 * `allowed` (1 for an entry the chosen filters allow) does not allow. Entry numbers, best first.
 */
export function rankEntries(matches: readonly TermMatch[], table: EntryTable, allowed: Uint8Array | undefined): Uint32Array {
  const { entryDocs, named, groupEntries } = table;
  const entries = entryDocs.length - 1;
  const contextStart = entryDocs[entries]!;
  const scores = new Uint32Array(entries);
  const hits = new Uint8Array(entries);
  const weight = new Uint8Array(entries);
  matches.forEach(({ docs, titles }, t) => {
    weight.fill(0);
    // Documents ascend, so their entries and their places in `titles` are found by walking on.
    let entry = 0;
    let title = 0;
    for (const doc of docs) {
      if (doc >= contextStart) {
        for (const [from, to] of groupEntries[doc - contextStart] ?? []) for (let e = from; e < to; e++) weight[e] = Math.max(weight[e]!, CONTEXT);
        continue;
      }
      entry = seek(entryDocs, doc + 1, entry) - 1;
      title = seek(titles, doc, title);
      const w = titles[title] === doc ? (doc !== entryDocs[entry] ? HEADING : named[entry] ? NAMED : NAME) : TEXT;
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
    if (hits[e] !== matches.length || (allowed && allowed[e] !== 1)) continue;
    const list = byScore.get(scores[e]!);
    if (list) list.push(e);
    else byScore.set(scores[e]!, [e]);
  }
  const ranked = new Uint32Array([...byScore.values()].reduce((n, list) => n + list.length, 0));
  let at = 0;
  for (const score of [...byScore.keys()].sort((a, b) => b - a)) for (const e of byScore.get(score)!) ranked[at++] = e;
  return ranked;
}
