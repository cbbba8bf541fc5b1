// The excerpt a result shows: the sentence around the query's words, marked where they matched,
// cut from the text as the editor wrote it (the index searches folded text, the reader sees the
// original).
import { foldText } from './fold.ts';
import type { Term } from './query.ts';

/** A piece of an excerpt: text as written, marked where it matched. */
export interface Highlight {
  text: string;
  mark?: boolean;
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
 * `found` is how many of the terms that paragraph holds, so callers can pick the best segment.
 */
export function excerpt(paragraphs: readonly string[], terms: readonly Term[]): { highlights: Highlight[]; found: number } {
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
