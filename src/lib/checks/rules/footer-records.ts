import { existsSync } from 'node:fs';
import path from 'node:path';
import { isRemoteImage, markImageLocation, mismatchedProvince, parsePoliceNumber } from '../../filings/index.ts';
import type { CheckRule } from '../types.ts';

/**
 * What the site schema cannot see about the footer records in site.yaml: whether the image of
 * the 党政机关网站标识 exists, and whether a 公安机关备案号's digits belong to the province
 * written in front of them (a warning: the number is still shown).
 */
export const footerRecordsRule: CheckRule = {
  id: 'footer-records',
  description: 'The footer mark image must exist; a police filing number should match its province.',
  perFile: true,
  check(ctx) {
    for (const file of ctx.files) {
      if (file.role.kind !== 'site') continue;
      const footer = ctx.data(file)?.footer;
      if (!footer || typeof footer !== 'object') continue;
      const { police, partyGovMark } = footer as Record<string, unknown>;

      const parsed = typeof police === 'string' ? parsePoliceNumber(police.trim()) : undefined;
      const actual = parsed?.ok ? mismatchedProvince(parsed.value) : undefined;
      if (parsed?.ok && actual) {
        const { text, province, digits } = parsed.value;
        ctx.report({
          file: file.path,
          ...ctx.locate(file, ['footer', 'police']),
          field: 'footer.police',
          code: 'footer.police-region',
          severity: 'warning',
          values: { given: text, code: digits.slice(0, 2), actual, province },
        });
      }

      const image = partyGovMark && typeof partyGovMark === 'object' ? (partyGovMark as Record<string, unknown>).image : undefined;
      if (typeof image !== 'string' || !image.trim() || isRemoteImage(image.trim())) continue;
      const location = markImageLocation(image.trim());
      const folder = location.folder === 'public' ? ctx.publicDir : ctx.contentDir;
      if (location.path && existsSync(path.join(folder, location.path))) continue;
      ctx.report({
        file: file.path,
        ...ctx.locate(file, ['footer', 'partyGovMark', 'image']),
        field: 'footer.partyGovMark.image',
        code: 'footer.mark-image-missing',
        values: { url: image.trim() },
      });
    }
  },
};
