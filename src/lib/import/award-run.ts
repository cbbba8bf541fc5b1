import type { Block } from './block.ts';
import { awardTable } from './award-table.ts';
import type { AwardCells } from './award-item.ts';
import { awardNameInSentence, splitYears } from './award-item.ts';
import { levelFromWords } from './award-level.ts';
import { AWARD_WORDS } from './award-words.ts';
import { normaliseLevel, toAsciiDigits, type AwardLevel } from '../schemas/index.ts';

/** How an award item was marked in the source; `group` is a label over a group of items (`省级：`). */
export type AwardMarker = 'dash' | 'bullet' | 'number' | 'list' | 'table' | 'group' | 'none';

/** A piece of the 成就篇 that may be an award: one paragraph, a piece of one, or a table row. */
export interface AwardCandidate {
  /** The blocks it was read from; several when stray spaces split one item. */
  blocks: Block[];
  /** The text, without its list marker. */
  text: string;
  marker: AwardMarker;
  /** The cells, for a row of an award table. */
  cells?: AwardCells;
  /** The paragraph holds only this piece; false for the items of a one-line list and its lead-in. */
  whole: boolean;
  /** How much it looks like an award, as log-odds. */
  score: number;
  /** For a group label, the level it names. */
  level?: AwardLevel;
  /** For a group label, the years it names, as written (`2019年`, `2020—2022年度`). */
  years?: string;
}

/** The award list found in the 成就篇: candidates `[start, end)` are the awards. */
export interface AwardRun {
  candidates: AwardCandidate[];
  start: number;
  end: number;
  /** Candidates, outside the run or at its edge, on which the call was close. */
  doubts: Array<{ index: number; inRun: boolean }>;
}

// The dash between items (`——`, already normalised) and the bullets and numbers lists are written with.
const SEPARATOR = /——/g;
// A number followed by a year (`1.2017年度…`) is a marker too; one followed by other digits (`8.6万`) is not.
const MARKER =
  /^(?:(——)|([•·●○■□◆◇▪▸►★☆▲△▶◎❖➢➤√✓※\-*])|(\d{1,2}[.、．)）](?=\d{4}(?!\d)|[^\d])|[（(]\d{1,2}[)）]|[①-⑳]))[\s\u3000]*/;
const ONLY_MARKER = new RegExp(`${MARKER.source}$`);
const SENTENCE_END = /[。！？]/;
// A label over a group of awards names a level and nothing else: 国家级, 省级荣誉：, 市县级奖项.
const GROUP_LABEL = /^((?:国家|省部|省|市|地市|县|区|市县|区县|县区|乡镇|街道)级)(?:荣誉|奖项|称号|表彰)?[：:]?$/;

/** The level a group label names (`省级荣誉：` → 省级), `null` for a label naming levels no single one covers (市县级). */
function groupLabelLevel(text: string): AwardLevel | null | undefined {
  const m = GROUP_LABEL.exec(text.trim());
  if (!m) return undefined;
  return normaliseLevel(m[1]!) ?? null;
}

// What may follow the years of a label over a group of awards: 2019年获得的荣誉：, 2021年度表彰.
const YEAR_LABEL_TAIL = /(?:(?:获得|荣获|获评)的?)?(?:荣誉|奖项|称号|表彰)?[：:]?$/;

/** The years a label over a group of awards names and nothing else (`2019年`, `2020—2022年度：`), as written. */
function groupLabelYears(text: string): string | undefined {
  const years = text.trim().replace(YEAR_LABEL_TAIL, '');
  if (years === '') return undefined;
  const bare = /^(?:19|20)\d{2}$/.test(toAsciiDigits(years));
  return bare || splitYears(`${years}X`).title === 'X' ? years : undefined;
}
/** Candidates scoring this low are plainly prose or headings, and an award run never crosses them. */
const PROSE = -2.5;
/** Evidence weaker than this either way, at the edge of the run, is a doubt. */
const CLOSE = 1;

// What ends an item of a list typed as running text: `…先进集体；` and the last item's `。`.
const LIST_END = /[；;，,、。]$/;

