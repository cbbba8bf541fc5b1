import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { readSheet } from 'read-excel-file/node';
import { awardCsv } from '../../../src/lib/downloads/award-csv.ts';
import { awardXlsx } from '../../../src/lib/downloads/award-xlsx.ts';
import { awardSheet, type AwardRow } from '../../../src/lib/dossiers/award-columns.ts';

const awards: AwardRow[] = [
  { title: '湖北省法制宣传教育和法治建设先进县（市、区）', years: [2006, 2007, 2008, 2009, 2010, 2011], level: '省级', unit: '黄州区政府办公室', note: '原文作“2006-20011年”' },
  { title: '“人大议案、政协提案”办理工作先进单位', years: [2010, 2011], unit: '黄州区政府办公室' },
  { title: '全省书香校园, "特色"项目', years: [2014], level: '省级', unit: '清河中学', issuer: '省教育厅' },
  { title: '优秀家长学校', years: [], unit: '清河中学' },
  { title: '=HYPERLINK("x")', years: [2012], unit: '甲' },
];

describe('awardSheet', () => {
  it('writes the table columns as the table shows them, then issuer and note', () => {
    expect(awardSheet(awards.slice(0, 4))).toEqual([
      ['年份', '荣誉', '级别', '单位', '颁发单位', '备注'],
      ['2006-2011', '湖北省法制宣传教育和法治建设先进县（市、区）', '省级', '黄州区政府办公室', '', '原文作“2006-20011年”'],
      ['2010、2011', '“人大议案、政协提案”办理工作先进单位', '未注明', '黄州区政府办公室', '', ''],
      ['2014', '全省书香校园, "特色"项目', '省级', '清河中学', '省教育厅', ''],
      ['未注明年份', '优秀家长学校', '未注明', '清河中学', '', ''],
    ]);
  });
});

describe('awardCsv', () => {
  const csv = awardCsv(awards);

  it('starts with a byte order mark and ends lines the Windows way, for Excel', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split('\r\n')).toHaveLength(awards.length + 2);
  });

  it('reads back as the same rows, commas and quotes inside cells included', () => {
    const rows = parse(csv, { bom: true }) as string[][];
    expect(rows.slice(0, 5)).toEqual(awardSheet(awards.slice(0, 4)));
  });

  it('writes a cell that would start a formula as text', () => {
    const rows = parse(csv, { bom: true }) as string[][];
    expect(rows[5]![1]).toBe(`'=HYPERLINK("x")`);
  });
});

/** A sheet as text, an empty cell (which Excel leaves out) as an empty string. */
const asText = (rows: unknown[][]) => rows.map((row) => row.map((cell) => (cell === null ? '' : cell)));

describe('awardXlsx', () => {
  it('writes the same bytes for the same awards, whenever it runs', async () => {
    const first = await awardXlsx(awards.slice(0, 4));
    await new Promise((resolve) => setTimeout(resolve, 2100)); // zip times count in two-second steps
    expect(Buffer.compare(await awardXlsx(awards.slice(0, 4)), first)).toBe(0);
  });

  it('is an Excel workbook whose sheet holds the same rows as text', async () => {
    const file = await awardXlsx(awards.slice(0, 4));
    expect(file.subarray(0, 2).toString()).toBe('PK');
    expect(asText(await readSheet(file))).toEqual(awardSheet(awards.slice(0, 4)));
  });

  it('keeps a year range and a single year as written, not as numbers or sums', async () => {
    const rows = await readSheet(await awardXlsx([{ title: '奖', years: [2014], unit: '甲' }, { title: '奖二', years: [2009, 2010, 2011], unit: '甲' }]));
    expect(rows.slice(1).map((row) => row[0])).toEqual(['2014', '2009-2011']);
  });
});
