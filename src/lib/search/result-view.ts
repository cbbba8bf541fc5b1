// What the search page shows of one result: its title and facts, the excerpt of its best part,
// and links to the headed sections that hold the query.
import { excerpt, type Highlight } from './excerpt.ts';
import type { EntryFragment, EntryKind } from './format.ts';
import type { Term } from './query.ts';

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

/** The view of entry number `entry`, whose fragment is `fragment`, for the terms that found it. */
export function viewResult(entry: number, fragment: EntryFragment, terms: readonly Term[]): ResultView {
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
}
