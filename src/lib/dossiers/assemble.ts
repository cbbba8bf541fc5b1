import { contentPaths } from '../content-paths.ts';
import { ARTICLE_SECTION_KINDS, type ArticleSectionKind } from '../constants.ts';
import { DiagnosticError } from '../diagnostics/error.ts';
import type { MessageCode } from '../diagnostics/messages/index.ts';
import type { IssueValues } from '../diagnostics/values.ts';
import type { Award, Dossier } from '../schemas/index.ts';
import { awardAnchor } from '../urls.ts';
import type { AchievementsEntry, DossierEntry, SectionFileEntry } from './entries.ts';
import { parseSectionFileId } from './section-file-id.ts';

/** An article placed in its section: id for rendering, anchor for links, title for the contents. */
export interface ArticleModel {
  id: string;
  anchor: string;
  title: string;
  order: number;
  summary: string | undefined;
}

/** One of the three article sections of a dossier. */
export interface ArticleSectionModel {
  kind: ArticleSectionKind;
  /** Id of the section's `index.md`, if it has one. */
  introId: string | undefined;
  articles: ArticleModel[];
}

/** An award with the anchor of its row on the 成就篇 page. */
export interface AwardModel extends Award {
  anchor: string;
  /** Position in the dossier's list, from 0. */
  index: number;
}

/** A dossier with all its parts in reading order. */
export interface DossierModel {
  slug: string;
  data: Dossier;
  sections: Record<ArticleSectionKind, ArticleSectionModel>;
  /** Id of the achievements file, if the dossier has one. */
  achievementsId: string | undefined;
  awards: AwardModel[];
}

/** The raw material of {@link assembleDossiers}. */
export interface DossierSources {
  dossiers: readonly DossierEntry[];
  sections: Readonly<Record<ArticleSectionKind, readonly SectionFileEntry[]>>;
  achievements: readonly AchievementsEntry[];
}

/**
 * Thrown when content is inconsistent in a way the schemas cannot see. The content check reports
 * the same problem first, under the same message code; this is the guard for code that builds
 * pages without it (the dev server between two checks).
 */
export class ContentModelError extends DiagnosticError {}

function refuse(file: string, field: string, code: MessageCode, values: IssueValues): never {
  throw new ContentModelError({ file, field, code, values: { key: field, ...values }, severity: 'error' });
}

function placeArticle(entry: SectionFileEntry): ArticleModel {
  const id = parseSectionFileId(entry.id);
  const order = entry.data.order ?? id.prefixOrder;
  const file = entry.filePath ?? entry.id;
  if (order === undefined) refuse(file, 'order', 'order.missing', { suggestion: `01-${id.anchor}.md` });
  if (!entry.data.title) refuse(file, 'title', 'field.required', {});
  return { id: entry.id, anchor: id.anchor, title: entry.data.title, order, summary: entry.data.summary };
}

/**
 * Puts every file in its dossier: articles sorted by order (then anchor, so equal orders still give
 * a stable page), awards numbered for their anchors. Dossiers are sorted newest first: by
 * `published`, else by the last year of `period`, then by title.
 *
 * @throws ContentModelError when a section file names a dossier that has no overview.
 */
export function assembleDossiers(sources: DossierSources): DossierModel[] {
  const models = new Map<string, DossierModel>();
  for (const { id, data } of sources.dossiers) {
    const sections = Object.fromEntries(
      ARTICLE_SECTION_KINDS.map((kind) => [kind, { kind, introId: undefined, articles: [] }]),
    ) as unknown as Record<ArticleSectionKind, ArticleSectionModel>;
    models.set(id, { slug: id, data, sections, achievementsId: undefined, awards: [] });
  }
  const dossierOf = (slug: string, entry: { id: string; filePath?: string | undefined }) => {
    const model = models.get(slug);
    const file = entry.filePath ?? entry.id;
    if (!model) refuse(file, '', 'dossier.missing-overview', { what: '这个文件', whatEn: 'This file', dossier: slug, expected: contentPaths.dossier(slug), newName: slug });
    return model;
  };

  for (const kind of ARTICLE_SECTION_KINDS) {
    for (const entry of sources.sections[kind]) {
      const { dossier, isIntro } = parseSectionFileId(entry.id);
      const section = dossierOf(dossier, entry).sections[kind];
      if (isIntro) section.introId = entry.id;
      else section.articles.push(placeArticle(entry));
    }
  }
  for (const model of models.values()) {
    for (const kind of ARTICLE_SECTION_KINDS) {
      model.sections[kind].articles.sort((a, b) => a.order - b.order || a.anchor.localeCompare(b.anchor));
    }
  }
  for (const entry of sources.achievements) {
    const model = dossierOf(entry.id, entry);
    model.achievementsId = entry.id;
    model.awards = entry.data.awards.map((award, index) => ({ ...award, index, anchor: awardAnchor(index) }));
  }
  return [...models.values()].sort(compareDossiers);
}

function recency(d: Dossier): number {
  if (d.published) return d.published.getTime();
  if (d.period) return Date.UTC(d.period.to, 11, 31);
  return 0;
}

function compareDossiers(a: Pick<DossierModel, 'slug' | 'data'>, b: Pick<DossierModel, 'slug' | 'data'>): number {
  return recency(b.data) - recency(a.data) || a.data.title.localeCompare(b.data.title, 'zh-CN') || a.slug.localeCompare(b.slug);
}

/** Dossier slugs in the order the site lists them, newest first, as {@link assembleDossiers} sorts them. */
export function dossierOrder(dossiers: ReadonlyArray<{ id: string; data: Dossier }>): string[] {
  return dossiers
    .map(({ id, data }) => ({ slug: id, data }))
    .sort(compareDossiers)
    .map((dossier) => dossier.slug);
}
