import { AWARD_LEVELS, type Award } from '../schemas/index.ts';
import type { AWARD_TABLE_COLUMNS } from './award-columns.ts';

/** A column an award table can be sorted by. */
export type AwardSortColumn = (typeof AWARD_TABLE_COLUMNS)[number];

/**
 * Each award's place in each sortable column, smallest first: years from oldest, titles and units
 * in Chinese (pinyin) order, levels from 国家级 down. Awards that tie share a place. A missing
 * value (no year, no level, no unit) has no place, and a sorted table puts it last either way.
 */
export type AwardSortRanks = Record<AwardSortColumn, number | undefined>;

const collator = new Intl.Collator('zh-CN');

/**
 * The sort places of a list's awards, computed once when the page is built. A table sorted in the
 * browser then only compares these numbers, so every reader gets the same Chinese collation, and
 * sorting by year in descending order restores the 荣誉榜's own order (latest year first, a longer
 * run before a shorter one).
 *
 * @example awardSortRanks([{ title: '乙', years: [2011] }, { title: '甲', years: [2010] }]).map((r) => r.years) // [1, 0]
 */
export function awardSortRanks(awards: readonly (Pick<Award, 'title' | 'years' | 'level'> & { unit?: string })[]): AwardSortRanks[] {
  const yearKey = (award: Pick<Award, 'years'>) =>
    award.years.length === 0 ? undefined : award.years.at(-1)! * 10_000 + (9_999 - award.years[0]!);
  const years = places(awards.map(yearKey), (a, b) => a - b);
  const titles = places(awards.map((award) => award.title), collator.compare);
  const units = places(awards.map((award) => award.unit || undefined), collator.compare);
  return awards.map((award, i) => ({
    years: years[i],
    title: titles[i],
    level: award.level ? AWARD_LEVELS.indexOf(award.level) : undefined,
    unit: units[i],
  }));
}

/** Dense places (0, 1, 2, …) of values under a comparison; equal values share a place. */
function places<T>(values: readonly (T | undefined)[], compare: (a: T, b: T) => number): (number | undefined)[] {
  const distinct = [...new Set(values.filter((v): v is T => v !== undefined))].sort(compare);
  const placeOf = new Map<T, number>();
  let place = -1;
  distinct.forEach((value, i) => {
    if (i === 0 || compare(distinct[i - 1]!, value) !== 0) place++;
    placeOf.set(value, place);
  });
  return values.map((value) => (value === undefined ? undefined : placeOf.get(value)));
}
