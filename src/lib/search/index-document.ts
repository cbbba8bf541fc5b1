// Cuts the folded text of one document into keys: Chinese characters give one-character keys and
// two-character keys with positions; runs of letters and digits give words with positions and
// their beginnings. The same folding as the query (fold.ts), so a query's keys are found.
import { CharClass, charClass, foldText } from './fold.ts';
import { prefixKey, WORD_PREFIX } from './format.ts';
import { Postings } from './postings.ts';
import type { SearchEntry } from './search-input.ts';

/** Keeps title, paragraphs and hidden words apart in a document's folded text: no key spans two. */
const PART_SEPARATOR = '\u0001';

// Character classes of the Basic Multilingual Plane, looked up once each (0: not yet).
const classTable = new Uint8Array(0x10000);
function classOfUnit(code: number): CharClass {
  let c = classTable[code]!;
  if (c === 0) classTable[code] = c = charClass(String.fromCharCode(code));
  return c as CharClass;
}

/**
 * Indexes one document: its title (with the names that go with it) and its body parts. Chinese
 * characters give one-character keys (doc lists) and two-character keys with positions; runs of
 * letters and digits give word keys with positions, and keys of their beginnings (doc lists).
 */
export function indexDoc(postings: Postings, doc: number, title: string, parts: readonly string[]): void {
  const foldedTitle = foldText(title).text;
  const text = [foldedTitle, ...parts.map((part) => foldText(part).text)].join(PART_SEPARATOR);
  const titleEnd = foldedTitle.length;
  // The previous Chinese character: its UTF-16 unit (BMP), or its string (beyond), or none.
  let previousCode = -1;
  let previousText = '';
  let previousAt = -1;
  let wordAt = -1;
  const endWord = (end: number) => {
    if (wordAt >= 0) {
      const inTitle = wordAt < titleEnd;
      Postings.add(postings.namedKey(text.slice(wordAt, end), true), doc, inTitle, wordAt);
      // Its beginnings, so a reader who types the start of a word or number finds it.
      for (let length = WORD_PREFIX.min; length < end - wordAt && length <= WORD_PREFIX.max; length++) {
        const last = text.charCodeAt(wordAt + length - 1);
        if (last >= 0xd800 && last <= 0xdbff) continue;
        Postings.add(postings.namedKey(prefixKey(text.slice(wordAt, wordAt + length)), false), doc, inTitle, undefined);
      }
    }
    wordAt = -1;
  };
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    const wide = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length;
    const char = wide ? text.slice(i, i + 2) : '';
    const cls = wide ? charClass(char) : classOfUnit(code);
    if (cls === CharClass.Han) {
      endWord(i);
      const inTitle = i < titleEnd;
      if (!wide) {
        Postings.add(postings.codedKey(code, false), doc, inTitle, undefined);
        if (previousCode >= 0) Postings.add(postings.codedKey(previousCode * 0x10000 + code, true), doc, previousAt < titleEnd, previousAt);
        else if (previousText) Postings.add(postings.namedKey(previousText + text[i], true), doc, previousAt < titleEnd, previousAt);
        previousCode = code;
        previousText = '';
      } else {
        Postings.add(postings.namedKey(char, false), doc, inTitle, undefined);
        const before = previousCode >= 0 ? String.fromCharCode(previousCode) : previousText;
        if (before) Postings.add(postings.namedKey(before + char, true), doc, previousAt < titleEnd, previousAt);
        previousCode = -1;
        previousText = char;
      }
      previousAt = i;
    } else {
      previousCode = -1;
      previousText = '';
      if (cls === CharClass.Word) {
        if (wordAt < 0) wordAt = i;
      } else endWord(i);
    }
    i += wide ? 2 : 1;
  }
  endWord(text.length);
}

/**
 * The texts of document `index` of an entry: a headed section's title and paragraphs; for the
 * first, the entry's title with its other names, and its body with the hidden words.
 */
export function docTexts(entry: SearchEntry, index: number): { title: string; parts: string[] } {
  const segment = entry.segments[index]!;
  if (index > 0) return { title: segment.title, parts: segment.paragraphs };
  return {
    title: [segment.title, ...(entry.names ?? [])].join(PART_SEPARATOR),
    parts: [...segment.paragraphs, ...(entry.hidden ?? [])],
  };
}
