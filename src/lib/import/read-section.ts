import type { Block } from './block.ts';
import { hasClauses, headlineScore, titleLength } from './headline-score.ts';
import { openingsOf, type Opening, type OpeningKind } from './opening.ts';

/** An article opening chosen for a section: which paragraph (index into the section's blocks) and how. */
export interface Opener {
  index: number;
  opening: Opening;
}

/** A call the reading made on thin evidence: what it did with a paragraph, and the other reading. */
export interface SectionDoubt {
  index: number;
  chosen: ParagraphRole;
  other: ParagraphRole;
  /** The article title the other reading would give, or the one this reading gave. */
  title: string;
}

/** What a paragraph of a section is: its introduction, the opening of an article, or more of one. */
export type ParagraphRole = 'intro' | 'article' | 'continuation';

/** How a section is split into its introduction and articles. */
export interface SectionReading {
  /** The one kind of opening the section's articles follow; `none` when no paragraph opens an article. */
  kind: OpeningKind | 'none';
  openers: Opener[];
  doubts: SectionDoubt[];
}

/** Evidence weaker than this (log-odds either way) is a doubt the report names. */
const CLOSE = 1;
/** How much naming the section's own subject counts against a first paragraph opening an article. */
const THEME = 1.5;
/** How far a title's length may stray from its siblings' (as a factor) and still follow their pattern. */
const LENGTH_TOLERANCE = 1.5;
/** The explicit marks of an article opening, strongest first; a section goes by the first it uses consistently. */
const MARKED_KINDS: readonly OpeningKind[] = ['heading', 'bold', 'enumeration', 'list'];

interface Paragraph {
  index: number;
  block: Block;
  openings: Opening[];
}

const openingOf = (p: Paragraph, kind: OpeningKind) => p.openings.find((o) => o.kind === kind);

/**
 * Whether the paragraphs opened by `kind` are a consistent pattern of article openings: numbered
 * points that count up (a second 一是 means points inside articles), list items each followed by
 * their body, bold leads that are sentences.
 */
function consistent(kind: OpeningKind, matched: readonly Paragraph[], paragraphs: readonly Paragraph[]): boolean {
  if (kind === 'enumeration') {
    const ordinals = matched.map((p) => openingOf(p, kind)!.ordinal!);
    if (ordinals.some((n, i) => i > 0 && n <= ordinals[i - 1]!)) return false;
    // A line standing alone right before the first point is the headline those points belong to.
    const before = paragraphs[paragraphs.indexOf(matched[0]!) - 1];
    const lone = before && openingOf(before, 'sentence');
    return !(lone && lone.rest === '' && !/[。！？]$/.test(before.block.text) && titleLength(lone.title) <= 20);
  }
  if (kind === 'list') return matched.every((p) => paragraphs[paragraphs.indexOf(p) + 1]?.block.list === undefined);
  return true;
}

/** How far a title is from the pattern of its siblings' titles: 0 inside it, 1 at the edge of tolerance. */
export function patternDistance(title: string, siblings: readonly string[]): number {
  if (siblings.length === 0) return 0;
  const lengths = siblings.map(titleLength);
  const low = Math.min(...lengths) / LENGTH_TOLERANCE;
  const high = Math.max(...lengths) * LENGTH_TOLERANCE;
  const length = Math.max(1, titleLength(title));
  const ratio = length < low ? low / length : length > high ? length / high : 1;
  let distance = Math.log(ratio) / Math.log(LENGTH_TOLERANCE);
  const shapes = new Set(siblings.map(hasClauses));
  if (siblings.length >= 2 && shapes.size === 1 && !shapes.has(hasClauses(title))) distance += 1;
  return distance;
}

/**
 * Splits a 管理篇, 服务篇 or 创建篇 into its introduction and articles by the one pattern of article
 * openings most consistent across the section, decided with every paragraph in view:
 *
 * 1. A mark the source itself gives (sub-headings, bold leads, numbered points counting up, items
 *    of a numbered list), when the section uses it: every paragraph with it opens an article.
 * 2. Otherwise headline sentences: a paragraph opens an article when its first sentence reads as a
 *    headline ({@link headlineScore}); a headline alone on its line needs a paragraph of body after it.
 *
 * Paragraphs before the first opening are the introduction. The first paragraph is an article
 * only when it opens the way its siblings open; one that does not is the introduction, however
 * short its first sentence. Paragraphs after an opening continue its article. Calls made on thin
 * evidence are returned as doubts, each naming the other reading.
 */
