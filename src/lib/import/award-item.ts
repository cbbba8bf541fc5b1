import { MIN_AWARD_YEAR, maxAwardYear } from '../constants.ts';
import { normaliseLevel, suggestYear, toAsciiDigits, type AwardLevel } from '../schemas/index.ts';
import { levelFromWords } from './award-level.ts';
import { AWARD_WORDS } from './award-words.ts';
import { chineseYearsToDigits } from './chinese-year.ts';

/** An award as the importer writes it into an achievements file's `awards:` list. */
export interface ImportedAward {
  title: string;
  /** `2009-2011` for a range, `[2010, 2011]` for a list, `2010` for one year; absent if none. */
  years?: string | number | number[];
  level?: AwardLevel;
  issuer?: string;
  note?: string;
}

/** A year in the source that cannot be right, kept in the award's `note` and reported. */
export interface ImplausibleYear {
  /** The years as the source wrote them: `2006-20011年`. */
  original: string;
  /** The years that were written instead, when they could be guessed. */
  used?: string;
}

/** The parts of an award as the source wrote them, for checking that the award carries all of them. */
export interface AwardSource {
  title: string;
  /** The years as written (`2010年、2011年度`, `（2019年）`), `''` when none. */
  years: string;
  /** A level cell of a table, as written. */
  level?: string;
  /** An issuer cell of a table, as written. */
  issuer?: string;
  /** The years of a label over the item's group (`2019年` above a list), when the item names none. */
  groupYears?: string;
  /** The item as written, when it is a sentence the name was taken from (kept in `note`). */
  sentence?: string;
}

/** The outcome of {@link parseAwardItem}. */
export interface ParsedAwardItem {
  award: ImportedAward;
  source: AwardSource;
  implausible?: ImplausibleYear;
}

// An edition or batch (第六届, 第二批): it counts, but it is not a year.
const EDITION = /^第[一二三四五六七八九十百\d]+[届批次]$/;
const YEAR = String.raw`(\d{4,5})`;
const SPACE = String.raw`[\s\u00a0\u3000]*`;
const SUFFIX = String.raw`(?:年度|年)`;
const RANGE_BODY = `${YEAR}${SPACE}(?:年度?)?${SPACE}[-–—－~～至到]${SPACE}${YEAR}${SPACE}${SUFFIX}?`;
const LIST_BODY = `${YEAR}${SPACE}${SUFFIX}?(?:${SPACE}[、,，和及与]${SPACE}${YEAR}${SPACE}${SUFFIX}?)+`;
const SINGLE_BODY = `${YEAR}${SPACE}${SUFFIX}`;
// A year with its month, and perhaps its day: 2019年12月, 2019年12月8日, 2019.12, 2019/12/08.
const DATED_BODY = String.raw`${YEAR}${SPACE}(?:年${SPACE}\d{1,2}${SPACE}月(?:${SPACE}\d{1,2}${SPACE}[日号])?|[.．/／]\d{1,2}(?:[.．/／]\d{1,2})?(?!\d))`;
// A year written as four digits alone, which only a space or a mark keeps apart from the name.
const BARE_YEAR = String.raw`(?:19|20)\d{2}(?!\d)`;
const YEARS_BODY = `(?:${RANGE_BODY})|(?:${LIST_BODY})|(?:${DATED_BODY})|${SINGLE_BODY}`;
const RANGE = new RegExp(`^${RANGE_BODY}${SPACE}`);
const LIST = new RegExp(`^${LIST_BODY}${SPACE}`);
const DATED = new RegExp(`^${DATED_BODY}${SPACE}`);
const SINGLE = new RegExp(`^${SINGLE_BODY}${SPACE}`);
const BARE = new RegExp(`^${BARE_YEAR}(?:[\\s\\u00a0\\u3000]+|${SPACE}[：:，,、]${SPACE})`);
// A year after the title, in brackets: 全省节水型单位（2021年）, （2018-2020年度）, （2019）.
const TRAILING = new RegExp(`${SPACE}[（(]${SPACE}((?:${RANGE_BODY})|(?:${LIST_BODY})|${YEAR}${SPACE}${SUFFIX}?)${SPACE}[）)]$`);
// What sets years apart after the name when no bracket does: 市级文明单位 2019年, ——2019年, ，2019年度.
const AFTER_NAME = String.raw`(?:[\s\u00a0\u3000]+|${SPACE}(?:[，,、：:]|——|—|－－|--)${SPACE})`;
const TRAILING_UNBRACKETED = new RegExp(`${AFTER_NAME}(?:${YEARS_BODY}|${BARE_YEAR})$`);
// The mark that set trailing years apart, left out when the years are read.
const LEADING_MARK = /^(?:[，,、：:]|——|—|－－|--)/;
// Spaces next to Chinese characters are typing slips (`2006-2011 年度`); spaces between Latin words stay.
const SLIP_SPACES = /[\s\u00a0\u3000]+(?=[^\x00-\x7f])|(?<=[^\x00-\x7f])[\s\u00a0\u3000]+/g;

