import type { Block } from './block.ts';

/**
 * How a paragraph of the 管理篇, 服务篇 or 创建篇 may open an article: at a sub-heading (Markdown
 * `###`, a Word heading style), with a bold lead (`**一是…。**`, a bold paragraph), with a numbered
 * point (`一是…。`, `（一）…`, `1.…`), as an item of a numbered Word list, or with a first sentence
 * that reads as a headline (`建体系夯基础。…`, or a short line of its own).
 */
export type OpeningKind = 'heading' | 'bold' | 'enumeration' | 'list' | 'sentence';

/** One way a paragraph could open an article. */
export interface Opening {
  kind: OpeningKind;
  /** The article title it gives, without a final `。`. */
  title: string;
  /** The rest of the paragraph, the start of the article's body; `''` when the opening is the whole paragraph. */
  rest: string;
  /** The number of a numbered point (`三是` → 3), for checking that points run in order. */
  ordinal?: number;
}

const NUMERALS = '一二三四五六七八九十';
const ENUMERATION =
  /^(?:([一二三四五六七八九十]{1,3})是|[（(]([一二三四五六七八九十]{1,3}|\d{1,2})[）)]|([一二三四五六七八九十]{1,3})[、.．]|(\d{1,2})[.．、](?!\d)|第([一二三四五六七八九十]{1,3})[，、：])/;
// A sentence ends at 。！？ (and a closing quote after it); a numbered point may end at ： too.
const SENTENCE = /^[^。！？]*[。！？][”’]?/;
const POINT = /^[^。！？：]*[。！？：][”’]?/;

function chineseNumber(text: string): number {
  if (text === '十') return 10;
  const [tens, ones] = text.includes('十') ? text.split('十') : ['', text];
  const digit = (c: string | undefined) => (c ? NUMERALS.indexOf(c) + 1 : 0);
  return text.includes('十') ? (tens === '' ? 1 : digit(tens)) * 10 + digit(ones) : digit(ones);
}

/** Whether a paragraph opens with a numbered point: `一是`, `（一）`, `一、`, `1.`, `第一，`. */
export function opensNumberedPoint(text: string): boolean {
  return ENUMERATION.test(text);
}

/** The number of a numbered point a paragraph opens with (`二是…` → 2, `（3）…` → 3), if it opens with one. */
function enumerationOrdinal(text: string): number | undefined {
  const m = ENUMERATION.exec(text);
  if (!m) return undefined;
  const written = m.slice(1).find((g) => g !== undefined)!;
  return /^\d+$/.test(written) ? Number(written) : chineseNumber(written);
}

/** A title as articles carry it: no final 。 or ：, no surrounding spaces. */
function titleText(text: string): string {
  return text.trim().replace(/[。：:]$/, '').trim();
}

/** The first sentence of a paragraph and the rest; a paragraph with no sentence end is one sentence. */
function firstSentence(text: string, pattern: RegExp = SENTENCE): { sentence: string; rest: string } {
  const sentence = pattern.exec(text)?.[0] ?? text;
  return { sentence, rest: text.slice(sentence.length).trim() };
}

/**
 * Every way a paragraph could open an article, from the strongest sign to the weakest. The
 * section decides which kind it goes by ({@link readSection}); the paragraph only offers.
 *
 * @example openingsOf(block('一是健全制度，规范运行。水务局修订…')).map((o) => o.kind) // ['enumeration', 'sentence']
 */
export function openingsOf(block: Block): Opening[] {
  const text = block.text;
  if (text === '' || block.table) return [];
  const openings: Opening[] = [];
  if (block.heading !== undefined) return [{ kind: 'heading', title: titleText(text), rest: '' }];
  if (block.lead !== undefined) {
    const rest = text.slice(block.lead.length).trim();
    // A bold run is a headline when it is a whole sentence (or the whole paragraph), not a few
    // words stressed inside one.
    if (rest === '' || /[。！？：]$/.test(block.lead) || /^[。！？：]/.test(rest)) {
      openings.push({ kind: 'bold', title: titleText(block.lead), rest: rest.replace(/^[。！？：]/, '').trim() });
    }
  }
  const ordinal = enumerationOrdinal(text);
  if (ordinal !== undefined) {
    const { sentence, rest } = firstSentence(text, POINT);
    openings.push({ kind: 'enumeration', title: titleText(sentence), rest, ordinal });
  }
  const { sentence, rest } = firstSentence(text);
  if (block.list === 'ordered') openings.push({ kind: 'list', title: titleText(sentence), rest });
  openings.push({ kind: 'sentence', title: titleText(sentence), rest });
  return openings;
}
