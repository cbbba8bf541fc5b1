import { folderName, urls } from '../urls.ts';
import { siteRoutes } from './route-table.ts';

// Folders the build and the hosting publish beside the pages: Astro's bundles, the files kept
// next to the Markdown, the search index and the content editor.
const SITE_FOLDERS = [urls.assets(), urls.contentFiles(), urls.searchIndex(), urls.admin()];

// Kinds whose addresses start with a dossier's slug rather than a name of the site's own.
const DOSSIER_KINDS = new Set(['dossier', 'section', 'print']);

/**
 * The names at the top of the site that belong to the site itself, lowercase: the first segment
 * of every address that is not a dossier's (`awards`, `search`, `rss.xml`, `404` …) and the
 * folders published beside the pages (`_astro`, `_files`, `pagefind`, `pagefind-shards`, `admin`).
 * A dossier with one of these slugs would lose its pages to the site's, or the site's to it.
 */
export function reservedNames(): ReadonlySet<string> {
  const paths = [
    ...siteRoutes({ dossiers: [], awards: [] })
      .filter((route) => !DOSSIER_KINDS.has(route.kind))
      .map((route) => route.path),
    ...SITE_FOLDERS,
  ];
  const names = new Set<string>();
  for (const path of paths) {
    const first = folderName(path).split('/')[0]!;
    if (first === '') continue;
    names.add(first.toLowerCase());
    // A page file such as 404.html is Astro's route /404, which a dossier of that name would claim too.
    if (first.endsWith('.html')) names.add(first.slice(0, -'.html'.length).toLowerCase());
  }
  return names;
}

/**
 * The values of a message about a reserved slug: another name to suggest, itself a valid slug
 * (`Search` → `search-jishi`, `rss.xml` → `rss-xml-jishi`), and every reserved name.
 */
export function reservedSlugValues(slug: string, alsoTaken: Iterable<string> = []): { slug: string; suggestion: string; reserved: string } {
  const base = slug.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return { slug, suggestion: `${base || 'dossier'}-jishi`, reserved: [...new Set([...reservedNames(), ...alsoTaken])].sort().join('、') };
}

/**
 * True when a dossier slug is one of the {@link reservedNames}. Letter case does not matter:
 * on Windows and macOS `Awards` and `awards` are one folder.
 */
export function isReservedSlug(slug: string): boolean {
  return reservedNames().has(slug.toLowerCase());
}
