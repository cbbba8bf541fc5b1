import { fileURLToPath } from 'node:url';
import { ARTICLE_SECTION_KINDS, AWARDS_MARKER, SECTION_KINDS } from '../../../src/lib/constants.ts';
import { COLLECTION_FOLDERS } from '../../../src/lib/content-paths.ts';
import { STRINGS } from '../../../src/lib/i18n.ts';
import { AWARD_LEVEL_ALIASES, AWARD_LEVELS } from '../../../src/lib/schemas/award-level.ts';
import type { SiteSettings } from '../../../src/lib/schemas/site.ts';
import { folderName, levelSlug, urls } from '../../../src/lib/urls.ts';

/** The peer site's templates, kept beside this file. */
const HUGO_LAYOUTS = fileURLToPath(new URL('./layouts/', import.meta.url));

/** The print view's output format, which the dossier templates look up, and its folder under a dossier. */
const PRINT_FORMAT = urls.print('x').slice(urls.dossier('x').length).replace(/\/$/, '');

/**
 * The Hugo configuration (hugo.json) that builds the same pages as the project from a content
 * folder written for the project, read in place: no file is copied or renamed.
 *
 * The layout maps onto Hugo as it is. `dossiers/<slug>.md` are pages; each section folder
 * `<section>/<slug>/` holds `index.md`, which makes it a leaf bundle whose other Markdown files
 * (the articles) are its page resources, rendered by the section template in file-name order;
 * `achievements/<slug>.md` are pages. Permalinks put all of them under `/<slug>/`, as the
 * project does. The 荣誉榜's unit pages are a `unit` taxonomy over the dossiers' `unit` field; the
 * year and level pages are written by the 荣誉榜 template (Hugo 0.111 has no way to make a page
 * without a file). The UI strings, section names, levels and their spellings come from the
 * project's own modules, so both sites word and group everything the same way.
 */
export function hugoConfig(options: { settings: SiteSettings; contentDir: string; publishDir: string }): Record<string, unknown> {
  const { settings } = options;
  const sectionPermalinks = Object.fromEntries(
    SECTION_KINDS.map((kind) => [COLLECTION_FOLDERS[kind], urls.section(':filename', kind)]),
  );
  return {
    baseURL: new URL(settings.base, settings.url).href,
    languageCode: STRINGS['site.lang'],
    title: settings.title,
    contentDir: options.contentDir,
    publishDir: options.publishDir,
    layoutDir: HUGO_LAYOUTS,
    // The section list pages (/dossiers/, /service/, …) have no counterpart in the project; the
    // unit index is written by the 荣誉榜 template at the project's address instead of /unit/.
    disableKinds: ['section', 'taxonomy'],
    // Hugo 0.73 changed what 'taxonomy' names and warns about it as an error; it means the list of terms here.
    ignoreErrors: ['error-disable-taxonomy'],
    enableRobotsTXT: true,
    disableHugoGeneratorInject: true,
    taxonomies: { unit: 'unit' },
    permalinks: {
      [COLLECTION_FOLDERS.dossiers]: urls.dossier(':filename'),
      ...sectionPermalinks,
      unit: urls.awardsUnit(':slug'),
    },
    outputFormats: {
      // A base name with a folder puts the print view at /<slug>/print/ (a `path` would be a prefix: /print/<slug>/).
      [PRINT_FORMAT]: { mediaType: 'text/html', baseName: `${PRINT_FORMAT}/index`, isHTML: true, permalinkable: false },
      awards: { mediaType: 'text/html', baseName: 'index', path: folderName(urls.awards()), isHTML: true, permalinkable: false },
      search: { mediaType: 'text/html', baseName: 'index', path: folderName(urls.search()), isHTML: true, permalinkable: false },
    },
    outputs: { home: ['HTML', 'RSS', 'awards', 'search'], page: ['HTML'], term: ['HTML'] },
    cascade: [{ _target: { path: `/${COLLECTION_FOLDERS.dossiers}/**` }, outputs: ['HTML', PRINT_FORMAT] }],
    services: { rss: { limit: 20 } },
    // Raw HTML in Markdown is left out, as the project's sanitizer would remove it.
    markup: { goldmark: { renderer: { unsafe: false } } },
    params: {
      description: settings.description,
      latestAwards: settings.latestAwards,
      awardsMarker: AWARDS_MARKER,
      sectionKinds: SECTION_KINDS,
      articleSectionKinds: ARTICLE_SECTION_KINDS,
      strings: STRINGS,
      levelOrder: AWARD_LEVELS,
      levels: { ...Object.fromEntries(AWARD_LEVELS.map((level) => [level, level])), ...AWARD_LEVEL_ALIASES },
      levelSlugs: { ...Object.fromEntries(AWARD_LEVELS.map((level) => [level, levelSlug(level)])), unspecified: levelSlug(undefined) },
    },
  };
}
