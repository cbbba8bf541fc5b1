import { MIN_AWARD_YEAR, maxAwardYear } from '../constants.ts';
import { suggestYear, toAsciiDigits, type AwardLevel } from '../schemas/index.ts';
import { levelFromWords } from './award-level.ts';
import { chineseYearsToDigits } from './chinese-year.ts';

/** An award as the importer writes it into an achievements file's `awards:` list. */
export interface ImportedAward {
  title: string;
  /** `2009-2011` for a range, `[2010, 2011]` for a list, `2010` for one year; absent if none. */
  years?: string | number | number[];
  level?: AwardLevel;
  note?: string;
}

/** A year in the source that cannot be right, kept in the award's `note` and reported. */
export interface ImplausibleYear {
  /** The year prefix as the source wrote it: `2006-20011年`. */
  original: string;
  /** The year that was written instead, when one could be guessed. */
  used?: string;
}

/** The outcome of {@link parseAwardItem}. */
export interface ParsedAwardItem {
  award: ImportedAward;
  /** The year prefix as written (`2010年、2011年度`), or `''` when the item names no year. */
  yearText: string;
  implausible?: ImplausibleYear;
}

const YEAR = String.raw`(\d{4,5})`;
const SPACE = String.raw`[\s\u00a0\u3000]*`;
const SUFFIX = String.raw`(?:年度|年)`;
const RANGE = new RegExp(`^${YEAR}${SPACE}(?:年度?)?${SPACE}[-–—－~～至到]${SPACE}${YEAR}${SPACE}${SUFFIX}?${SPACE}`);
const LIST = new RegExp(`^${YEAR}${SPACE}${SUFFIX}?(?:${SPACE}[、,，和及与]${SPACE}${YEAR}${SPACE}${SUFFIX}?)+${SPACE}`);
const SINGLE = new RegExp(`^${YEAR}${SPACE}${SUFFIX}${SPACE}`);

/** The year as written if plausible, else the guessed year, else `undefined`. */
function checkYear(written: string, max: number, min: number): { year?: number; guessed: boolean } {
  const n = Number(written);
  if (/^\d{4}$/.test(written) && n >= MIN_AWARD_YEAR && n <= max) return { year: n, guessed: false };
  const guess = suggestYear(written, max, min);
  return guess ? { year: Number(guess), guessed: true } : { guessed: true };
}

/**
 * Splits one award item into its years and its name, and reads the level from the name.
 *
 * Year forms: `2009-2011年度` (range), `2010年、2011年度` (list), `2010年度` (one year),
 * `2006-2011 年度` (stray space), `２０２２年度` (full-width digits), `二〇二三年度` (Chinese
 * numerals), or none. A year that cannot be right (`20011`) is never silently dropped or fixed:
 * the item keeps the source's wording in `note` and `implausible` says what happened, and the
 * likeliest meant year (`2011`) is used only when one can be guessed.
 *
 * @example parseAwardItem('2010年、2011年度先进基层党组织').award // { title: '先进基层党组织', years: [2010, 2011] }
 */
export function parseAwardItem(item: string, today: Date = new Date()): ParsedAwardItem {
  const max = maxAwardYear(today);
  const source = item.trim();
  // Converting digits keeps the string length, so positions found in `plain` hold in `source`.
  const plain = toAsciiDigits(chineseYearsToDigits(source));
  const range = RANGE.exec(plain);
  const list = range ? null : LIST.exec(plain);
  const single = range || list ? null : SINGLE.exec(plain);
  const match = range ?? list ?? single;
  // Spaces next to Chinese characters are typing slips (`2006-2011 年度`); spaces between Latin words stay.
  const title = (match ? source.slice(match[0].length) : source)
    .trim()
    .replace(/[\s\u00a0\u3000]+(?=[^\x00-\x7f])|(?<=[^\x00-\x7f])[\s\u00a0\u3000]+/g, '');
  const level = levelFromWords(title);
  const award: ImportedAward = { title, ...(level ? { level } : {}) };
  if (!match) return { award, yearText: '' };

  const yearText = source.slice(0, match[0].length).replace(/[\s\u00a0\u3000]+/g, '');
  const written = [...match[0].matchAll(/\d{4,5}/g)].map((m) => m[0]);
  const checked: Array<{ year?: number; guessed: boolean }> = [];
  for (const w of written) checked.push(checkYear(w, max, checked.at(-1)?.year ?? MIN_AWARD_YEAR));
  const years = checked.map((c) => c.year);
  const anyGuessed = checked.some((c) => c.guessed);
  const allKnown = years.every((y): y is number => y !== undefined);

  if (allKnown) {
    if (range) award.years = `${years[0]}-${years[1]}`;
    else if (list) award.years = years;
    else award.years = years[0]!;
  }
  if (!anyGuessed) return { award: orderFields(award), yearText };
  award.note = `原文作“${yearText}”`;
  const used = allKnown ? (range ? `${years[0]}-${years[1]}` : years.join('、')) : undefined;
  return { award: orderFields(award), yearText, implausible: used ? { original: yearText, used } : { original: yearText } };
}

// Front matter reads title, years, level, note in that order, as in the shipped content.
function orderFields(a: ImportedAward): ImportedAward {
  return {
    title: a.title,
    ...(a.years !== undefined ? { years: a.years } : {}),
    ...(a.level ? { level: a.level } : {}),
    ...(a.note ? { note: a.note } : {}),
  };
}
