// Chinese has no spaces between words, so a search index must cut text into words, and the query
// must be cut the same way or its words will not meet the index's. Pagefind cuts the index with
// its own dictionary but the query with the browser's (`Intl.Segmenter`); the two disagree
// (党组织 is one word to one and 党 + 组织 to the other), and then an award titled
// 先进基层党组织 is not found by its own name. So both are cut here, with `Intl.Segmenter` on
// both sides, and Pagefind only splits at the spaces this leaves. No Node or browser-only API.

/**
 * The language the index is built in. Not Chinese: Pagefind would then cut the text again with its
 * own dictionary, and the browser would cut the query with `Intl.Segmenter` before
 * {@link searchTerm} could. A language without a stemmer keeps the words as they are.
 */
export const INDEX_LANGUAGE = 'und';

const WORDS = new Intl.Segmenter('zh-CN', { granularity: 'word' });

// HTML character references stay whole: cutting `&amp;` would change the text.
const REFERENCE = /(&(?:#\d+|#x[\da-f]+|\w+);)/i;

/** Puts a space between the words of `text`, as the browser's word segmenter sees them. */
export function spaceWords(text: string): string {
  let out = '';
  for (const { segment } of WORDS.segment(text)) {
    if (/^\s+$/.test(segment)) out += segment;
    else out += out === '' || /\s$/.test(out) ? segment : ` ${segment}`;
  }
  return out;
}

/** {@link spaceWords} for the text between tags of an HTML page; tags and references unchanged. */
export function spaceWordsInHtml(html: string): string {
  return html.replace(/>([^<]+)</g, (_, text: string) => `>${text.split(REFERENCE).map((part, i) => (i % 2 === 1 ? part : spaceWords(part))).join('')}<`);
}

/** The query as the index was cut: words separated by single spaces. */
export function searchTerm(query: string): string {
  return spaceWords(query).replace(/\s+/g, ' ').trim();
}

// Han characters, CJK and full-width punctuation: text that had no spaces before it was cut.
const CJK = '[\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef]';
const TAGS = '(?:<\\/?mark>)*';
const SPACE_BETWEEN_CJK = new RegExp(`(?<=${CJK}${TAGS})\\s+(?=${TAGS}${CJK})|(?<=${CJK}${TAGS})\\s+(?=${TAGS}[\\p{L}\\p{N}])|(?<=[\\p{L}\\p{N}]${TAGS})\\s+(?=${TAGS}${CJK})`, 'gu');

/**
 * Takes the cutting spaces back out of text Pagefind returns (excerpts, titles), so readers see
 * the sentences as written: a space next to a Chinese character goes, `<mark>` tags included.
 */
export function joinWords(text: string): string {
  return text.replace(SPACE_BETWEEN_CJK, '');
}
