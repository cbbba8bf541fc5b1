import { SECTION_KINDS } from './constants.ts';
import { groupByLevel, groupByUnit, groupByYear, type AwardRecord, type DossierModel } from './dossiers/index.ts';
import { urls } from './urls.ts';

/**
 * Every HTML page the site builds, without the base path: the sitemap lists them and the build
 * tests check each exists, so a page added to one is never missing from the other.
 */
export function sitePaths(dossiers: readonly DossierModel[], awards: readonly AwardRecord[]): string[] {
  const { years, undated } = groupByYear(awards);
  return [
    urls.home(),
    ...dossiers.flatMap((d) => [urls.dossier(d.slug), ...SECTION_KINDS.map((kind) => urls.section(d.slug, kind))]),
    urls.awards(),
    ...years.map((g) => urls.awardsYear(g.key)),
    ...(undated.length > 0 ? [urls.awardsUndated()] : []),
    ...groupByLevel(awards).map((g) => urls.awardsLevel(g.key)),
    urls.awardsUnits(),
    ...groupByUnit(awards).map((g) => urls.awardsUnit(g.key)),
    urls.search(),
  ];
}
