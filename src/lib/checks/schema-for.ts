import type { z } from 'astro/zod';
import {
  AchievementsSchema,
  ArticleSchema,
  DossierSchema,
  SectionIntroSchema,
  SiteSettingsSchema,
} from '../schemas/index.ts';
import type { FileRole } from './classify.ts';

/** The schema a file's front matter is validated with, or `undefined` for files without fields. */
export function schemaFor(role: FileRole): z.ZodType | undefined {
  switch (role.kind) {
    case 'site':
      return SiteSettingsSchema;
    case 'dossier':
      return DossierSchema;
    case 'article':
      // Astro validates section files with the looser SectionFileSchema; articles need a title.
      return ArticleSchema;
    case 'section-intro':
      return SectionIntroSchema;
    case 'achievements':
      return AchievementsSchema;
    default:
      return undefined;
  }
}

/** True for files whose front matter must hold required fields, so a missing block is an error. */
export function needsFrontMatter(role: FileRole): boolean {
  return role.kind === 'dossier' || role.kind === 'article';
}
