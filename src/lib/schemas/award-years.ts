import { MIN_AWARD_YEAR, maxAwardYear } from '../constants.ts';

/** What an editor may write in an award's `years` field before normalisation. */
export type AwardYearsInput = number | string | ReadonlyArray<number | string> | null | undefined;

/** Why a `years` value was refused; `code` selects the message, `values` fill it in. */
export type AwardYearsProblem =
  | { code: 'years.not-a-year'; values: { given: string; suggestion?: string } }
  | { code: 'years.out-of-range'; values: { given: string; min: number; max: number } }
  | { code: 'years.reversed'; values: { given: string; from: number; to: number } }
  | { code: 'years.duplicate'; values: { given: string; year: number } };

/** The outcome of {@link parseAwardYears}: the covered years, or the first problem found. */
export type AwardYearsResult =
  | { ok: true; years: number[]; fullWidth: boolean }
  | { ok: false; problem: AwardYearsProblem };

const FULL_WIDTH_DIGIT = /[０-９]/g;
const RANGE_SEPARATOR = /^\s*(\S+?)\s*(?:-|–|—|－|~|～|至|到)\s*(\S+?)\s*$/;
// Years written as a list in one line of text, the way the site prints them: `2010、2012`.
const LIST_SEPARATOR = /\s*[、，,；;]\s*/;

