/**
 * How an article's opening was recognised: a numbered opening (`一是…。`), a short headline
 * sentence (`建体系夯基础。`), or a headline standing alone as its paragraph.
 */
export type HeadlineKind = 'enumeration' | 'sentence' | 'alone';

/** An article opening found at the start of a paragraph. */
export interface Headline {
  kind: HeadlineKind;
  /** The headline without its final `。`, as the article title. */
  title: string;
  /** The rest of the paragraph, the article body's first paragraph; empty if the headline was alone. */
  rest: string;
  /** True when the call was close: the headline is near the length limit. */
  unsure: boolean;
}

/** Longest first sentence, in characters before its `。`, still taken for a headline. */
const MAX_HEADLINE_LENGTH = 16;
/** Headlines at least this long are reported as unsure. */
const UNSURE_FROM_LENGTH = 14;
/** Longest numbered opening (`一是…`) taken for a headline. */
const MAX_ENUMERATION_LENGTH = 32;

const ENUMERATION = /^[一二三四五六七八九十]+是/;
const FIRST_SENTENCE = /^[^。！？]*[。！？]/;
// Paragraph openings that continue a thought and so never start an article.
const CONNECTIVE = /^(?:同时|此外|另外|因此|其中|例如|比如|总之|而且|并且|但是|然而|所以)/;
// A paragraph ending like this is a fragment of a sentence, not a headline standing alone.
const OPEN_ENDING = /[，、；：“（]$/;

/**
 * Finds an article opening at the start of a paragraph of the 管理篇, 服务篇 or 创建篇: a numbered
 * opening (`一是强化职能定位，突出创新意识。…`), or a first sentence of at most
 * {@link MAX_HEADLINE_LENGTH} characters (`捕捉信息，当好“情报部”。…`, `建体系夯基础。…`), or a short
 * paragraph that is a headline on its own. Numbered items inside a paragraph are not openings.
 *
 * @example splitHeadline('建体系夯基础。坚持完善…') // { kind: 'sentence', title: '建体系夯基础', rest: '坚持完善…', unsure: false }
 */
export function splitHeadline(paragraph: string): Headline | undefined {
  const text = paragraph.trim();
  if (CONNECTIVE.test(text)) return undefined;
  const sentence = FIRST_SENTENCE.exec(text)?.[0] ?? (OPEN_ENDING.test(text) ? undefined : text);
  if (sentence === undefined) return undefined;
  const title = sentence.replace(/。$/, '');
  const length = [...title].length;
  const rest = text.slice(sentence.length).trim();
  if (ENUMERATION.test(text)) {
    if (length > MAX_ENUMERATION_LENGTH) return undefined;
    return { kind: rest === '' ? 'alone' : 'enumeration', title, rest, unsure: false };
  }
  if (length > MAX_HEADLINE_LENGTH || length < 2) return undefined;
  return { kind: rest === '' ? 'alone' : 'sentence', title, rest, unsure: length >= UNSURE_FROM_LENGTH };
}
