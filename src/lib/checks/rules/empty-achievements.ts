import type { CheckRule } from '../types.ts';

/**
 * A 成就篇 without a single award shows an empty table, and one without text as well shows a bare
 * heading: usually a file created and never filled in (or saved empty), or awards typed into the
 * text, where the 荣誉榜 never sees them. An explicit `awards: []` with no text is left alone.
 */
export const emptyAchievementsRule: CheckRule = {
  id: 'empty-achievements',
  description: 'Warns about a 成就篇 that lists no awards.',
  perFile: true,
  check(ctx) {
    for (const file of ctx.files) {
      if (file.role.kind !== 'achievements') continue;
      const data = ctx.data(file);
      // Unreadable fields and a badly typed list are reported by the YAML and schema rules.
      if (!data || (data.awards !== undefined && data.awards !== null && !Array.isArray(data.awards))) continue;
      if (Array.isArray(data.awards) && data.awards.length > 0) continue;
      const hasText = ctx.markdown(file).children.some((node) => node.type !== 'html');
      // `awards: []` with no text is a list left empty on purpose, as `npm run new` writes it.
      if (Array.isArray(data.awards) && !hasText) continue;
      ctx.report({
        file: file.path,
        ...(data.awards !== undefined ? { ...ctx.locate(file, ['awards'], 'key'), field: 'awards' } : { line: 1, column: 1 }),
        code: hasText ? 'achievements.no-awards' : 'achievements.empty',
        severity: 'warning',
        values: { dossier: file.role.dossier },
      });
    }
  },
};
