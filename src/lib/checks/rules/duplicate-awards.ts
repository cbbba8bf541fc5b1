import { AwardSchema, formatYears } from '../../schemas/index.ts';
import type { CheckRule } from '../types.ts';

const INVISIBLE_OR_SPACE = /[\s\u200b-\u200f\u2060\ufeff]/g;

/**
 * The same award (same title, same years, same level) listed twice in one dossier would be counted
 * twice on the 荣誉榜. Compared after normalising, so `2010` and `"２０１０"` are the same year.
 */
export const duplicateAwardsRule: CheckRule = {
  id: 'duplicate-awards',
  description: 'The same award may not be listed twice in one dossier.',
  perFile: true,
  check(ctx) {
    for (const file of ctx.files) {
      if (file.role.kind !== 'achievements') continue;
      const awards = ctx.data(file)?.awards;
      if (!Array.isArray(awards)) continue;
      const seen = new Map<string, number>();
      awards.forEach((raw, i) => {
        const award = AwardSchema.safeParse(raw);
        // Invalid awards are reported by the schema rule; comparing them would only add noise.
        if (!award.success) return;
        const { title, years, level } = award.data;
        const key = [title.replace(INVISIBLE_OR_SPACE, ''), years.join(','), level ?? ''].join('|');
        const first = seen.get(key);
        if (first === undefined) {
          seen.set(key, ctx.locate(file, ['awards', i]).line);
          return;
        }
        ctx.report({
          file: file.path,
          ...ctx.locate(file, ['awards', i]),
          field: `awards.${i}`,
          code: 'award.duplicate',
          values: { award: title, years: formatYears(years) || '无年份', firstLine: first },
        });
      });
    }
  },
};
