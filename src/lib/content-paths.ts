import type { z } from 'astro/zod';
import { ARTICLE_SECTION_KINDS, SECTION_INTRO_FILE, SITE_SETTINGS_FILE, type ArticleSectionKind } from './constants.ts';
import { AchievementsSchema, ArticleSchema, DossierSchema, SectionIntroSchema, SiteSettingsSchema } from './schemas/index.ts';

/** The folder of dossier overviews, inside the content folder. */
const DOSSIERS = 'dossiers';
/** The folder of achievements files, inside the content folder. */
const ACHIEVEMENTS = 'achievements';
/** Markdown files end in this; the name before it is a slug or an article's name. */
const MARKDOWN = '.md';

/**
 * Every path of the content folder, relative to it and with `/`: the twin of `urls.ts` for files.
 * The checker, the scaffold, the importer and the benchmark corpus name files here, so a file is
 * never written where the site does not read it.
 *
 * @example contentPaths.achievements('huangzhou-office') // 'achievements/huangzhou-office.md'
 */
export const contentPaths = {
  /** The site settings: `site.yaml`. */
  site: () => SITE_SETTINGS_FILE,
  /** A dossier's overview (front matter) and preface (body): `dossiers/<slug>.md`. */
  dossier: (slug: string) => `${DOSSIERS}/${slug}${MARKDOWN}`,
  /** The folder of one dossier's files of an article section: `service/<slug>`. */
  sectionFolder: (kind: ArticleSectionKind, slug: string) => `${kind}/${slug}`,
  /** A section's optional introduction: `service/<slug>/index.md`. */
  intro: (kind: ArticleSectionKind, slug: string) => `${kind}/${slug}/${SECTION_INTRO_FILE}`,
  /**
   * An article: `service/<slug>/NN-<name>.md`, or `service/<slug>/<name>.md` without a number (its
   * order then comes from the `order` field). Numbers are written with at least two digits.
   */
  article: (kind: ArticleSectionKind, slug: string, name: string, number?: number) =>
    `${kind}/${slug}/${number === undefined ? '' : `${String(number).padStart(2, '0')}-`}${name}${MARKDOWN}`,
  /** A dossier's award list (front matter) with its introduction and closing (body): `achievements/<slug>.md`. */
  achievements: (slug: string) => `${ACHIEVEMENTS}/${slug}${MARKDOWN}`,
  /**
   * The folder of files (pictures) kept next to a dossier's overview or award list, which are single
   * files: `dossiers/<slug>`, `achievements/<slug>`. An article's files sit in its section folder.
   */
  filesFolder: (kind: 'dossier' | 'achievements', slug: string) => `${kind === 'dossier' ? DOSSIERS : ACHIEVEMENTS}/${slug}`,
} as const;

/** What a file of the content model is, read back from its path. */
export type ContentRole =
  | { kind: 'site' }
  | { kind: 'dossier'; dossier: string }
  | { kind: 'section-intro'; dossier: string; section: ArticleSectionKind }
  | { kind: 'article'; dossier: string; section: ArticleSectionKind; name: string; number?: number }
  | { kind: 'achievements'; dossier: string };

/** How a kind of content file is laid out and validated. */
export interface ContentFileKind {
  /** The role {@link parseContentPath} gives these files. */
  role: ContentRole['kind'];
  /** The folder holding them, relative to the content folder; `''` for the top. */
  folder: string;
  /** Where in the folder, `{slug}` the dossier, `{NN}` a number, `{name}` the article's name. */
  pattern: string;
  /** `yaml` files are all fields; `markdown` files are front matter plus a body. */
  format: 'yaml' | 'markdown';
  /** The schema of the fields. */
  schema: z.ZodType;
  /** True for Markdown files whose fields are required, so a file without a front matter block is an error. */
  frontMatterRequired: boolean;
  /** One line for editors and editing tools. */
  description: string;
}

/**
 * The layout of the content folder, declared once: every kind of file the site is built from, in
 * reading order, with the folder and file pattern it lives at and the schema its fields follow.
 * Content collections, the checker and editing tools read their layout from here.
 */
