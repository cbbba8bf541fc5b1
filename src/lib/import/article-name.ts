import { pinyinWord } from './pinyin.ts';

const ENUMERATION = /^[一二三四五六七八九十]+是/;
// Verbs that open most 一是… headlines; the name is more telling without them.
const GENERIC_OPENING = /^(?:强化|加强|突出|注重|坚持|深化|狠抓)/;
const NOT_A_LETTER = /[^\u3400-\u9fffA-Za-z0-9]/g;
// One-character verbs that open three-character phrases: 建体系, 抓文化, 献爱心.
const SINGLE_VERB = /^[建抓强献树提优促创育筑塑聚搭兴夯守护送助]/;

/**
 * The short ASCII name of an article, used in its file name (`01-<name>.md`) and as its anchor:
 * the pinyin of the headline's first clause, two syllables per word. `一是强化职能定位，…` →
 * `zhineng-dingwei`, `捕捉信息，当好“情报部”` → `buzhuo-xinxi`, `建体系夯基础` → `jian-tixi`.
 * Falls back to `article` when the headline has nothing the pinyin table knows.
 */
export function articleName(title: string): string {
  let clause = (title.replace(ENUMERATION, '').split(/[，、；：,]/)[0] ?? '').replace(NOT_A_LETTER, '');
  if ([...clause].length > 4) clause = clause.replace(GENERIC_OPENING, '');
  const chars = [...clause];
  // Four characters read as two words (职能-定位). A six-character headline opening with a
  // one-character verb is two phrases of three, and its first (建-体系) is enough; anything else
  // is cut to its first four characters, read as two words.
  const words =
    (chars.length === 6 && SINGLE_VERB.test(clause)) || chars.length === 3
      ? [chars[0]!, chars.slice(1, 3).join('')]
      : chars.length <= 2
        ? [chars.join('')]
        : [chars.slice(0, 2).join(''), chars.slice(2, 4).join('')];
  const name = words
    .map(pinyinWord)
    .filter((w) => w !== '')
    .join('-')
    .toLowerCase();
  return name === '' ? 'article' : name;
}

/** A URL-safe dossier slug from free text (a file name): lowercase ASCII, hyphenated. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
