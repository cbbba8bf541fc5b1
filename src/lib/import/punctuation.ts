/**
 * The half-width punctuation marks that Chinese dossiers typed on an English keyboard contain, and
 * the full-width marks the content model uses instead.
 */
const HALF_TO_FULL_WIDTH: Readonly<Record<string, string>> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '(': '（',
  ')': '）',
  '!': '！',
  '?': '？',
};

// CJK ideographs, CJK punctuation, full-width forms and the curly quotes Chinese text uses.
const CHINESE = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’《》]/;
const HALF_WIDTH = /[,;:()!?]/;
// Full-width marks after which a space is never wanted inside a paragraph.
const SPACE_AFTER_FULL_WIDTH = /([，；：（）！？。、“”])[ \t\u00a0\u3000]+(?=\S)/g;
const SPACE_BEFORE_FULL_WIDTH = /(\S)[ \t\u00a0\u3000]+(?=[，；：）！？。、])/g;

function neighbour(chars: readonly string[], from: number, step: 1 | -1): string {
  for (let i = from + step; i >= 0 && i < chars.length; i += step) {
    if (!/\s/.test(chars[i]!)) return chars[i]!;
  }
  return '';
}

/**
 * Turns `, ; : ( ) ! ?` into their full-width forms wherever they touch Chinese text (the nearest
 * non-space character on either side is Chinese), and drops the spaces left around full-width
 * marks. Marks between Latin letters or digits (`10:30`, `(a)`) are left alone, and so are digits,
 * the `-` of year ranges and the existing “” quotes.
 *
 * @example toFullWidthPunctuation('捕捉信息,当好“情报部”。') // '捕捉信息，当好“情报部”。'
 */
export function toFullWidthPunctuation(text: string): string {
  const chars = [...text];
  const out = chars.map((ch, i) => {
    if (!HALF_WIDTH.test(ch)) return ch;
    const touchesChinese = CHINESE.test(neighbour(chars, i, -1)) || CHINESE.test(neighbour(chars, i, 1));
    return touchesChinese ? HALF_TO_FULL_WIDTH[ch]! : ch;
  });
  return out.join('').replace(SPACE_AFTER_FULL_WIDTH, '$1').replace(SPACE_BEFORE_FULL_WIDTH, '$1');
}
