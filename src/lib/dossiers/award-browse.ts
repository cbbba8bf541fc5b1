import { t } from '../i18n.ts';
import { routesOfKind, type Route } from '../routes/route-table.ts';

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

/**
 * Builds the browse links of the 荣誉榜 from the route table, so every link is to a page that is
 * built, listed in the table's order.
 */
export function awardBrowse(routes: readonly Route[]): AwardBrowse {
  return {
    years: [
      ...routesOfKind(routes, 'awards-year').map((r) => ({ label: String(r.props.year), path: r.path, count: r.props.awards.length })),
      ...routesOfKind(routes, 'awards-undated').map((r) => ({ label: t('awards.noYear'), path: r.path, count: r.props.awards.length })),
    ],
    levels: routesOfKind(routes, 'awards-level').map((r) => ({ label: r.props.level ?? t('awards.noLevel'), path: r.path, count: r.props.awards.length })),
    units: routesOfKind(routes, 'awards-unit').map((r) => ({ label: r.props.unit, path: r.path, count: r.props.awards.length })),
  };
}