/** Years as they read: digits, with Chinese numerals (`二〇二三年`) and full-width digits turned ASCII. */
function plainYears(text: string): string {
  return toAsciiDigits(chineseYearsToDigits(text));
}

/** The year as written if plausible, else the guessed year, else `undefined`. */
function checkYear(written: string, max: number, min: number): { year?: number; guessed: boolean } {
  const n = Number(written);
  if (/^\d{4}$/.test(written) && n >= MIN_AWARD_YEAR && n <= max) return { year: n, guessed: false };
  const guess = suggestYear(written, max, min);
  return guess ? { year: Number(guess), guessed: true } : { guessed: true };
}

/** Years as a note quotes them: without spaces, the brackets around them or the mark before them. */
export function quotedYears(written: string): string {
  return written.replace(/[\s\u00a0\u3000]+/g, '').replace(/^[（(]|[）)]$/g, '').replace(LEADING_MARK, '');
}

/** What a piece of text naming years says: the `years` value, and what to note when a year cannot be right. */
interface ReadYears {
  years?: ImportedAward['years'];
  note?: string;
  implausible?: ImplausibleYear;
}

/**
 * Reads the years of an award as written (`2009-2011年度`, `2010年、2011年度`, `２０２２年`,
 * `二〇二三年度`, `2019`, a date such as `2019年12月` or `2019.12`). A year that cannot be right
 * (`20011`) is never silently dropped or fixed: the likeliest meant year is used only when one can
 * be guessed, the wording goes to `note`, as a date's does. Returns no years for text that names none.
 */
function readYears(written: string, today: Date = new Date()): ReadYears {
  const yearText = quotedYears(written);
  const plain = plainYears(yearText);
  const digits = [...plain.matchAll(/\d{4,5}/g)].map((m) => m[0]);
  if (digits.length === 0) return {};
  const isRange = digits.length === 2 && /[-–—－~～至到]/.test(plain);
  const checked: Array<{ year?: number; guessed: boolean }> = [];
  for (const w of digits) checked.push(checkYear(w, maxAwardYear(today), checked.at(-1)?.year ?? MIN_AWARD_YEAR));
  const years = checked.map((c) => c.year);
  const allKnown = years.every((y): y is number => y !== undefined);
  const value = !allKnown ? undefined : isRange ? `${years[0]}-${years[1]}` : years.length > 1 ? (years as number[]) : years[0]!;
  const note = `原文作“${yearText}”`;
  // A month or day (2019年12月) has no field of its own; the date as written stays in note.
  const dated = /\d/.test(plain.replace(/\d{4,5}/g, ''));
  if (!checked.some((c) => c.guessed)) return value === undefined ? {} : { years: value, ...(dated ? { note } : {}) };
  const used = allKnown ? (isRange ? `${years[0]}-${years[1]}` : years.join('、')) : undefined;
  return { ...(value !== undefined ? { years: value } : {}), note, implausible: used ? { original: yearText, used } : { original: yearText } };
}

/** Splits the years written before or after an award's name from the name: `[years, title]`. */
export function splitYears(item: string): { years: string; title: string } {
  const source = item.trim();
  // Converting digits keeps the string length, so positions found in `plain` hold in `source`.
  const plain = plainYears(source);
  const leading = RANGE.exec(plain) ?? LIST.exec(plain) ?? DATED.exec(plain) ?? SINGLE.exec(plain) ?? BARE.exec(plain);
  if (leading) return { years: source.slice(0, leading[0].length).trim(), title: source.slice(leading[0].length).trim() };
  const trailing = TRAILING.exec(plain) ?? TRAILING_UNBRACKETED.exec(plain);
  if (trailing && trailing.index > 0) return { years: source.slice(trailing.index).trim(), title: source.slice(0, trailing.index).trim() };
  return { years: '', title: source };
}

