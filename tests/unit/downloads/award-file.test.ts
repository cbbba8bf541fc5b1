import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { readSheet } from 'read-excel-file/node';
import { awardFileLinks, awardFileResponse } from '../../../src/lib/downloads/award-file.ts';
import { awardSheet, type AwardRow } from '../../../src/lib/dossiers/award-columns.ts';

const awards: AwardRow[] = [
  { title: '全国文明单位', years: [2020], level: '国家级', unit: '湖畔图书馆', issuer: '中央精神文明建设指导委员会' },
  { title: '读书月活动组织奖', years: [], unit: '湖畔图书馆' },
];

describe('awardFileLinks', () => {
  it('links the whole 荣誉榜 in each format, saved under the page’s name', () => {
    expect(awardFileLinks().map(({ path, fileName }) => [path, fileName])).toEqual([
      ['/awards/awards.xlsx', '荣誉榜.xlsx'],
      ['/awards/awards.csv', '荣誉榜.csv'],
    ]);
  });

  it('links a unit’s list beside its page, naming the unit in the file name', () => {
    expect(awardFileLinks('山坡小学').map(({ path, fileName }) => [path, fileName])).toEqual([
      ['/awards/unit/山坡小学/awards.xlsx', '山坡小学的荣誉.xlsx'],
      ['/awards/unit/山坡小学/awards.csv', '山坡小学的荣誉.csv'],
    ]);
  });

  it('keeps characters a file name may not hold out of the name, but not out of the address', () => {
    const [xlsx] = awardFileLinks('科技局/信息中心');
    expect(xlsx!.fileName).toBe('科技局-信息中心的荣誉.xlsx');
    expect(xlsx!.path).toBe('/awards/unit/科技局-信息中心/awards.xlsx');
  });

  it('names the format in each link and gives its type', () => {
    expect(awardFileLinks().map(({ label, type }) => [label, type])).toEqual([
      ['下载 Excel 表格（.xlsx）', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      ['下载 CSV 文件（.csv）', 'text/csv; charset=utf-8'],
    ]);
  });
});

describe('awardFileResponse', () => {
  it('answers with the CSV, byte order mark first, typed as UTF-8 text', async () => {
    const response = await awardFileResponse('csv', awards);
    expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(parse(Buffer.from(bytes), { bom: true })).toEqual(awardSheet(awards));
  });

  it('answers with the workbook, typed as an Excel file', async () => {
    const response = await awardFileResponse('xlsx', awards);
    expect(response.headers.get('Content-Type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const rows = await readSheet(Buffer.from(await response.arrayBuffer()));
    expect(rows.map((row) => row.map((cell) => cell ?? ''))).toEqual(awardSheet(awards));
  });
});
