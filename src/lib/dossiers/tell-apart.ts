import { t } from '../i18n.ts';
import { formatYears, type Award } from '../schemas/index.ts';

/** What {@link tellApart} reads of an award: its title and whatever may set it apart. */
export type TellApartAward = Pick<Award, 'title' | 'years' | 'level' | 'issuer'> & { unit?: string; dossierTitle?: string };

// The facts that can tell two awards of one title apart, in the order a reader looks for them:
// when (the years), whose (the unit), what rank, which dossier lists it, who gave it.
const FACTS: ((award: TellApartAward) => string)[] = [
  (award) => (award.years.length > 0 ? formatYears(award.years) : t('awards.noYear')),
  (award) => award.unit ?? '',
  (award) => award.level ?? t('awards.noLevel'),
  (award) => award.dossierTitle ?? '',
  (award) => award.issuer ?? '',
];

const normalised = (title: string) => title.replace(/\s+/g, '');

/**
 * For each award of a list, the words that tell it apart from the other awards of the same title
 * in that list, or `undefined` when its title is unique there. Only the facts that differ within
 * the group are named (years, then unit, level, dossier and issuer, as far as needed); awards that
 * share all of them are numbered in list order.
 *
 * A reader skimming a list, or hearing its links read out, otherwise meets the same name twice
 * and cannot tell which row is which.
 *
 * @example
 * tellApart([
 *   { title: '市级文明单位', years: [2009, 2010, 2011], unit: '甲' },
 *   { title: '市级文明单位', years: [2012, 2013, 2014], unit: '甲' },
 * ]) // ['2009-2011', '2012-2014']
 */
export function tellApart(awards: readonly TellApartAward[]): (string | undefined)[] {
  const groups = new Map<string, number[]>();
  // A 荣誉榜 lists thousands of awards of one title (市级文明单位): every step below is kept linear
  // in a group's size, never a pass over the group per member.
  awards.forEach((award, i) => {
    const key = normalised(award.title);
    const members = groups.get(key);
    if (members) members.push(i);
    else groups.set(key, [i]);
  });
  const result: (string | undefined)[] = awards.map(() => undefined);
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const parts: string[][] = members.map(() => []);
    for (const fact of FACTS) {
      const values = members.map((i) => fact(awards[i]!));
      if (new Set(values).size > 1) values.forEach((value, m) => parts[m]!.push(value || t('awards.unstated')));
      if (new Set(parts.map((p) => p.join('|'))).size === members.length) break;
    }
    const seen = new Map<string, number>();
    const keys = parts.map((p) => p.join('|'));
    const twins = new Map<string, number>();
    for (const key of keys) twins.set(key, (twins.get(key) ?? 0) + 1);
    members.forEach((i, m) => {
      const key = keys[m]!;
      if (twins.get(key)! > 1) {
        const nth = (seen.get(key) ?? 0) + 1;
        seen.set(key, nth);
        parts[m]!.push(t('awards.nth', { n: nth }));
      }
      result[i] = parts[m]!.join(t('awards.apartSeparator'));
    });
  }
  return result;
}