/** Turns full-width digits (２０１０) into ASCII ones, as Word and Chinese input methods often type them. */
export function toAsciiDigits(text: string): string {
  return text.replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/**
 * Guesses the four-digit year a mistyped five-digit one meant by dropping one digit: `20011` →
 * `2011`. Of the guesses in `[min, max]` the latest wins, since a typo in a recent dossier is
 * likelier to mean a recent year; the end of a range passes its start as `min`.
 */
export function suggestYear(given: string, max: number, min: number = MIN_AWARD_YEAR): string | undefined {
  if (!/^\d{5}$/.test(given)) return undefined;
  const candidates = new Set<string>();
  for (let i = 0; i < given.length; i++) candidates.add(given.slice(0, i) + given.slice(i + 1));
  const plausible = [...candidates].map(Number).filter((c) => c >= min && c <= max && c >= 1000);
  return plausible.length > 0 ? String(Math.max(...plausible)) : undefined;
}

function parseOneYear(raw: string | number, max: number, min: number = MIN_AWARD_YEAR): number | AwardYearsProblem {
  const given = toAsciiDigits(String(raw).trim()).replace(/\s*年度?$/, '');
  if (!/^\d{4}$/.test(given)) {
    const suggestion = suggestYear(given, max, min);
    return { code: 'years.not-a-year', values: suggestion ? { given, suggestion } : { given } };
  }
  const year = Number(given);
  if (year < MIN_AWARD_YEAR || year > max) {
    return { code: 'years.out-of-range', values: { given, min: MIN_AWARD_YEAR, max } };
  }
  return year;
}

/**
 * Normalises an award's `years` field to the ascending list of years it covers.
 *
 * Accepts a single year (`2010`, `"2010"`, `"2010年度"`), a range (`"2009-2011"`) or a list,
 * in YAML (`[2010, 2011]`) or as the site prints it (`2010、2011`, `2010年、2011年度`); full-width digits are accepted and flagged in `fullWidth`. An absent value means
 * the source names no year and yields an empty list.
 *
 * @example parseAwardYears('2009-2011') // { ok: true, years: [2009, 2010, 2011], fullWidth: false }
 */
export function parseAwardYears(input: AwardYearsInput, today: Date = new Date()): AwardYearsResult {
  const max = maxAwardYear(today);
  if (input === undefined || input === null || input === '') return { ok: true, years: [], fullWidth: false };
  const fullWidth = [input].flat().some((v) => typeof v === 'string' && FULL_WIDTH_DIGIT.test(v));
  FULL_WIDTH_DIGIT.lastIndex = 0;

  const given = Array.isArray(input) ? input.join(', ') : toAsciiDigits(String(input)).trim();
  const parts = Array.isArray(input) ? input.map((item) => toAsciiDigits(String(item)).trim()) : given.split(LIST_SEPARATOR).filter((part) => part !== '');
  const years: number[] = [];
  for (const part of parts) {
    const one = parseYearOrRange(part, max);
    if (!one.ok) return one;
    const repeated = one.years.find((year) => years.includes(year));
    if (repeated !== undefined) return { ok: false, problem: { code: 'years.duplicate', values: { given, year: repeated } } };
    years.push(...one.years);
  }
  return { ok: true, years: years.sort((a, b) => a - b), fullWidth };
}

/** One year (`2010`, `2010年度`) or one range (`2009-2011`), already in ASCII digits. */
function parseYearOrRange(text: string, max: number): AwardYearsResult {
  const range = RANGE_SEPARATOR.exec(text);
  if (range) {
    const from = parseOneYear(range[1]!, max);
    if (typeof from !== 'number') return { ok: false, problem: from };
    const to = parseOneYear(range[2]!, max, from);
    if (typeof to !== 'number') return { ok: false, problem: to };
    if (to < from) return { ok: false, problem: { code: 'years.reversed', values: { given: text, from, to } } };
    return { ok: true, years: Array.from({ length: to - from + 1 }, (_, i) => from + i), fullWidth: false };
  }
  const year = parseOneYear(text, max);
  if (typeof year !== 'number') return { ok: false, problem: year };
  return { ok: true, years: [year], fullWidth: false };
}

/**
 * Writes a list of years the way the dossiers do: `2009-2011` for a run, `2010、2012` otherwise.
 *
 * @example formatYears([2009, 2010, 2011]) // '2009-2011'
 */
export function formatYears(years: readonly number[]): string {
  if (years.length === 0) return '';
  const consecutive = years.every((y, i) => i === 0 || y === years[i - 1]! + 1);
  if (years.length > 2 && consecutive) return `${years[0]}-${years.at(-1)}`;
  return years.join('、');
}

/** A `years` (or `period`) value as the content files hold it: `2010`, `'2009-2011'` or `[2010, 2011]`. */
export type WrittenYears = number | string | Array<number | string>;

// A form's text box may also separate years with spaces, 和, 及 or 与.
const FORM_LIST_SEPARATOR = /[\s、,，;；和及与]+/;

/**
 * Reads years typed in a form's text box into the value a content file holds, the way the
 * importer writes them: `2010` → `2010`, `2009—2011` or `2009至2011` → `'2009-2011'`,
 * `2010、2011` (or commas, spaces, `[2010, 2011]`) → `[2010, 2011]`, nothing → `undefined`.
 * Full-width digits and a trailing 年/年度 are dropped. What is not years at all is returned as
 * typed, for the schema to refuse with its own message.
 *
 * @example yearsFromText('2010、2011') // [2010, 2011]
 */
export function yearsFromText(text: string): WrittenYears | undefined {
  const plain = toAsciiDigits(text).trim().replace(/^\[(.*)\]$/s, '$1').trim();
  if (plain === '') return undefined;
  const oneYear = (part: string): number | string => {
    const bare = part.replace(/\s*年度?$/, '');
    return /^\d+$/.test(bare) ? Number(bare) : part;
  };
  const range = RANGE_SEPARATOR.exec(plain);
  if (range) {
    const [from, to] = [oneYear(range[1]!), oneYear(range[2]!)];
    if (typeof from === 'number' && typeof to === 'number') return `${from}-${to}`;
  }
  const parts = plain.split(FORM_LIST_SEPARATOR).filter((part) => part !== '');
  if (parts.length > 1) return parts.map(oneYear);
  return oneYear(plain);
}

/**
 * The text a form shows for a written `years` value, the inverse of {@link yearsFromText}: a list
 * is joined with `、`, a range and a single year are shown as written.
 *
 * @example yearsToText([2010, 2011]) // '2010、2011'
 */
export function yearsToText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map(String).join('、');
  return String(value);
}
