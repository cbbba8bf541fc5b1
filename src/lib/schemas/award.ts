import { z } from 'astro/zod';
import { parseAwardYears } from './award-years.ts';
import { AWARD_LEVELS, normaliseLevel, nearestLevel, type AwardLevel } from './award-level.ts';
import { issue } from '../diagnostics/zod-issue.ts';
import type { FieldInput } from './field-input.ts';

const text = z.string().trim().min(1);
const yearValue = z.union([z.number(), z.string()]);

// Years and level are checked on the fields themselves, not on the whole award, so their problems
// are reported even when another field of the same award is wrong. Messages name the award: the
// diagnostics fill in its title from the award being checked.
const years = z
  .union([yearValue, z.array(yearValue)])
  .nullish()
  .transform((value, ctx) => {
    const parsed = parseAwardYears(value);
    if (parsed.ok) return parsed.years;
    ctx.addIssue(issue([], parsed.problem.code, parsed.problem.values));
    return z.NEVER;
  })
  .meta({ input: 'years' } satisfies FieldInput);

const level = z
  .string()
  .nullish()
  .transform((value, ctx): AwardLevel | undefined => {
    if (value == null || value.trim() === '') return undefined;
    const canonical = normaliseLevel(value);
    if (canonical) return canonical;
    const nearest = nearestLevel(value);
    ctx.addIssue(issue([], 'level.unknown', { given: value, allowed: AWARD_LEVELS.join('、'), ...(nearest ? { suggestion: nearest } : {}) }));
    return z.NEVER;
  })
  .meta({ input: 'choice', options: AWARD_LEVELS } satisfies FieldInput);

/**
 * One award a unit received, as written in an achievements file's `awards:` list.
 *
 * @example
 * ```yaml
 * - title: 市级文明单位
 *   years: 2009-2011
 *   level: 市级
 * ```
 */
export const AwardSchema = z
  .object({
    /**
     * The award's name as the certificate gives it, without the years.
     * @example 先进基层党组织
     */
    title: text,
    /**
     * The years the award covers: one year (`2010`), a range (`2009-2011`) or a list
     * (`[2010, 2011]`). Leave it out when the source names no year. Normalised to the ascending
     * list of covered years; each must be four digits from 1949 to next year.
     * @default [] (no year given)
     */
    years,
    /**
     * The level of the body that gave the award: 国家级, 省级, 市级, 区县级, 乡镇级 or 单位内部
     * (aliases such as 县级, 区级, 全国 are accepted and normalised).
     * @default undefined (level not stated)
     */
    level,
    /**
     * Who gave the award, when the source says.
     * @example 中共黄冈市委、黄冈市人民政府
     */
    issuer: text.optional(),
    /**
     * Anything the reader should know that the other fields cannot say, such as the wording of
     * the original document when it had a typo.
     * @example 原文作“2006-20011年”
     */
    note: text.optional(),
  })
  // Absent optional fields are left out rather than set to undefined.
  .transform(({ title, years, level, issuer, note }) => ({
    title,
    years,
    ...(level ? { level } : {}),
    ...(issuer ? { issuer } : {}),
    ...(note ? { note } : {}),
  }));

/** An award after validation: `years` is the sorted list of covered years. */
export type Award = z.output<typeof AwardSchema>;
