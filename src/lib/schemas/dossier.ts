import { z } from 'astro/zod';
import { parseAwardYears } from './award-years.ts';
import { writtenDate } from '../diagnostics/from-zod.ts';
import { issue } from '../diagnostics/zod-issue.ts';
import type { FieldInput } from './field-input.ts';

const text = z.string().trim().min(1);
// zod's ISO date: four-digit year, two-digit month and day, a day that exists (no 2011-02-30).
const CALENDAR_DATE = z.iso.date();

/**
 * The dash that opens a subtitle in print (`——黄州区…纪实`), however it was typed: em dashes,
 * full-width or ASCII hyphens, box-drawing lines, a tilde. The site prints its own.
 */
export const SUBTITLE_DASH = /^(?:[—─－-]+|[~～])[\s\u3000]*/;

/**
 * The overview of one dossier, `content/dossiers/<dossier>.md`. The file name is the dossier's
 * slug; the body is the preface.
 *
 * @example
 * ```yaml
 * title: 文明清风谱华章
 * subtitle: 黄州区政府办公室创建文明单位纪实
 * unit: 黄州区政府办公室
 * period: 2007-2011
 * summary: 黄州区政府办公室围绕“三个职能”开展文明单位创建的纪实。
 * ```
 */
export const DossierSchema = z.object({
  /** The dossier's title as printed on its cover. @example 文明清风谱华章 */
  title: text,
  /**
   * The line under the title, without the leading dash; the site prints it after "——".
   * @example 黄州区政府办公室创建文明单位纪实
   */
  subtitle: text.transform((value) => value.replace(SUBTITLE_DASH, '')).pipe(text),
  /** The unit the dossier is about; awards are listed under it. @example 黄州区政府办公室 */
  unit: text,
  /**
   * The years the dossier covers, as one year or a range.
   * @default undefined (not shown)
   * @example 2007-2011
   */
  period: z
    .union([z.number(), z.string()])
    .optional()
    .transform((value, ctx) => {
      if (value === undefined) return undefined;
      const years = parseAwardYears(value);
      if (years.ok) return { from: years.years[0]!, to: years.years.at(-1)! };
      ctx.addIssue(issue([], 'period.invalid', { ...years.problem.values, given: String(value) }));
      return z.NEVER;
    })
    .meta({ input: 'year-span' } satisfies FieldInput),
  /**
   * When the dossier was published, as a calendar date `YYYY-MM-DD`; orders the home page and the
   * RSS feed. Front matter reads dates as text (YAML 1.2), so this field, and only this one, turns
   * it into a date: midnight UTC of that day. `title: 2012-01-10` stays the text it looks like.
   * @default undefined (sorted by the last year of `period`)
   * @example 2012-01-10
   */
  published: z
    .union([z.string(), z.number()])
    .transform((value, ctx) => {
      const given = String(value).trim();
      if (CALENDAR_DATE.safeParse(given).success) return new Date(`${given}T00:00:00Z`);
      // `2012年1月10日` or `2012/1/10` names a day: the hint offers it written the way that reads.
      const meant = writtenDate(given);
      ctx.addIssue(issue([], 'date.invalid', { given, ...(meant ? { suggestion: meant } : {}) }));
      return z.NEVER;
    })
    .optional()
    .meta({ input: 'date' } satisfies FieldInput),
  /** One or two sentences for the home page, the feed and search engines. */
  summary: text.meta({ input: 'paragraph' } satisfies FieldInput),
});

/** A dossier overview after validation; `period` becomes `{ from, to }`. */
export type Dossier = z.output<typeof DossierSchema>;
