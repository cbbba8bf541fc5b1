import { stringify } from 'csv-stringify/sync';
import { awardSheet, type AwardRow } from '../dossiers/award-columns.ts';

/** The MIME type of the CSV downloads, declared UTF-8 for servers that pass it on. */
export const CSV_TYPE = 'text/csv; charset=utf-8';

// A spreadsheet runs a cell that starts with one of these as a formula. The site's own award
// lists never should, so such a cell is written as text, with the apostrophe spreadsheets read
// as "this is text".
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * An award list as CSV: a header row with the columns of the award table plus issuer and note,
 * one row per award, Windows line ends, and a byte order mark so that Excel, which otherwise
 * guesses the local code page, opens the Chinese text as UTF-8.
 *
 * @example awardCsv([{ title: '市级文明单位', years: [2010], level: '市级', unit: '黄州区政府办公室' }])
 * // '\uFEFF年份,荣誉,级别,单位,颁发单位,备注\r\n2010,市级文明单位,市级,黄州区政府办公室,,\r\n'
 */
export function awardCsv(awards: readonly AwardRow[]): string {
  const rows = awardSheet(awards).map((row, i) => (i === 0 ? row : row.map((cell) => (FORMULA_START.test(cell) ? `'${cell}` : cell))));
  return stringify(rows, { bom: true, record_delimiter: 'windows' });
}