/**
 * An award item without the mark that ends it in a list typed as running text (`2019年度全省先进集体；`,
 * the last item's `。`): the mark separates items and belongs to no award's name.
 */
export function withoutListEnd(text: string): string {
  return text.replace(LIST_END, '').trimEnd();
}

/** Whether the text after an award's years is one sentence naming it: `，被评为全国文明单位`, `荣获“全国工人先锋号”称号`. */
function reportsOneAward(title: string): boolean {
  return !/[。！？；]/.test(title) && (title.match(/[，,]/g) ?? []).length <= 1 && /被|获|荣膺/.test(title) && awardNameInSentence(title) !== undefined;
}

/** Splits the list marker (`——`, `•`, `1.`, `（1）`, `①`) off an award item: what it was, and the item. */
export function markerOf(text: string): { marker: AwardMarker; rest: string } {
  const m = MARKER.exec(text);
  if (!m) return { marker: 'none', rest: text };
  const marker: AwardMarker = m[1] ? 'dash' : m[2] ? 'bullet' : 'number';
  return { marker, rest: text.slice(m[0].length).trim() };
}

/**
 * How much a piece of the 成就篇 looks like one award, as log-odds: years before or after the
 * name, a list marker, the words award names are made of, a level; against it, a sentence end,
 * a lead-in colon, clauses, length, and being a heading (never an award).
 */
export function awardScore(text: string, marker: AwardMarker, block?: Block): number {
  if (block?.heading !== undefined) return -5;
  if (marker === 'table') return 4;
  const { years, title } = splitYears(text);
  let score = -1;
  if (years !== '') score += 2;
  if (marker !== 'none') score += 1.5;
  if (AWARD_WORDS.test(title)) score += 1;
  if (levelFromWords(title)) score += 0.5;
  // `2019年，被评为全国文明单位。` reports one award in one sentence: its comma and full stop are no prose.
  const reported = years !== '' && reportsOneAward(withoutListEnd(title));
  if (!reported) {
    if (SENTENCE_END.test(text)) score -= 3;
    if (/[：:]$/.test(text)) score -= 3;
    score -= (text.match(/[，,；]/g) ?? []).length;
  }
  const length = [...title].length;
  if (length > 40) score -= (length - 40) / 10;
  return score;
}

function candidate(blocks: Block[], raw: string, whole: boolean, forced?: AwardMarker): AwardCandidate {
  // A group label belongs to the list it heads: it neither starts nor ends a run on its own. It may
  // be a heading (`### 2019年`, a bold line): a heading naming only a level or years heads awards.
  const label = groupLabelLevel(raw);
  if (label !== undefined) return { blocks, text: raw.trim(), marker: 'group', whole, score: 0, ...(label ? { level: label } : {}) };
  const years = groupLabelYears(raw);
  if (years !== undefined) return { blocks, text: raw.trim(), marker: 'group', whole, score: 0, years };
  const { marker, rest } = forced ? { marker: forced, rest: raw.trim() } : markerOf(raw.trim());
  const listMarker: AwardMarker = marker === 'none' && blocks[0]?.list ? 'list' : marker;
  return { blocks, text: rest, marker: listMarker, whole, score: awardScore(rest, listMarker, blocks[0]) };
}

/**
 * An award list written on one line, split into its items: `—— A —— B …` (the text before the
 * first dash is a lead-in), or `A；B；C。` (a lead-in ending `：` before the first item). Only when
 * at least two items look like awards; a sentence that happens to hold a dash stays whole.
 */
function splitOneLine(text: string): { lead: string; items: string[]; marker: AwardMarker } | undefined {
  const dashed = text.split(SEPARATOR);
  const afterDash = dashed.slice(1).map((p) => p.trim()).filter((p) => p !== '');
  if (afterDash.length >= 2 && afterDash.filter((p) => awardScore(p, 'dash') > 0).length >= 2) {
    return { lead: dashed[0]!.trim(), items: afterDash, marker: 'dash' };
  }
  const listed = text.replace(/[。；]$/, '').split('；').map((p) => p.trim());
  if (listed.length < 2) return undefined;
  const colon = listed[0]!.lastIndexOf('：');
  const lead = colon === -1 ? '' : listed[0]!.slice(0, colon + 1);
  const items = [listed[0]!.slice(colon + 1).trim(), ...listed.slice(1)].filter((p) => p !== '');
  return items.every((p) => awardScore(p, 'none') > 0) ? { lead, items, marker: 'none' } : undefined;
}

