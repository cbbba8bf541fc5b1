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
export { awardBrowse, type AwardBrowse } from './award-browse.ts';
export { dossierContents, type DossierPart } from './dossier-contents.ts';
export { awardChart } from './award-chart.ts';
export { AWARD_TABLE_COLUMNS, awardColumnHeader, awardCellText } from './award-columns.ts';
export { awardSortRanks } from './award-sort.ts';
export { tellApart } from './tell-apart.ts';
