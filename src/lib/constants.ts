/**
 * The four sections every dossier is made of, in reading order. The section enum, the content
 * folders, the URL segments and the i18n keys are all derived from this one tuple.
 */
export const SECTION_KINDS = ['management', 'service', 'creation', 'achievements'] as const;

/** One of {@link SECTION_KINDS}. */
export type SectionKind = (typeof SECTION_KINDS)[number];

/** The sections whose content is a list of articles (the fourth, achievements, is an award list). */
export const ARTICLE_SECTION_KINDS = ['management', 'service', 'creation'] as const satisfies readonly SectionKind[];

/** One of {@link ARTICLE_SECTION_KINDS}. */
export type ArticleSectionKind = (typeof ARTICLE_SECTION_KINDS)[number];

/** Top-level folder, relative to the project root, that holds every editor-written file. */
export const CONTENT_DIR = 'content';

/** The file, inside {@link CONTENT_DIR}, that holds the site settings. */
export const SITE_SETTINGS_FILE = 'site.yaml';

/** File name of a section's optional introduction inside `content/<section>/<dossier>/`. */
export const SECTION_INTRO_FILE = 'index.md';

/** The editor guide at the top of the content folder: documentation, never content. */
export const EDITOR_GUIDE_FILE = 'README.md';

/**
 * The line in an achievements body that marks where the award table goes: text above it is the
 * introduction, text below it the closing. Without the marker the table follows the whole body.
 */
export const AWARDS_MARKER = '<!-- awards -->';

/** The earliest award year accepted: the founding of the People's Republic. */
export const MIN_AWARD_YEAR = 1949;

/** The latest award year accepted: awards are sometimes announced for the coming year. */
export function maxAwardYear(today: Date = new Date()): number {
  return today.getFullYear() + 1;
}
