import { t } from '../i18n.ts';
import { formatYears, type Award } from '../schemas/index.ts';

/**
 * The columns of an award table, in the order the site shows them; the table's headers and cells
 * are worded here, so every award table writes a value the same way.
 */
export const AWARD_TABLE_COLUMNS = ['years', 'title', 'level', 'unit'] as const;

/** One of {@link AWARD_TABLE_COLUMNS}. */
export type AwardColumn = (typeof AWARD_TABLE_COLUMNS)[number];

/** The fields a column reads: an award and, on lists of several units' awards, its unit. */
export type AwardRow = Pick<Award, 'title' | 'years' | 'level' | 'issuer' | 'note'> & { unit?: string };

/** A column's header: 年份, 荣誉, 级别, 单位. */
export function awardColumnHeader(column: AwardColumn): string {
  return t(`awards.col.${column}`);
}

/**
 * A column's value as plain text, written exactly as the table shows it: `2009-2011`, 未注明年份,
 * 未注明 for an unstated level.
 *
 * @example awardCellText({ title: '市级文明单位', years: [2009, 2010, 2011], level: '市级' }, 'years') // '2009-2011'
 */
export function awardCellText(award: AwardRow, column: AwardColumn): string {
  switch (column) {
    case 'years':
      return award.years.length > 0 ? formatYears(award.years) : t('awards.noYear');
    case 'title':
      return award.title;
    case 'level':
      return award.level ?? t('awards.noLevel');
    case 'unit':
      return award.unit ?? '';
  }
}
