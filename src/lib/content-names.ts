import { pinyin } from 'pinyin-pro';

const ENUMERATION = /^(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+[、.．]|\d+[.．、])/;
// Verbs that open most 一是… headlines; the name is more telling without them.
const GENERIC_OPENING = /^(?:强化|加强|突出|注重|坚持|深化|狠抓)/;
const NOT_A_LETTER = /[^\u3400-\u9fffA-Za-z0-9]/g;
// One-character verbs that open three-character phrases: 建体系, 抓文化, 献爱心.
const SINGLE_VERB = /^[建抓强献树提优促创育筑塑聚搭兴夯守护送助]/;
const HAN = /[\u3400-\u9fff]/;

/** Toneless pinyin of each character, read in context (多音字 by the words around them); other characters as they are. */
function syllables(text: string): string[] {
  const chars = [...text];
  const read = pinyin(text, { toneType: 'none', type: 'array', v: true });
  // pinyin-pro gives one entry per character; should it ever not, read characters one by one.
  const perChar = read.length === chars.length ? read : chars.map((c) => pinyin(c, { toneType: 'none', v: true }));
  return chars.map((c, i) => (HAN.test(c) ? perChar[i]! : c).toLowerCase());
}

/**
 * The short ASCII name of an article, used in its file name (`01-<name>.md`) and as its anchor:
 * the pinyin of the headline's first clause, two syllables per word. `一是强化职能定位，…` →
 * `zhineng-dingwei`, `捕捉信息，当好“情报部”` → `buzhuo-xinxi`, `建体系夯基础` → `jian-tixi`.
 * Every character is read (with pinyin-pro), so no word is silently left out; a headline with
 * no letter at all gives `article`.
 */
export function articleName(title: string): string {
  let clause = (title.replace(ENUMERATION, '').split(/[，、；：,]/)[0] ?? '').replace(NOT_A_LETTER, '');
  if ([...clause].length > 4) clause = clause.replace(GENERIC_OPENING, '');
  const read = syllables(clause);
  // Four characters read as two words (职能-定位). A six-character headline opening with a
  // one-character verb is two phrases of three, and its first (建-体系) is enough; anything else
  // is cut to its first four characters, read as two words.
  const words =
    (read.length === 6 && SINGLE_VERB.test(clause)) || read.length === 3
      ? [read[0]!, read.slice(1, 3).join('')]
      : read.length <= 2
        ? [read.join('')]
        : [read.slice(0, 2).join(''), read.slice(2, 4).join('')];
  const name = words.filter((w) => w !== '').join('-');
  return name === '' ? 'article' : name;
}

/**
 * A URL-safe slug from a name an editor typed (a file name, a unit): lowercase ASCII, hyphenated,
 * with Chinese characters as their pinyin, one syllable each. `Huangzhou Office_2012` →
 * `huangzhou-office-2012`, `青山县人民医院` → `qing-shan-xian-ren-min-yi-yuan`.
 */
export function slugFromName(text: string): string {
  return syllables(text)
    .map((s) => (/^[a-z]+$/.test(s) && s.length > 1 ? ` ${s} ` : s))
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
