import { AWARD_LEVELS, type AwardLevel } from '../schemas/index.ts';
import type { AwardModel, DossierModel } from './assemble.ts';

/** An award with the dossier it belongs to, as the 荣誉榜 pages and the search index list it. */
export interface AwardRecord extends AwardModel {
  dossier: string;
  dossierTitle: string;
  unit: string;
}

/** One group of a browse page: a year, a level or a unit, with its awards newest first. */
export interface AwardGroup<K, A = AwardRecord> {
  key: K;
  awards: A[];
}

/** Every award of every dossier, newest first (see {@link compareAwards}). */
export function collectAwards(dossiers: readonly DossierModel[]): AwardRecord[] {
  const all = dossiers.flatMap((d) =>
    d.awards.map((award) => ({ ...award, dossier: d.slug, dossierTitle: d.data.title, unit: d.data.unit })),
  );
  return all.sort(compareAwards);
}

/**
 * Newest first: by the award's last year, then its first year (a longer run first), with undated
 * awards last; ties keep the dossiers' own order, so the list reads like the source.
 */
export function compareAwards(a: AwardRecord, b: AwardRecord): number {
  const lastA = a.years.at(-1) ?? -Infinity;
  const lastB = b.years.at(-1) ?? -Infinity;
  if (lastA !== lastB) return lastB - lastA;
  const firstA = a.years[0] ?? -Infinity;
  const firstB = b.years[0] ?? -Infinity;
  if (firstA !== firstB) return firstA - firstB;
  return a.dossier.localeCompare(b.dossier) || a.index - b.index;
}

/**
 * Awards by year, latest year first. An award covering 2009-2011 is in each of the three groups;
 * undated awards are returned apart, since they belong to no year page.
 */
export function groupByYear<A extends Pick<AwardRecord, 'years'>>(awards: readonly A[]): { years: AwardGroup<number, A>[]; undated: A[] } {
  const byYear = new Map<number, A[]>();
  const undated: A[] = [];
  for (const award of awards) {
    if (award.years.length === 0) undated.push(award);
    for (const year of award.years) pushInto(byYear, year, award);
  }
  const years = [...byYear.entries()].sort(([a], [b]) => b - a).map(([key, list]) => ({ key, awards: list }));
  return { years, undated };
}

/** Awards by level, highest level first; awards with no stated level form the last group. */
export function groupByLevel<A extends Pick<AwardRecord, 'level'>>(awards: readonly A[]): AwardGroup<AwardLevel | undefined, A>[] {
  const byLevel = new Map<AwardLevel | undefined, A[]>();
  for (const award of awards) pushInto(byLevel, award.level, award);
  return [...AWARD_LEVELS, undefined].filter((key) => byLevel.has(key)).map((key) => ({ key, awards: byLevel.get(key)! }));
}

/** Awards by unit, units in Chinese collation order. */
export function groupByUnit<A extends Pick<AwardRecord, 'unit'>>(awards: readonly A[]): AwardGroup<string, A>[] {
  const byUnit = new Map<string, A[]>();
  for (const award of awards) pushInto(byUnit, award.unit, award);
  return [...byUnit.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'zh-CN'))
    .map(([key, list]) => ({ key, awards: list }));
}

function pushInto<K, A>(groups: Map<K, A[]>, key: K, award: A): void {
  const list = groups.get(key);
  if (list) list.push(award);
  else groups.set(key, [award]);
}
