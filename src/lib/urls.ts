import type { SectionKind } from './constants.ts';
import { AWARD_LEVEL_SLUGS, type AwardLevel } from './schemas/award-level.ts';

/**
 * Every URL of the site, relative to the site root and without the base path; `withBase` adds it.
 * Pages, the search index, the sitemap and the link checker all build URLs here, so a link can
 * never point at a page that is built under another name.
 */
export const urls = {
  home: () => '/',
  dossier: (dossier: string) => `/${dossier}/`,
  section: (dossier: string, kind: SectionKind) => `/${dossier}/${kind}/`,
  article: (dossier: string, kind: SectionKind, anchor: string) => `/${dossier}/${kind}/#${anchor}`,
  award: (dossier: string, index: number) => `/${dossier}/achievements/#${awardAnchor(index)}`,
  print: (dossier: string) => `/${dossier}/print/`,
  awards: () => '/awards/',
  awardsYear: (year: number) => `/awards/${year}/`,
  awardsUndated: () => '/awards/undated/',
  awardsLevel: (level: AwardLevel | undefined) => `/awards/level/${level ? AWARD_LEVEL_SLUGS[level] : 'unspecified'}/`,
  awardsUnits: () => '/awards/unit/',
  awardsUnit: (unit: string) => `/awards/unit/${unitSlug(unit)}/`,
  search: () => '/search/',
  feed: () => '/rss.xml',
  /** A file kept next to the Markdown, by its path in the content folder: `service/x/photo.jpg`. */
  contentFile: (path: string) => `/_files/${path.split('/').map(encodeURIComponent).join('/')}`,
  sitemap: () => '/sitemap.xml',
} as const;

/** The anchor of the n-th award (0-based index) on its dossier's 成就篇 page: `award-01`. */
export function awardAnchor(index: number): string {
  return `award-${String(index + 1).padStart(2, '0')}`;
}

/**
 * The path segment of a unit's award page. Unit names are Chinese; they stay readable in the
 * address bar, with only characters that would break a path replaced.
 */
export function unitSlug(unit: string): string {
  return unit.trim().replace(/[\s/\\?#%]+/g, '-');
}

/**
 * Prefixes a site path with the base path (`/huazhang/`), keeping exactly one slash between them.
 *
 * @example withBase('/huazhang/', '/awards/') // '/huazhang/awards/'
 */
export function withBase(base: string, path: string): string {
  const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmed}${path.startsWith('/') ? path : `/${path}`}`;
}