/** Orders an award's fields as the shipped content writes them: title, years, level, issuer, note. */
export function orderAwardFields(a: ImportedAward): ImportedAward {
  return {
    title: a.title,
    ...(a.years !== undefined ? { years: a.years } : {}),
    ...(a.level ? { level: a.level } : {}),
    ...(a.issuer ? { issuer: a.issuer } : {}),
    ...(a.note ? { note: a.note } : {}),
  };
}

/** The parts of an award a table row gives, each as written. */
export interface AwardCells {
  title: string;
  years?: string;
  level?: string;
  issuer?: string;
  note?: string;
}

/**
 * An award from its parts as written (a table row's cells): the years read by {@link readYears},
 * the level from its cell, or else from the words of the name, then of the issuer.
 */
export function awardFromCells(cells: AwardCells, today: Date = new Date()): ParsedAwardItem {
  const yearCell = (cells.years ?? '').trim();
  // A table's year column may hold an edition (第二届), which belongs before the name, as in 第二届全国文明校园.
  const edition = EDITION.test(yearCell.replace(/[\s\u3000]+/g, '')) ? yearCell.replace(/[\s\u3000]+/g, '') : '';
  const title = edition + cells.title.trim().replace(SLIP_SPACES, '');
  const named = readYears(edition ? '' : yearCell, today);
  // Year text naming no year (近年, 待定) is kept in the note and reported, never dropped.
  const read: ReadYears =
    yearCell !== '' && !edition && named.years === undefined && named.note === undefined
      ? { note: `原文作“${yearCell}”`, implausible: { original: yearCell } }
      : named;
  const levelCell = cells.level?.trim() ?? '';
  const level = (levelCell !== '' ? normaliseLevel(levelCell) : undefined) ?? levelFromWords(title) ?? levelFromWords(cells.issuer ?? '');
  const notes = [
    ...(cells.note?.trim() ? [cells.note.trim()] : []),
    ...(read.note ? [read.note] : []),
    ...(levelCell !== '' && !normaliseLevel(levelCell) ? [`级别原文作“${levelCell}”`] : []),
  ];
  const award = orderAwardFields({
    title,
    ...(read.years !== undefined ? { years: read.years } : {}),
    ...(level ? { level } : {}),
    ...(cells.issuer?.trim() ? { issuer: cells.issuer.trim() } : {}),
    ...(notes.length > 0 ? { note: notes.join('；') } : {}),
  });
  const source: AwardSource = {
    title: edition + cells.title.trim(),
    years: edition ? '' : yearCell,
    ...(levelCell !== '' ? { level: levelCell } : {}),
    ...(cells.issuer?.trim() ? { issuer: cells.issuer.trim() } : {}),
  };
  return { award, source, ...(read.implausible ? { implausible: read.implausible } : {}) };
}

/**
 * Splits one award item into its years and its name, and reads the level from the name. The
 * years may come first (`2009-2011年度`, `2010年、2011年度`, `2010年度`, `2006-2011 年度`,
 * `２０２２年度`, `二〇二三年度`) or last in brackets (`全省节水型单位（2021年）`); an item may name
 * none (`第六届全国文明单位` names an edition, not a year).
 *
 * @example parseAwardItem('2010年、2011年度先进基层党组织').award // { title: '先进基层党组织', years: [2010, 2011] }
 */
export function parseAwardItem(item: string, today: Date = new Date()): ParsedAwardItem {
  const { years, title } = splitYears(item);
  const name = awardNameInSentence(title);
  if (name === undefined) return awardFromCells({ ...splitIssuer(title), years }, today);
  // The name was taken out of a sentence: the sentence stays in note, word for word. Years the
  // sentence names inside (荣获2019年度市级文明单位) are the award's too.
  const parsed = awardFromCells(years === '' ? splitYears(name) : { title: name, years }, today);
  const sentence = item.trim();
  // The sentence holds the years as written, so a note quoting them alone would say it twice.
  const quoted = /^原文作“(.*)”$/.exec(parsed.award.note ?? '')?.[1];
  const own = quoted !== undefined && sentence.includes(quoted) ? undefined : parsed.award.note;
  const note = [own, `原文作“${sentence}”`].filter((n) => n !== undefined).join('；');
  return { ...parsed, award: orderAwardFields({ ...parsed.award, note }), source: { ...parsed.source, sentence } };
}

