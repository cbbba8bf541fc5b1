/** Dossier assembly and award browsing: plain data in, plain data out. */
export { parseSectionFileId } from './section-file-id.ts';
export {
  assembleDossiers,
  ContentModelError,
  type DossierModel,
  type AwardModel,
  type DossierSources,
} from './assemble.ts';
export { collectAwards, compareAwards, groupByYear, groupByLevel, groupByUnit, type AwardRecord } from './award-index.ts';
export { sectionPager } from './section-pager.ts';
export { formatPeriod } from './format-period.ts';
export { awardBrowse, type AwardBrowse, type BrowseLink } from './award-browse.ts';
export { dossierContents, type DossierPart, type ContentsEntry, type ContentsArticle } from './dossier-contents.ts';
export { awardChart, type AwardChart, type AwardChartRow, type AwardChartSegment, type AwardChartLevel } from './award-chart.ts';
export { AWARD_TABLE_COLUMNS, awardColumnHeader, awardCellText, type AwardColumn, type AwardRow } from './award-columns.ts';
export { awardSortRanks, type AwardSortColumn, type AwardSortRanks } from './award-sort.ts';
export { tellApart, type TellApartAward } from './tell-apart.ts';
