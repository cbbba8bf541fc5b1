import { formatYears } from '../schemas/index.ts';
import type { AwardRecord } from '../dossiers/index.ts';
import { sectionName, t } from '../i18n.ts';
import { urls } from '../urls.ts';
import type { CustomRecord } from 'pagefind';
import { INDEX_LANGUAGE } from './segment.ts';

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
 * One search record per award, linking to its row on the 成就篇 page, so a search for an award
 * lands on the award and the year and level filters narrow awards only. URLs have no base path:
 * the search page's `baseUrl` adds it.
 */
export function awardSearchRecord(award: PublishedAward): CustomRecord {
  const years = formatYears(award.years);
  const level = award.level ?? t('awards.noLevel');
  const heading = years ? `${years}年度 ${award.title}` : award.title;
  const content = [heading, award.level, award.unit, award.issuer, award.note, award.dossierTitle].filter(Boolean).join('。');
  return {
    url: urls.award(award.dossier, award.index),
    content,
    language: INDEX_LANGUAGE,
    meta: { title: heading, [SEARCH_FILTERS.unit]: award.unit, [SEARCH_FILTERS.level]: level },
    filters: {
      [SEARCH_FILTERS.type]: [t('search.type.award')],
      [SEARCH_FILTERS.dossier]: [award.dossierTitle],
      [SEARCH_FILTERS.unit]: [award.unit],
      [SEARCH_FILTERS.section]: [sectionName('achievements')],
      [SEARCH_FILTERS.year]: award.years.length > 0 ? award.years.map(String) : [t('awards.noYear')],
      [SEARCH_FILTERS.level]: [level],
    },
    sort: { year: String(award.years.at(-1) ?? 0).padStart(4, '0') },
  };
}
