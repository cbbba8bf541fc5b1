import type { SectionKind } from './constants.ts';
import type { AwardFileFormat } from './downloads/formats.ts';
import { AWARD_LEVEL_SLUGS, type AwardLevel } from './schemas/award-level.ts';

/**
 * Every URL of the site, relative to the site root and without the base path; `withBase` adds it.
 * Pages, the route table, the search index, the sitemap and the link checker all build URLs here,
 * so a link can never point at a page that is built under another name.
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
  awardsLevel: (level: AwardLevel | undefined) => `/awards/level/${levelSlug(level)}/`,
  awardsUnits: () => '/awards/unit/',
  awardsUnit: (unit: string) => `/awards/unit/${unitSlug(unit)}/`,
  /** The whole 荣誉榜 as a file to download: `/awards/awards.csv`. */
  awardsFile: (format: AwardFileFormat) => `/awards/awards.${format}`,
  /** A unit's awards as a file to download, beside its page: `/awards/unit/清河中学/awards.xlsx`. */
  awardsUnitFile: (unit: string, format: AwardFileFormat): string => `${urls.awardsUnit(unit)}awards.${format}`,
  search: () => '/search/',
  /** The page a static host answers unknown addresses with. */
  notFound: () => '/404.html',
  feed: () => '/rss.xml',
  sitemap: () => '/sitemap.xml',
  robots: () => '/robots.txt',
  /** Every award as JSON, for the search index and for spreadsheets. */
  awardsData: () => '/awards.json',
  /** A file kept next to the Markdown, by its path in the content folder: `service/x/photo.jpg`. */
  contentFile: (path: string): string => `${urls.contentFiles()}${path.split('/').map(encodeURIComponent).join('/')}`,
  /** The folder the files kept next to the Markdown are published in. */
  contentFiles: () => '/_files/',
  /** The folder of Astro's bundled styles and scripts (its `build.assets`). */
  assets: () => '/_astro/',
  /** The folder of the search index the search page loads (src/lib/search/format.ts names its files). */
  searchIndex: () => '/search-index/',
  /** Where the content editor is served; kept free so no dossier can take its address. */
  admin: () => '/admin/',
} as const;

/**
 * Fixed anchors of the page templates, which pages and the route table both read. Content
 * anchors (articles, awards) come from the content model instead.
 */
export const PAGE_ANCHORS = {
  /** Every page's main landmark: the skip link's target. */
  main: 'main',
  homeDossiers: 'dossiers-heading',
  homeLatestAwards: 'latest-heading',
  preface: 'preface',
  contents: 'contents',
  /** The dossier's contents on a section page (beside the text, or the section's own list on a phone). */
  sectionContents: 'section-contents',
  /** 本页内容: the articles of the section page, under the current section in its contents. */
  contentsHere: 'contents-here',
  /** The heading of the chart of awards per year, on the 荣誉榜 and each unit page. */
  awardChart: 'chart-heading',
  /** The heading of a unit page's award list, below its chart. */
  awardList: 'list-heading',
  printContents: 'print-contents',
  allAwards: 'all-awards',
  byYear: 'by-year',
  byLevel: 'by-level',
  byUnit: 'by-unit',
} as const;

/** The anchor of the n-th award (0-based index) on its dossier's 成就篇 page: `award-01`. */
export function awardAnchor(index: number): string {
  return `award-${String(index + 1).padStart(2, '0')}`;
}

/**
 * An anchor of the print view, which holds every section on one page: a section (`service`), or
 * an article in it (`service-xinxi`), since articles of different sections may share a name.
 */
export function printAnchor(kind: SectionKind, article?: string): string {
  return article === undefined ? kind : `${kind}-${article}`;
}

/**
 * The path segment of a unit's award page. Unit names are Chinese; they stay readable in the
 * address bar, with only characters that would break a path replaced.
 */
export function unitSlug(unit: string): string {
  return unit.trim().replace(/[\s/\\?#%]+/g, '-');
}

/** The path segment of a level's award page: `provincial`, or `unspecified` for awards without one. */
export function levelSlug(level: AwardLevel | undefined): string {
  return level ? AWARD_LEVEL_SLUGS[level] : 'unspecified';
}

/**
 * A site folder's name, as it sits in the built site: `/pagefind/` → `pagefind`.
 *
 * @example folderName(urls.searchIndex()) // 'search-index'
 */
export function folderName(url: string): string {
  return url.replace(/^\/|\/$/g, '');
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

/**
 * Removes the base path from a path that starts with it, the inverse of {@link withBase}; `undefined`
 * for a path outside the base.
 *
 * @example withoutBase('/huazhang/', '/huazhang/awards/') // '/awards/'
 */
export function withoutBase(base: string, path: string): string | undefined {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  if (path.startsWith(prefix)) return `/${path.slice(prefix.length)}`;
  if (`${path}/` === prefix) return '/';
  return undefined;
}
