// Reads what a reader typed into the terms the index is asked for. Folded exactly like the
// content (fold.ts), so full-width digits, traditional characters and capitals all match.
import { CharClass, charClass, foldText } from './fold.ts';

/** A run of one kind inside a term, at its offset (UTF-16 units) in the folded term. */
export interface TermPart {
  kind: 'han' | 'word';
  text: string;
  offset: number;
}

/**
 * One thing every result must contain. Chinese characters are matched as written, anywhere in
 * the text, including inside longer words (血压 finds 高血压); a word of letters or digits finds
 * itself and the words it begins (iso finds iso9001, 202 finds 2020), except a single letter or
 * digit, which finds only itself. A quoted phrase is one term whose parts must stand in the text
 * exactly as in the phrase, its words whole.
 */
export interface Term {
  /** The folded term, for highlighting. */
  text: string;
  parts: TermPart[];
  /** Written in quotes, so it is never loosened into separate words. */
  quoted: boolean;
}

// “…” ‘…’ 「…」 『…』 "…" and '…' all quote a phrase; NFKC has already made full-width quotes plain.
const QUOTES: ReadonlyArray<readonly [string, string]> = [
  ['“', '”'],
  ['‘', '’'],
  ['「', '」'],
  ['『', '』'],
  ['"', '"'],
  ["'", "'"],
];

/** Splits folded text into its runs of Chinese characters and of letters and digits. */
function partsOf(text: string): TermPart[] {
  const parts: TermPart[] = [];
  let current: TermPart | undefined;
  for (let i = 0; i < text.length; ) {
    const char = String.fromCodePoint(text.codePointAt(i)!);
    const cls = charClass(char);
    const kind = cls === CharClass.Han ? 'han' : cls === CharClass.Word ? 'word' : undefined;
    if (kind && current?.kind === kind && current.offset + current.text.length === i) current.text += char;
    else if (kind) parts.push((current = { kind, text: char, offset: i }));
    else current = undefined;
    i += char.length;
  }
  return parts;
}

/** The query's terms: each quoted phrase is one term, and each run outside quotes is one term. */
export function parseQuery(query: string): Term[] {
  const terms: Term[] = [];
  let rest = query;
  while (rest !== '') {
    let best: { open: number; close: number; closeLength: number } | undefined;
    for (const [open, close] of QUOTES) {
      const at = rest.indexOf(open);
      if (at < 0) continue;
      const end = rest.indexOf(close, at + open.length);
      if (end < 0) continue;
      if (!best || at < best.open) best = { open: at, close: end, closeLength: close.length };
    }
    const plain = best ? rest.slice(0, best.open) : rest;
    // A space the reader typed separates terms, even between Chinese characters, where folding
    // would otherwise join them as it joins a line break in the content.
    for (const piece of plain.split(/\s+/u)) {
      for (const part of partsOf(foldText(piece).text)) terms.push({ text: part.text, parts: [{ ...part, offset: 0 }], quoted: false });
    }
    if (!best) break;
    const phrase = foldText(rest.slice(best.open + 1, best.close)).text.trim();
    const parts = partsOf(phrase);
    if (parts.length > 0) {
      const base = parts[0]!.offset;
      terms.push({ text: phrase.slice(base, parts.at(-1)!.offset + parts.at(-1)!.text.length), parts: parts.map((p) => ({ ...p, offset: p.offset - base })), quoted: true });
    }
    rest = rest.slice(best.close + best.closeLength);
  }
  // The same term twice asks for nothing more.
  return terms.filter((term, i) => terms.findIndex((t) => t.text === term.text && t.quoted === term.quoted) === i);
}

/**
 * The looser reading of a query that found nothing: each unquoted run of three or more Chinese
 * characters is split into the words the browser's segmenter sees (黄州文明单位 → 黄州, 文明,
 * 单位), dropping single characters, which would match nearly everything. Undefined when there
 * is nothing to loosen.
 */
export function loosenTerms(terms: readonly Term[]): Term[] | undefined {
  const words = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  let changed = false;
  const out: Term[] = [];
  for (const term of terms) {
    const only = term.parts[0]!;
    if (term.quoted || term.parts.length > 1 || only.kind !== 'han' || only.text.length < 3) {
      out.push(term);
      continue;
    }
    const pieces = [...words.segment(only.text)].map((s) => s.segment);
    const chosen = pieces.filter((p) => p.length >= 2);
    if (chosen.length === 0 || (chosen.length === 1 && chosen[0] === only.text)) {
      out.push(term);
      continue;
    }
    changed = true;
    for (const piece of chosen) out.push({ text: piece, parts: [{ kind: 'han', text: piece, offset: 0 }], quoted: false });
  }
  return changed ? out.filter((term, i) => out.findIndex((t) => t.text === term.text) === i) : undefined;
}
