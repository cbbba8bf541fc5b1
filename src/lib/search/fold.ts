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

// Most characters of the Basic Multilingual Plane fold to one UTF-16 unit. For those, the unit
// and its class are kept in tables by the original unit, so folding a page (the index folds
// every character of the site) is two array reads a character instead of two map lookups and a
// string iterator. Surrogates, and characters that fold to several units (`㈠`), take the path
// through {@link foldChar}. 0 in `foldKind` means not yet looked up.
const SINGLE = 1;
const SEVERAL = 2;
const foldKind = new Uint8Array(0x10000);
const foldUnit = new Uint16Array(0x10000);
const foldClass = new Uint8Array(0x10000);

function learn(code: number): number {
  const folded = foldChar(code);
  if (folded.length === 1) {
    foldUnit[code] = folded.charCodeAt(0);
    foldClass[code] = classOf(folded);
    return (foldKind[code] = SINGLE);
  }
  return (foldKind[code] = SEVERAL);
}

/** The folded text's units, written into one buffer that grows as needed and is kept between calls. */
let units = new Uint16Array(1024);

// Decoding the units as UTF-16 makes the string in one native step; it needs the platform's own
// byte order to be little-endian (every current one is), and would turn a lone surrogate into
// U+FFFD, so a text with one is made unit by unit instead.
const utf16 = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? new TextDecoder('utf-16le') : undefined;

/** Makes the folded text's string from its first `count` units. */
function unitsToString(count: number, loneSurrogate: boolean): string {
  if (utf16 && !loneSurrogate) return utf16.decode(units.subarray(0, count));
  let out = '';
  for (let at = 0; at < count; at++) out += String.fromCharCode(units[at]!);
  return out;
}

/**
 * Folds `text` for the index or a query: every code point through {@link foldChar}; white space
 * runs become one space, and go entirely when a Chinese character stands on either side, so
 * `管 理 篇`, `2020 年` and a line break inside a sentence fold as if written together.
 *
 * @example foldText('２０２０年 市級文明單位').text // '2020年市级文明单位'
 */
export function foldText(text: string, withSource = false): FoldedText {
  let count = 0;
  const source: number[] = [];
  let pendingSpace = -1;
  let lastClass: CharClass = CharClass.Other;
  let loneSurrogate = false;
  // Appends one folded code point (its units `first` and, beyond the BMP, `second`) of class
  // `cls` that came from index `from`.
  const put = (first: number, second: number, cls: CharClass, from: number) => {
    if (cls === CharClass.Space) {
      if (pendingSpace < 0 && count > 0) pendingSpace = from;
      return;
    }
    if (count + 3 > units.length) {
      const grown = new Uint16Array(units.length * 2);
      grown.set(units);
      units = grown;
    }
    if (pendingSpace >= 0) {
      if (lastClass !== CharClass.Han && cls !== CharClass.Han) {
        units[count++] = 0x20;
        if (withSource) source.push(pendingSpace);
      }
      pendingSpace = -1;
    }
    units[count++] = first;
    if (withSource) source.push(from);
    if (second < 0 && first >= 0xd800 && first <= 0xdfff) loneSurrogate = true;
    if (second >= 0) {
      units[count++] = second;
      if (withSource) source.push(from);
    }
    lastClass = cls;
  };
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    if (code < 0xd800 || code > 0xdfff) {
      const kind = foldKind[code] || learn(code);
      if (kind === SINGLE) {
        put(foldUnit[code]!, -1, foldClass[code] as CharClass, i);
        i++;
        continue;
      }
    }
    const cp = text.codePointAt(i)!;
    for (const char of foldChar(cp)) put(char.charCodeAt(0), char.length > 1 ? char.charCodeAt(1) : -1, classOf(char), i);
    i += cp > 0xffff ? 2 : 1;
  }
  return { text: unitsToString(count, loneSurrogate), source };
}
