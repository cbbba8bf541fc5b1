import { statedLevel } from '../../../src/lib/checks/rules/award-fields.ts';
import { normaliseLevel } from '../../../src/lib/schemas/award-level.ts';
import type { Random } from './random.ts';
import { AWARD_KINDS, AWARD_SUBJECTS, ISSUERS, LEVEL_SPELLINGS } from './phrases.ts';

/** Award years in every shape editors write them: a number, a range, a list, full-width digits, or none. */
export type SyntheticYears = number | string | Array<number | string> | undefined;

/** One award as it is written in front matter. */
export interface SyntheticAward {
  title: string;
  years: SyntheticYears;
  level?: string;
  issuer?: string;
  note?: string;
}

const FIRST_YEAR = 2003;
const LAST_YEAR = 2024;

function fullWidth(year: number): string {
  return String(year).replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
}

/** Years for one award, cycling through the formats so every corpus has all of them. */
function syntheticYears(random: Random): SyntheticYears {
  const from = random.int(FIRST_YEAR, LAST_YEAR - 3);
  switch (random.int(0, 9)) {
    case 0:
    case 1:
    case 2:
      return from;
    case 3:
      return String(from);
    case 4:
    case 5:
      return `${from}-${from + random.int(1, 3)}`;
    case 6:
      return [from, from + 1];
    case 7:
      return random.chance(0.5) ? fullWidth(from) : `${fullWidth(from)}－${fullWidth(from + 2)}`;
    case 8:
      return `${from}年度`;
    default:
      return undefined;
  }
}

function prefix(random: Random, place: string): string {
  return random.pick(['全市', '全区', '全县', '全省', `${place}`, '', '']);
}

/**
 * About fifteen awards for one unit, each title unique within the dossier (the checker rejects
 * duplicates), with levels in canonical and alias spellings and now and then an issuer or note.
 */
export function syntheticAwards(random: Random, place: string, count = random.int(12, 18)): SyntheticAward[] {
  const seen = new Set<string>();
  const awards: SyntheticAward[] = [];
  while (awards.length < count) {
    const title = `${prefix(random, place)}${random.pick(AWARD_SUBJECTS)}${random.pick(AWARD_KINDS)}`;
    if (seen.has(title)) continue;
    seen.add(title);
    const award: SyntheticAward = { title, years: syntheticYears(random) };
    if (random.chance(0.75)) award.level = random.pick(LEVEL_SPELLINGS);
    if (random.chance(0.2)) award.issuer = random.pick(ISSUERS);
    // Real lists agree with themselves: a 全省… award, or one a 省委… gave, is written 省级 (in
    // some spelling), read the way the checker reads it.
    const named = statedLevel(title, award.issuer)?.level;
    if (award.level && named && normaliseLevel(award.level) !== named) {
      award.level = LEVEL_SPELLINGS.find((spelling) => normaliseLevel(spelling) === named) ?? named;
    }
    if (award.years === undefined && random.chance(0.5)) award.note = '原文未注明授予年份';
    else if (random.chance(0.05)) award.note = '与其他单位并列';
    awards.push(award);
  }
  return awards;
}
