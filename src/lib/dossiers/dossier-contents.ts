import { ARTICLE_SECTION_KINDS, type SectionKind } from '../constants.ts';
import { sectionName, t } from '../i18n.ts';
import { urls } from '../urls.ts';
import type { DossierModel } from './assemble.ts';

/** A part of a dossier that has a page of its own: the preface (the dossier's cover page) or a section. */
export type DossierPart = 'preface' | SectionKind;

/** An article in a dossier's contents. */
export interface ContentsArticle {
  title: string;
  /** The article's anchor on its section page. */
  anchor: string;
  /** Site path of the article: its section page and anchor. */
  path: string;
}

/** One line of a dossier's contents: the preface or a section, with the section's articles. */
export interface ContentsEntry {
  part: DossierPart;
  label: string;
  /** Site path of the part's page. */
  path: string;
  /** Whether this is the part the reader is on. */
  current: boolean;
  articles: ContentsArticle[];
  /** A short fact after the label: how many awards 成就篇 lists. */
  note: string | undefined;
}

/**
 * A dossier's contents in reading order: 前言, the three article sections with their articles,
 * then 成就篇 with its number of awards. The dossier page, the contents beside each section and
 * the print view's 目录 all list these, so they always agree.
 *
 * @param current the part the reader is on, marked as current; none on the print view
 */
export function dossierContents(dossier: DossierModel, current?: DossierPart): ContentsEntry[] {
  const entry = (part: DossierPart, label: string, path: string, articles: ContentsArticle[] = [], note?: string): ContentsEntry => ({
    part,
    label,
    path,
    current: part === current,
    articles,
    note,
  });
  return [
    entry('preface', t('dossier.preface'), urls.dossier(dossier.slug)),
    ...ARTICLE_SECTION_KINDS.map((kind) =>
      entry(
        kind,
        sectionName(kind),
        urls.section(dossier.slug, kind),
        dossier.sections[kind].articles.map((article) => ({
          title: article.title,
          anchor: article.anchor,
          path: urls.article(dossier.slug, kind, article.anchor),
        })),
      ),
    ),
    entry(
      'achievements',
      sectionName('achievements'),
      urls.section(dossier.slug, 'achievements'),
      [],
      t('dossier.awardCount', { count: dossier.awards.length }),
    ),
  ];
}