/**
 * The pieces of a 成就篇 that may be awards, in order: each paragraph; each item of a list written
 * on one line (`—— A —— B …`) with the text before the first dash as a piece of its own; each row
 * of an award table; and, where a pasted page separates items by dashes standing alone (and stray
 * spaces split an item), the paragraphs between two dashes joined into one item.
 */
export function awardCandidates(blocks: readonly Block[]): AwardCandidate[] {
  const out: AwardCandidate[] = [];
  let group: { marker: AwardMarker; blocks: Block[] } | undefined;
  const flush = () => {
    if (group && group.blocks.length > 0) out.push(candidate(group.blocks, group.blocks.map((b) => b.text).join(' '), true, group.marker));
    group = undefined;
  };
  for (const block of blocks) {
    if (block.table) {
      flush();
      const rows = awardTable(block.table);
      if (rows) for (const cells of rows) out.push({ blocks: [block], text: cells.title, marker: 'table', cells, whole: false, score: awardScore('', 'table') });
      else out.push({ blocks: [block], text: block.text, marker: 'none', whole: true, score: PROSE - 1 });
      continue;
    }
    const only = ONLY_MARKER.exec(block.text);
    if (only && block.heading === undefined) {
      flush();
      group = { marker: markerOf(block.text).marker, blocks: [] };
      continue;
    }
    // Inside a group, fragments join the item until a sentence (the closing) or a new marker comes.
    if (group && (group.blocks.length === 0 || (!SENTENCE_END.test(block.text) && !/[：:]$/.test(block.text) && markerOf(block.text).marker === 'none'))) {
      group.blocks.push(block);
      continue;
    }
    flush();
    const split = block.heading === undefined && !block.list ? splitOneLine(block.text) : undefined;
    if (split) {
      if (split.lead !== '') out.push(candidate([block], split.lead, false, 'none'));
      for (const item of split.items) out.push(candidate([block], item, false, split.marker));
      continue;
    }
    out.push(candidate([block], block.text, true));
  }
  flush();
  return out;
}

/**
 * Chooses the award list of a 成就篇: the contiguous run of candidates that most looks like awards
 * (the largest sum of {@link awardScore}), never crossing plain prose or a heading, so a list is
 * found whatever comes before it (an introduction, a sub-heading and its text, a lead-in ending
 * `：`) and after it (the closing). Candidates at the run's edges decided on thin evidence, and
 * award-like candidates left outside it, are returned as doubts.
 */
export function chooseAwardRun(candidates: AwardCandidate[]): AwardRun {
  let best = { start: 0, end: 0, sum: 0 };
  let start = 0;
  let sum = 0;
  candidates.forEach((c, i) => {
    if (c.score <= PROSE || sum + c.score <= 0) {
      start = i + 1;
      sum = 0;
      return;
    }
    if (sum === 0) start = i;
    sum += c.score;
    if (sum > best.sum) best = { start, end: i + 1, sum };
  });
  // A run never begins or ends on a candidate that looks less like an award than not.
  while (best.end > best.start && candidates[best.end - 1]!.score <= 0) best.end -= 1;
  while (best.end > best.start && candidates[best.start]!.score <= 0) best.start += 1;
  // A label heading the first group of the list belongs to it.
  while (best.end > best.start && best.start > 0 && candidates[best.start - 1]!.marker === 'group') best.start -= 1;
  const doubts: AwardRun['doubts'] = [];
  candidates.forEach((c, i) => {
    const inRun = i >= best.start && i < best.end;
    const edge = i === best.start || i === best.end - 1 || i === best.start - 1 || i === best.end;
    if (c.marker === 'group') return;
    if ((edge && Math.abs(c.score) < CLOSE && c.score > PROSE) || (!inRun && c.score >= 2)) doubts.push({ index: i, inRun });
  });
  return { candidates, start: best.start, end: best.end, doubts };
}
