import { t } from '../i18n.ts';
import { formatYears, type Award } from '../schemas/index.ts';

/**
 * The columns of an award table, in the order the site shows them. The table on the page and the
 * CSV and Excel downloads of the same list are all built from this one list, so they never
 * disagree about what a column is called or how a value is written.
 */
export const AWARD_TABLE_COLUMNS = ['years', 'title', 'level', 'unit'] as const;

/**
 * What a download adds to the table's columns: the table shows the issuer and the note as small
 * lines under the award's title; a spreadsheet gives each its own column so it can be filtered.
 */
export const AWARD_DETAIL_COLUMNS = ['issuer', 'note'] as const;

/** One of {@link AWARD_TABLE_COLUMNS} or {@link AWARD_DETAIL_COLUMNS}. */
export type AwardColumn = (typeof AWARD_TABLE_COLUMNS)[number] | (typeof AWARD_DETAIL_COLUMNS)[number];

/** The fields a column reads: an award and, on lists of several units' awards, its unit. */
export type AwardRow = Pick<Award, 'title' | 'years' | 'level' | 'issuer' | 'note'> & { unit?: string };

/** A column's header as the table and the downloads show it: 年份, 荣誉, 级别, 单位, 颁发单位, 备注. */
export function awardColumnHeader(column: AwardColumn): string {
  return t(`awards.col.${column}`);
}

/**
 * A column's value as plain text, written exactly as the table shows it: `2009-2011`, 未注明年份,
 * 未注明 for an unstated level, and an empty string for an absent issuer or note.
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
    case 'issuer':
      return award.issuer ?? '';
    case 'note':
      return award.note ?? '';
  }
}

/** The columns of a downloaded award list: the table's, then the details the table shows under each title. */
export const AWARD_DOWNLOAD_COLUMNS: readonly AwardColumn[] = [...AWARD_TABLE_COLUMNS, ...AWARD_DETAIL_COLUMNS];

/**
 * An award list as rows of text, header row first, with the columns of {@link AWARD_DOWNLOAD_COLUMNS}:
 * what the CSV and Excel files hold.
 */
export function awardSheet(awards: readonly AwardRow[]): string[][] {
  return [
    AWARD_DOWNLOAD_COLUMNS.map(awardColumnHeader),
    ...awards.map((award) => AWARD_DOWNLOAD_COLUMNS.map((column) => awardCellText(award, column))),
  ];
}
