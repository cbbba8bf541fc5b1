import { formatYears } from '../schemas/index.ts';
import type { AwardRecord } from '../dossiers/index.ts';
import { sectionName, t } from '../i18n.ts';
import { urls } from '../urls.ts';
import type { SearchEntry } from './search-input.ts';
import { AWARD_META } from './format.ts';

/** Names of the search filters, in the order the search page shows them. */
export const SEARCH_FILTERS = {
  type: t('search.filter.type'),
  dossier: t('search.filter.dossier'),
  unit: t('search.filter.unit'),
  section: t('search.filter.section'),
  year: t('search.filter.year'),
  level: t('search.filter.level'),
} as const;

/** The award facts the search index needs, as the site publishes them in `awards.json`. */
export type PublishedAward = Pick<AwardRecord, 'title' | 'years' | 'level' | 'note' | 'issuer' | 'unit' | 'dossier' | 'dossierTitle' | 'index'>;


/**
 * One search entry per award, linking to its row on the 成就篇 page. It is found by its title,
 * level, unit, issuer and note, and by every year it covers (2020 finds a 2019-2021年度 award,
 * as the 年份 filter does). URLs have no base path: the search page adds it.
 */
export function awardSearchEntry(award: PublishedAward): SearchEntry {
  const years = formatYears(award.years);
  const level = award.level ?? t('awards.noLevel');
  const yearText = years ? `${years}年度` : '';
  return {
    kind: 'award',
    group: award.dossier,
    url: urls.award(award.dossier, award.index),
    title: award.title,
    hidden: award.years.map(String),
    meta: {
      [AWARD_META.years]: yearText,
      [AWARD_META.level]: award.level ?? '',
      [AWARD_META.unit]: award.unit,
      [AWARD_META.dossier]: award.dossierTitle,
      [AWARD_META.dossierUrl]: urls.dossier(award.dossier),
    },
    filters: {
      [SEARCH_FILTERS.type]: [t('search.type.award')],
      [SEARCH_FILTERS.dossier]: [award.dossierTitle],
      [SEARCH_FILTERS.unit]: [award.unit],
      [SEARCH_FILTERS.section]: [sectionName('achievements')],
      [SEARCH_FILTERS.year]: award.years.length > 0 ? award.years.map(String) : [t('awards.noYear')],
      [SEARCH_FILTERS.level]: [level],
    },
    segments: [{ title: award.title, paragraphs: [yearText, award.level, award.unit, award.issuer, award.note].filter((p): p is string => Boolean(p)) }],
  };
}

/**
 * The entry of a unit's 荣誉榜 page, so that a unit's name finds its awards page among the first
 * results, next to its dossier.
 */
export function unitSearchEntry(unit: string, group: string, dossierTitles: readonly string[]): SearchEntry {
  return {
    kind: 'unit',
    group,
    url: urls.awardsUnit(unit),
    title: t('awards.unitTitle', { unit }),
    names: [unit],
    filters: {
      [SEARCH_FILTERS.type]: [t('search.type.unitAwards')],
      [SEARCH_FILTERS.unit]: [unit],
      [SEARCH_FILTERS.dossier]: [...dossierTitles],
    },
    segments: [{ title: t('awards.unitTitle', { unit }), paragraphs: [] }],
  };
}
