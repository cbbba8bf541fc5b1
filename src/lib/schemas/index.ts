/**
 * Every content schema. Astro's content config, the scripts and the tests import from here, so the
 * rules an editor meets are the same everywhere.
 */
export { AwardSchema, type Award } from './award.ts';
export { AchievementsSchema, type Achievements } from './achievements.ts';
export { DossierSchema, SUBTITLE_DASH, type Dossier } from './dossier.ts';
export { ArticleSchema, SectionIntroSchema, SectionFileSchema } from './section.ts';
export { SiteSettingsSchema, type SiteSettings } from './site.ts';
export { AWARD_LEVELS, AWARD_LEVEL_SLUGS, normaliseLevel, type AwardLevel } from './award-level.ts';
export { parseAwardYears, formatYears, toAsciiDigits, suggestYear } from './award-years.ts';
