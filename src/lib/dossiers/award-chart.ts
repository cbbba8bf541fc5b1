import { t } from '../i18n.ts';
import { AWARD_LEVELS, AWARD_LEVEL_SLUGS, type Award, type AwardLevel } from '../schemas/index.ts';

/** One level's part of a year's bar. */
export interface AwardChartSegment {
  level: AwardLevel | undefined;
  /** Names the level's colour: the level's URL slug, or `unspecified`. */
  key: string;
  count: number;
  /** Where the segment starts, as a share (0–1) of the longest bar's length. */
  from: number;
  /** How long the segment is, as a share (0–1) of the longest bar's length. */
  length: number;
}

/** One row of the chart: a year, or a run of years in which no award fell. */
export interface AwardChartRow {
  /** First and last year of the row; equal for a single year. */
  from: number;
  to: number;
  /** The row's label: `2010`, or `1995–2005` for a run of empty years. */
  label: string;
  total: number;
  /** Highest level first, only levels with awards in the row. */
  segments: AwardChartSegment[];
  /** Top of the row's bar, in em from the top of the chart. */
  y: number;
}

/** A legend entry: a level that occurs in the chart, with how many award-years it has. */
export interface AwardChartLevel {
  level: AwardLevel | undefined;
  key: string;
  label: string;
  count: number;
}

/**
 * Awards per year by level, laid out for an SVG of horizontal bars (newest year on top). Vertical
 * positions are in em, so the chart grows with the reader's text size (大字模式 included);
 * horizontal positions are shares of the bar area, so it fits any width.
 */
export interface AwardChart {
  rows: AwardChartRow[];
  /** Levels that occur, highest first; what the legend and the data table list. */
  levels: AwardChartLevel[];
  /** The largest yearly total: the length of a full bar. */
  max: number;
  /** Awards with no year, which no bar can show. */
  undated: number;
  /** Height of the whole chart, in em. */
  height: number;
  /** Height of each bar, in em. */
  barHeight: number;
  /** Width of the year labels' column, in em (the widest label decides it). */
  labelWidth: number;
  /** Width of the totals' column at the end of each bar, in em. */
  totalWidth: number;
}

/** Rows are this many em apart; bars this tall; the chart has this margin above and below. */
const ROW_HEIGHT = 1.9;
const BAR_HEIGHT = 1.25;
const MARGIN = 0.35;
/** Width of a digit or dash in the chart's font, in em, with room to spare. */
const CHAR_WIDTH = 0.62;
/** A run of at least this many years without awards becomes one row, so gaps do not stretch the chart. */
const COLLAPSE_RUN = 3;

const keyOf = (level: AwardLevel | undefined) => (level ? AWARD_LEVEL_SLUGS[level] : 'unspecified');
const LEVEL_ORDER: (AwardLevel | undefined)[] = [...AWARD_LEVELS, undefined];

/**
 * Counts awards per year and level and lays the counts out as bars. An award covering 2009–2011
 * counts once in each of those years, as the year pages of the 荣誉榜 list it. Every year from the
 * first to the last is shown, so gaps are visible; long runs of empty years shrink to one row.
 *
 * @example awardChart([{ years: [2010], level: '省级' }, { years: [2010, 2011] }]).rows.map((r) => [r.label, r.total])
 * // [['2011', 1], ['2010', 2]]
 */
export function awardChart(awards: readonly Pick<Award, 'years' | 'level'>[]): AwardChart {
  const perYear = new Map<number, Map<AwardLevel | undefined, number>>();
  const perLevel = new Map<AwardLevel | undefined, number>();
  let undated = 0;
  for (const award of awards) {
    if (award.years.length === 0) undated++;
    for (const year of award.years) {
      const levels = perYear.get(year) ?? new Map<AwardLevel | undefined, number>();
      levels.set(award.level, (levels.get(award.level) ?? 0) + 1);
      perYear.set(year, levels);
      perLevel.set(award.level, (perLevel.get(award.level) ?? 0) + 1);
    }
  }
  const years = [...perYear.keys()].sort((a, b) => b - a);
  const totalOf = (year: number) => [...(perYear.get(year)?.values() ?? [])].reduce((sum, n) => sum + n, 0);
  const max = Math.max(0, ...years.map(totalOf));

  const spans: { from: number; to: number }[] = [];
  for (let i = 0; i < years.length; i++) {
    const year = years[i]!;
    spans.push({ from: year, to: year });
    const older = years[i + 1];
    if (older === undefined) break;
    const gap = year - older - 1;
    if (gap >= COLLAPSE_RUN) spans.push({ from: older + 1, to: year - 1 });
    else for (let empty = year - 1; empty > older; empty--) spans.push({ from: empty, to: empty });
  }

  const rows = spans.map(({ from, to }, i): AwardChartRow => {
    const counts = from === to ? perYear.get(from) : undefined;
    let at = 0;
    const segments = LEVEL_ORDER.filter((level) => counts?.has(level)).map((level) => {
      const count = counts!.get(level)!;
      const segment = { level, key: keyOf(level), count, from: round(at / max, 4), length: round(count / max, 4) };
      at += count;
      return segment;
    });
    return {
      from,
      to,
      label: from === to ? String(from) : t('chart.yearRun', { from, to }),
      total: at,
      segments,
      y: round(MARGIN + i * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) / 2),
    };
  });

  const widest = Math.max(4, ...rows.map((row) => row.label.length));
  return {
    rows,
    levels: LEVEL_ORDER.filter((level) => perLevel.has(level)).map((level) => ({
      level,
      key: keyOf(level),
      label: level ?? t('awards.noLevel'),
      count: perLevel.get(level)!,
    })),
    max,
    undated,
    height: round(rows.length * ROW_HEIGHT + 2 * MARGIN),
    barHeight: BAR_HEIGHT,
    labelWidth: round(widest * CHAR_WIDTH + 0.6),
    totalWidth: round(String(max).length * CHAR_WIDTH + 0.8),
  };
}

// The figures end up in the page's markup: a few decimals are as exact as a screen can show.
function round(value: number, decimals = 2): number {
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
}