export const CONTENT_LAYOUT: readonly ContentFileKind[] = [
  {
    role: 'site',
    folder: '',
    pattern: SITE_SETTINGS_FILE,
    format: 'yaml',
    schema: SiteSettingsSchema,
    frontMatterRequired: false,
    description: '网站设置：标题、简介、网址',
  },
  {
    role: 'dossier',
    folder: DOSSIERS,
    pattern: `{slug}${MARKDOWN}`,
    format: 'markdown',
    schema: DossierSchema,
    frontMatterRequired: true,
    description: '纪实概述（字段）和前言（正文）',
  },
  ...ARTICLE_SECTION_KINDS.flatMap((kind): ContentFileKind[] => [
    {
      role: 'section-intro',
      folder: kind,
      pattern: `{slug}/${SECTION_INTRO_FILE}`,
      format: 'markdown',
      schema: SectionIntroSchema,
      frontMatterRequired: false,
      description: '篇章引言（可选）',
    },
    {
      role: 'article',
      folder: kind,
      pattern: `{slug}/{NN}-{name}${MARKDOWN}`,
      format: 'markdown',
      schema: ArticleSchema,
      frontMatterRequired: true,
      description: '文章：标题（字段）和正文',
    },
  ]),
  {
    role: 'achievements',
    folder: ACHIEVEMENTS,
    pattern: `{slug}${MARKDOWN}`,
    format: 'markdown',
    schema: AchievementsSchema,
    frontMatterRequired: false,
    description: '成就篇：荣誉列表（字段）、引言和结语（正文）',
  },
];

/** The folders of the content collections: one file per dossier (`flat`) or a folder per dossier (`nested`). */
export const COLLECTION_FOLDERS = {
  dossiers: DOSSIERS,
  achievements: ACHIEVEMENTS,
  ...(Object.fromEntries(ARTICLE_SECTION_KINDS.map((kind) => [kind, kind])) as Record<ArticleSectionKind, ArticleSectionKind>),
} as const;

/** The kind of file at `role`, from {@link CONTENT_LAYOUT}. */
export function contentFileKind(role: ContentRole['kind']): ContentFileKind {
  return CONTENT_LAYOUT.find((kind) => kind.role === role)!;
}

const NUMBERED = /^(\d+)-(.+)$/;

/**
 * Reads a path relative to the content folder back into the file it is, the inverse of
 * {@link contentPaths}; `undefined` for a path no page is built from.
 *
 * @example parseContentPath('service/huangzhou-office/02-shenru-diaoyan.md')
 * // { kind: 'article', dossier: 'huangzhou-office', section: 'service', name: 'shenru-diaoyan', number: 2 }
 */
export function parseContentPath(path: string): ContentRole | undefined {
  const parts = path.split('/');
  if (parts.length === 1 && parts[0] === SITE_SETTINGS_FILE) return { kind: 'site' };
  if (!path.endsWith(MARKDOWN)) return undefined;
  const [top, second, third] = parts;
  const stem = (name: string) => name.slice(0, -MARKDOWN.length);
  if (parts.length === 2 && top === DOSSIERS) return { kind: 'dossier', dossier: stem(second!) };
  if (parts.length === 2 && top === ACHIEVEMENTS) return { kind: 'achievements', dossier: stem(second!) };
  if (parts.length !== 3 || !(ARTICLE_SECTION_KINDS as readonly string[]).includes(top!)) return undefined;
  const section = top as ArticleSectionKind;
  const dossier = second!;
  if (third === SECTION_INTRO_FILE) return { kind: 'section-intro', dossier, section };
  const numbered = NUMBERED.exec(stem(third!));
  return numbered
    ? { kind: 'article', dossier, section, name: numbered[2]!, number: Number(numbered[1]) }
    : { kind: 'article', dossier, section, name: stem(third!) };
}

/** The content collections, by the folders in {@link COLLECTION_FOLDERS}. */
export type CollectionName = keyof typeof COLLECTION_FOLDERS;

/**
 * The entry of a content collection that the Markdown file at `path` (relative to the content
 * folder) is, named as the content loader names it: the path inside its collection's folder,
 * without `.md`. Undefined for a path no collection holds.
 *
 * @example collectionEntryOf('service/huangzhou-office/02-shenru-diaoyan.md') // { collection: 'service', id: 'huangzhou-office/02-shenru-diaoyan' }
 */
export function collectionEntryOf(path: string): { collection: CollectionName; id: string } | undefined {
  const role = parseContentPath(path);
  if (!role || role.kind === 'site') return undefined;
  const collection = role.kind === 'dossier' ? 'dossiers' : role.kind === 'achievements' ? 'achievements' : role.section;
  return { collection, id: path.slice(COLLECTION_FOLDERS[collection].length + 1, -MARKDOWN.length) };
}