// The name of a body that confers awards ends with one of these: 湘潭市委、市政府, 市卫健委, 中央文明委,
// 全国总工会, 市爱卫会, 全国妇联, 团中央, 省教育厅, 国务院, 省高级人民法院.
const ISSUER_END = /(?:委|会|党组|政府|局|厅|部|办公室|办|妇联|领导小组|指挥部|团中央|国务院|法院|检察院|署)$/;
// Words only an award's own name holds (先进团支部 is an award, not who gave it). Narrower than
// AWARD_WORDS, which bodies share: 市文明办, 中央文明委, 市卫生健康委员会.
const HONOUR_WORDS = /先进|优秀|示范|模范|标兵|先锋|红旗|五好|十佳|百佳|最美|之星|奖|称号|荣誉|满意|达标|集体|单位|号/;

const namesIssuer = (text: string) => ISSUER_END.test(text) && !HONOUR_WORDS.test(text);

/**
 * An award line's name and, when the line ends with them, the bodies that gave the award:
 * `市级文明单位 湘潭市委、市政府` is the award 市级文明单位 given by 湘潭市委、市政府. They count
 * when they follow a space, each part naming a body and no award, and what is left reads as an
 * award's name; or when they follow the closing quote or bracket that ends the name, where the
 * import has already dropped the space (`湘潭市“五一劳动奖状”湘潭市总工会`). Anything else is all
 * name, as written.
 */
function splitIssuer(line: string): { title: string; issuer?: string } {
  const parts = line.trim().split(/[\s\u00a0\u3000]+/);
  let first = parts.length;
  while (first > 1 && namesIssuer(parts[first - 1]!)) first--;
  const title = parts.slice(0, first).join(' ');
  // What is left for the name must read as an award: 全国 文明法院 is one name, not 全国 given by 文明法院.
  if (first < parts.length && AWARD_WORDS.test(title)) return { title, issuer: parts.slice(first).join(' ') };
  const closed = Math.max(line.lastIndexOf('”'), line.lastIndexOf('）'));
  const [name, after] = [line.slice(0, closed + 1).trim(), line.slice(closed + 1).trim()];
  return closed > 0 && namesIssuer(after) && AWARD_WORDS.test(name) ? { title: name, issuer: after } : { title: line };
}

// How a sentence reports an award: (subject) (先后) 被评为 / 被授予 / 荣获 / 获得 … the name … (称号).
const SENTENCE_LEAD =
  /^[，,、\s]*(?:[^，,。“”]{0,15}?(?:先后|连续|再次|又|还|曾|相继)?(?:被(?:评为|授予|命名为|表彰为|认定为|确定为|评选为|列为|选为)|荣获|获得|获评|荣膺|喜获)了?)?/;
const SENTENCE_TAIL = /(?:的)?(?:荣誉称号|称号|荣誉)$/;

/**
 * The award's name when an item is written as a sentence (`，分公司被评为全国文明单位`,
 * `被授予“全国文明单位”称号`): without the subject and verb before it and 称号 after it;
 * `undefined` when the item is a name already.
 *
 * @example awardNameInSentence('，荣获“全国工人先锋号”称号') // '全国工人先锋号'
 */
export function awardNameInSentence(title: string): string | undefined {
  const lead = SENTENCE_LEAD.exec(title)?.[0] ?? '';
  const verb = /被|获|荣膺/.test(lead);
  if (!verb && !/^[，,、]/.test(title)) return undefined;
  let name = title.slice(lead.length);
  if (verb) name = name.replace(SENTENCE_TAIL, '');
  const quoted = /^“([^“”]+)”$/.exec(name);
  if (quoted) name = quoted[1]!;
  return name.trim() === '' || name === title ? undefined : name.trim();
}
