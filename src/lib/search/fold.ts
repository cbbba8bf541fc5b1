// Folds text the way the search index stores it, so a query meets the content however either was
// typed: compatibility forms to their plain ones (NFKC: full-width digits and letters, circled
// numbers, compatibility ideographs), traditional characters to simplified (OpenCC's character
// table), letters to lower case, and no space next to a Chinese character. Runs in Node and in the
// browser: the index builder folds pages, the search page folds queries and excerpts.
import { CustomConverter } from 'opencc-js/core';
import TS_CHARACTERS from 'opencc-js/dict/TSCharacters';

// Character by character only, never OpenCC's phrase tables: a phrase table converts a character
// differently by context, and then a fragment of a word would fold unlike the same characters
// inside the word, and substring search would break.
const toSimplified = CustomConverter(TS_CHARACTERS);

const HAN = /^[\p{Script=Han}〇]$/u;
const WORD = /^[\p{L}\p{N}]$/u;
const SPACE = /^\s$/u;

/** What a folded character is to the index. */
export const CharClass = {
  /** A Chinese character: indexed as one-character and two-character keys. */
  Han: 1,
  /** A letter or digit of another script: part of a word. */
  Word: 2,
  /** White space. */
  Space: 3,
  /** Anything else (punctuation, symbols): separates words. */
  Other: 4,
} as const;
export type CharClass = (typeof CharClass)[keyof typeof CharClass];

const memo = new Map<number, string>();

/**
 * One code point folded: NFKC, then traditional to simplified, then lower case. Usually one
 * character, sometimes several (`㈠` is `(一)`), never none.
 */
function foldChar(codePoint: number): string {
  let folded = memo.get(codePoint);
  if (folded === undefined) {
    folded = toSimplified(String.fromCodePoint(codePoint).normalize('NFKC')).toLowerCase();
    memo.set(codePoint, folded);
  }
  return folded;
}

/** Classifies one folded code point (as a string). */
export function charClass(char: string): CharClass {
  if (HAN.test(char)) return CharClass.Han;
  if (WORD.test(char)) return CharClass.Word;
  return SPACE.test(char) ? CharClass.Space : CharClass.Other;
}

const classMemo = new Map<string, CharClass>();
function classOf(char: string): CharClass {
  let c = classMemo.get(char);
  if (c === undefined) {
    c = charClass(char);
    classMemo.set(char, c);
  }
  return c;
}

/** Folded text, with where each of its UTF-16 units came from in the original. */
export interface FoldedText {
  text: string;
  /** `source[i]` is the index in the original string of the character that gave `text[i]`. */
  source: number[];
}

/**
 * Folds `text` for the index or a query: every code point through {@link foldChar}; white space
 * runs become one space, and go entirely when a Chinese character stands on either side, so
 * `管 理 篇`, `2020 年` and a line break inside a sentence fold as if written together.
 *
 * @example foldText('２０２０年 市級文明單位').text // '2020年市级文明单位'
 */
export function foldText(text: string, withSource = false): FoldedText {
  let out = '';
  const source: number[] = [];
  let pendingSpace = -1;
  let lastClass: CharClass = CharClass.Other;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    for (const char of foldChar(cp)) {
      const cls = classOf(char);
      if (cls === CharClass.Space) {
        if (pendingSpace < 0 && out !== '') pendingSpace = i;
        continue;
      }
      if (pendingSpace >= 0) {
        if (lastClass !== CharClass.Han && cls !== CharClass.Han) {
          out += ' ';
          if (withSource) source.push(pendingSpace);
        }
        pendingSpace = -1;
      }
      out += char;
      if (withSource) for (let k = 0; k < char.length; k++) source.push(i);
      lastClass = cls;
    }
    i += width;
  }
  return { text: out, source };
}
