import { normaliseLevel } from '../schemas/index.ts';
import type { AwardCells } from './award-item.ts';
import { splitYears } from './award-item.ts';
import { levelFromWords } from './award-level.ts';

/** What a column of an award table holds. */
type Column = 'title' | 'years' | 'level' | 'issuer' | 'note' | 'number';

// Header words, as Chinese tables name their columns. A header names what a column holds in its last
// word (获得时间, 命名年度, 荣誉称号, 授予机关), so the patterns read the ending and allow a short
// qualifier before it.
const HEADERS: ReadonlyArray<readonly [Column, RegExp]> = [
  ['number', /^(?:序号|编号|No\.?)$/i],
  ['years', /^.{0,4}(?:年份|年度|时间|日期|年)$/],
  ['level', /^.{0,4}(?:级别|等级|层级)$/],
  ['issuer', /^.{0,4}(?:单位|机关|部门|机构)$|^(?:授予|颁发|表彰|命名)(?:者|方)?$/],
  ['note', /^(?:备注|说明)$/],
  ['title', /^.{0,4}(?:名称|称号|荣誉|奖项|内容|项目|奖励)$/],
];

const compact = (cell: string) => cell.replace(/[\s\u3000]+/g, '');
const isYearCell = (cell: string) => cell !== '' && splitYears(`${cell}X`).title === 'X';
const isLevelCell = (cell: string) => cell !== '' && normaliseLevel(cell) !== undefined;
const isNumberCell = (cell: string) => /^\d{1,3}[.、]?$/.test(cell);

function headerColumns(row: readonly string[]): Column[] | undefined {
  // A cell with a digit is data (`2019年`), however it ends.
  const columns = row.map((cell) => (/[\d０-９]/.test(cell) ? undefined : HEADERS.find(([, pattern]) => pattern.test(compact(cell)))?.[0]));
  if (columns.some((c) => c === undefined) || !columns.includes('title')) return undefined;
  return columns as Column[];
}

/**
 * True when the first row heads the columns in words the header patterns do not know (`获评情况`):
 * every cell is filled in and short, where the rows below hold years it holds none, and where they
 * hold names it names no level (`全国文明单位` is an award, whatever its other cells say).
 */
function isUnnamedHeader(first: readonly string[], columns: readonly Column[]): boolean {
  const cell = (column: Column) => first[columns.indexOf(column)]?.trim() ?? '';
  const short = first.every((c) => compact(c).length > 0 && compact(c).length <= 8);
  return short && !isYearCell(cell('years')) && levelFromWords(cell('title')) === undefined;
}

/** Columns read from the cells when there is no header: years, levels and numbers look like what they are. */
function guessedColumns(rows: readonly string[][]): Column[] | undefined {
  const width = Math.max(...rows.map((r) => r.length));
  const share = (col: number, test: (cell: string) => boolean) => {
    const cells = rows.map((r) => r[col] ?? '').filter((c) => c !== '');
    return cells.length === 0 ? 0 : cells.filter(test).length / cells.length;
  };
  const columns: Array<Column | undefined> = Array.from({ length: width }, (_, col) =>
    share(col, isYearCell) >= 0.5 ? 'years' : share(col, isLevelCell) >= 0.8 ? 'level' : share(col, isNumberCell) === 1 ? 'number' : undefined,
  );
  const free = columns.map((c, i) => (c === undefined ? i : -1)).filter((i) => i !== -1);
  if (free.length === 0 || !columns.includes('years')) return undefined;
  // The award's name is the longest text; a second free column names who gave it.
  const length = (col: number) => rows.reduce((sum, r) => sum + (r[col]?.length ?? 0), 0);
  const [title, issuer, ...rest] = [...free].sort((a, b) => length(b) - length(a));
  columns[title!] = 'title';
  if (issuer !== undefined) columns[issuer] = 'issuer';
  for (const col of rest) columns[col] = 'note';
  return columns as Column[];
}

/**
 * Reads a table as an award list, when it is one: a header row naming the columns (年份 / 荣誉名称 /
 * 授予单位 / 级别 / 备注 / 序号, in any order), or no header and a column of years beside the names.
 * Returns one award's cells per row, or `undefined` for a table that is not an award list.
 */
export function awardTable(rows: readonly string[][]): AwardCells[] | undefined {
  if (rows.length === 0) return undefined;
  const header = headerColumns(rows[0]!);
  let body = header ? rows.slice(1) : rows;
  let columns = header ?? guessedColumns(body);
  if (!header && rows.length > 2) {
    // A header in other words would otherwise be read as an award, or spoil the guess.
    const below = guessedColumns(rows.slice(1));
    if (below && isUnnamedHeader(rows[0]!, below)) [body, columns] = [rows.slice(1), below];
  }
  if (!columns || body.length === 0) return undefined;
  const awards: AwardCells[] = [];
  for (const row of body) {
    const cells: Partial<Record<Column, string>> = {};
    columns.forEach((column, i) => {
      const cell = row[i]?.trim() ?? '';
      if (cell !== '') cells[column] = cells[column] ? `${cells[column]}；${cell}` : cell;
    });
    if (!cells.title) continue;
    awards.push({
      title: cells.title,
      ...(cells.years ? { years: cells.years } : {}),
      ...(cells.level ? { level: cells.level } : {}),
      ...(cells.issuer ? { issuer: cells.issuer } : {}),
      ...(cells.note ? { note: cells.note } : {}),
    });
  }
  return awards.length > 0 ? awards : undefined;
}
