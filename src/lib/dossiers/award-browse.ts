import { t } from '../i18n.ts';
import { urls } from '../urls.ts';
import { groupByLevel, groupByUnit, groupByYear, type AwardRecord } from './award-index.ts';

/** A link to one browse page of the 荣誉榜, with how many awards it lists. */
export interface BrowseLink {
  label: string;
  path: string;
  count: number;
}

/** The 荣誉榜's three ways in: by year (latest first, undated last), by level, by unit. */
export interface AwardBrowse {
  years: BrowseLink[];
  levels: BrowseLink[];
  units: BrowseLink[];
}

/** Builds the browse links of the 荣誉榜 from every award. */
export function awardBrowse(awards: readonly AwardRecord[]): AwardBrowse {
  const { years, undated } = groupByYear(awards);
  return {
    years: [
      ...years.map((g) => ({ label: String(g.key), path: urls.awardsYear(g.key), count: g.awards.length })),
      ...(undated.length > 0 ? [{ label: t('awards.noYear'), path: urls.awardsUndated(), count: undated.length }] : []),
    ],
    levels: groupByLevel(awards).map((g) => ({
      label: g.key ?? t('awards.noLevel'),
      path: urls.awardsLevel(g.key),
      count: g.awards.length,
    })),
    units: groupByUnit(awards).map((g) => ({ label: g.key, path: urls.awardsUnit(g.key), count: g.awards.length })),
  };
}