export function readSection(blocks: readonly Block[], unitWords: readonly string[], theme: readonly string[] = []): SectionReading {
  const paragraphs: Paragraph[] = blocks
    .map((block, index) => ({ index, block, openings: openingsOf(block) }))
    .filter((p) => p.openings.length > 0);

  for (const kind of MARKED_KINDS) {
    let matched = paragraphs.filter((p) => openingOf(p, kind));
    if (kind === 'heading') {
      const top = Math.min(...matched.map((p) => p.block.heading!));
      matched = matched.filter((p) => p.block.heading === top);
    }
    if (matched.length === 0 || !consistent(kind, matched, paragraphs)) continue;
    return { kind, openers: matched.map((p) => ({ index: p.index, opening: openingOf(p, kind)! })), doubts: [] };
  }

  const scored = paragraphs.map((p) => {
    const opening = openingOf(p, 'sentence')!;
    // Numbered points that are not the section's pattern are points inside articles, never openings.
    const nested = openingOf(p, 'enumeration') ? Number.POSITIVE_INFINITY : 0;
    // An introduction speaks of the section's own subject (服务是…, 把文明创建…); a first
    // paragraph that does reads less like the first article.
    const introductory = p === paragraphs[0] && theme.some((word) => opening.title.includes(word)) ? THEME : 0;
    return { ...p, opening, score: headlineScore(opening.title, unitWords) - nested - introductory };
  });
  // First each paragraph by its own first sentence; then each by how well that sentence also
  // follows the pattern of the other openings, so a long headline among long ones is sure and a
  // short sentence among much longer headlines is not.
  // The pattern is that of the paragraphs that are headlines on their own evidence.
  const sure = scored.map((p) => p.score >= CLOSE);
  const siblingsOf = (i: number) => scored.filter((_, j) => j !== i && sure[j]).map((p) => p.opening.title);
  const evidence = scored.map((p, i) => {
    const siblings = siblingsOf(i);
    if (i === 0 || siblings.length === 0 || !Number.isFinite(p.score)) return p.score;
    return p.score + Math.max(-1.5, Math.min(1, 1 - patternDistance(p.opening.title, siblings)));
  });
  const opens = evidence.map((e) => e > 0);
  const first = scored[0];
  const firstDistance = first ? patternDistance(first.opening.title, siblingsOf(0)) : 0;
  if (first && opens[0] && firstDistance > 1) opens[0] = false;
  // A line with no closing mark is typed as a headline: what follows is its body, however it opens.
  const unpunctuated = (i: number) => scored[i]!.opening.rest === '' && !/[。！？”]$/.test(scored[i]!.block.text);
  const body = new Set<number>();
  for (let i = 0; i + 1 < scored.length; i++) {
    if (opens[i] && unpunctuated(i)) {
      opens[i + 1] = false;
      body.add(i + 1);
    }
  }
  // A headline alone on its line needs body: the next paragraph must not open an article itself.
  const bodiless = (i: number) => scored[i]!.opening.rest === '' && (i === scored.length - 1 || opens[i + 1]!);
  for (let i = scored.length - 1; i >= 0; i--) if (opens[i] && bodiless(i)) opens[i] = false;

  const doubts: SectionDoubt[] = [];
  const firstOpener = opens.indexOf(true);
  scored.forEach((p, i) => {
    const role: ParagraphRole = opens[i] ? 'article' : firstOpener === -1 || i < firstOpener ? 'intro' : 'continuation';
    const other: ParagraphRole = opens[i] ? (i <= firstOpener ? 'intro' : 'continuation') : 'article';
    // A line alone with no body after it cannot be a headline: that call is never close.
    if ((!opens[i] && bodiless(i)) || body.has(i)) return;
    const close = Math.abs(evidence[i]!) < CLOSE;
    const byPatternOnly = i === 0 && p.score > 0 && !opens[0] && firstDistance < 1.5;
    if (close || byPatternOnly) doubts.push({ index: p.index, chosen: role, other, title: p.opening.title });
  });
  const openers = scored.filter((_, i) => opens[i]).map((p) => ({ index: p.index, opening: p.opening }));
  return { kind: openers.length > 0 ? 'sentence' : 'none', openers, doubts };
}
