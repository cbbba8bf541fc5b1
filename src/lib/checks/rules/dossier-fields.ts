import { unitFromSubtitle } from '../../import/anchors.ts';
import { DossierSchema, SUBTITLE_DASH } from '../../schemas/index.ts';
import type { CheckRule } from '../types.ts';

/**
 * What an overview's fields say against each other: a subtitle typed with the dash the site
 * prints itself, a subtitle that names another unit than `unit` (copied from another dossier, or
 * the unit renamed in one place only), and a publication date before the years it covers end.
 */
export const dossierFieldsRule: CheckRule = {
  id: 'dossier-fields',
  description: 'Warns about a subtitle that starts with a dash or names another unit, and a publication date before the period ends.',
  perFile: true,
  check(ctx) {
    for (const file of ctx.files) {
      if (file.role.kind !== 'dossier') continue;
      const data = ctx.data(file);
      if (typeof data?.subtitle !== 'string') continue;
      const written = data.subtitle.trim();
      const dash = SUBTITLE_DASH.exec(written)?.[0];
      const subtitle = written.slice(dash?.length ?? 0).trim();
      if (dash && subtitle) {
        ctx.report({
          file: file.path,
          ...ctx.locate(file, ['subtitle']),
          field: 'subtitle',
          code: 'subtitle.dash',
          severity: 'warning',
          values: { given: written, dash: dash.trim(), rest: subtitle },
        });
      }
      const dossier = DossierSchema.safeParse(data);
      const published = dossier.success ? dossier.data.published : undefined;
      const period = dossier.success ? dossier.data.period : undefined;
      if (published && period && published.getUTCFullYear() < period.to) {
        ctx.report({
          file: file.path,
          ...ctx.locate(file, ['published']),
          field: 'published',
          code: 'dossier.published-before-period',
          severity: 'warning',
          values: { published: published.toISOString().slice(0, 10), period: period.from === period.to ? `${period.to}` : `${period.from}-${period.to}` },
        });
      }
      const unit = typeof data.unit === 'string' ? data.unit.trim() : '';
      const named = unitFromSubtitle(subtitle);
      if (!unit || !named || subtitle.includes(unit) || unit.includes(named)) continue;
      ctx.report({
        file: file.path,
        ...ctx.locate(file, ['unit']),
        field: 'unit',
        code: 'dossier.unit-mismatch',
        severity: 'warning',
        values: { unit, subtitle, named },
      });
    }
  },
};
