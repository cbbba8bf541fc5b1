import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/lib/import/block.ts';
import { awardCandidates, awardScore, chooseAwardRun, markerOf } from '../../../src/lib/import/award-run.ts';
import { awardTable } from '../../../src/lib/import/award-table.ts';

const blocks = (...items: Array<string | Partial<Block>>): Block[] =>
  items.map((item, i) => ({ id: i + 1, where: `#${i + 1}`, ...(typeof item === 'string' ? { text: item } : { text: '', ...item }) }));
const run = (...items: Array<string | Partial<Block>>) => {
  const r = chooseAwardRun(awardCandidates(blocks(...items)));
  return { ...r, awards: r.candidates.slice(r.start, r.end).map((c) => c.text) };
};

describe('markerOf', () => {
  it.each([
    ['——2019年度先进单位', 'dash'],
    ['• 2019年度先进单位', 'bullet'],
    ['● 2019年度先进单位', 'bullet'],
    ['1. 2019年度先进单位', 'number'],
    ['1.2019年度先进单位', 'number'],
    ['（3）全市先进集体', 'number'],
    ['②全市先进集体', 'number'],
    ['8.6万人参加', 'none'],
  ])('%s → %s', (text, marker) => {
    expect(markerOf(text).marker).toBe(marker);
  });
});

describe('awardScore', () => {
  it('scores award items above prose, lead-ins and headings', () => {
    expect(awardScore('2019年度市级文明单位', 'none')).toBeGreaterThan(1);
    expect(awardScore('全国文明单位', 'none')).toBeGreaterThan(0);
    expect(awardScore('近年来，水务局先后获得以下荣誉：', 'none')).toBeLessThan(-2.5);
    expect(awardScore('荣誉属于过去，奋斗成就未来。', 'none')).toBeLessThan(-2.5);
    expect(awardScore('教学质量稳步提升', 'none')).toBeLessThan(0);
  });
});

describe('chooseAwardRun', () => {
  it('finds the list between an introduction with a sub-heading and the closing', () => {
    const r = run({ text: '供水保障更有力', heading: 3 }, '全年供水量增长一成。', '先后获得以下荣誉：', { text: '2019年度市级文明单位', list: 'bullet' }, { text: '全省节水型单位（2021年）', list: 'bullet' }, '荣誉属于过去。');
    expect(r.awards).toEqual(['2019年度市级文明单位', '全省节水型单位（2021年）']);
    expect(r.doubts).toEqual([]);
  });

  it('splits a one-line list at its dashes, the lead-in before the first dash kept apart', () => {
    const r = run('先后荣获：—— 2018年度全镇先进党组织 —— 全国乡村治理示范村（2022年）', '结束语。');
    expect(r.candidates.map((c) => c.text)).toEqual(['先后荣获：', '2018年度全镇先进党组织', '全国乡村治理示范村（2022年）', '结束语。']);
    expect(r.awards).toEqual(['2018年度全镇先进党组织', '全国乡村治理示范村（2022年）']);
  });

  it('splits a one-line list at its ；, the lead-in before a ： kept apart', () => {
    const r = run('获得的荣誉：2018—2020年度全市先进集体；2022年度市级文明单位。', '面向未来。');
    expect(r.candidates.map((c) => c.text)).toEqual(['获得的荣誉：', '2018—2020年度全市先进集体', '2022年度市级文明单位', '面向未来。']);
    expect(r.awards).toEqual(['2018—2020年度全市先进集体', '2022年度市级文明单位']);
    expect(run('我们坚持学习；我们坚持服务。').awards).toEqual([]);
  });

  it('keeps level labels over groups of awards inside the list', () => {
    const r = run('荣誉有：', { text: '国家级', lead: '国家级' }, { text: '2021年度全国示范单位', list: 'bullet' }, '省级：', { text: '2019年度全省示范网点', list: 'bullet' }, '结束。');
    expect(r.candidates.slice(r.start, r.end).map((c) => [c.marker, c.text])).toEqual([
      ['group', '国家级'],
      ['list', '2021年度全国示范单位'],
      ['group', '省级：'],
      ['list', '2019年度全省示范网点'],
    ]);
    expect(r.doubts).toEqual([]);
  });

  it('keeps a sentence with one dash in it as prose', () => {
    expect(run('荣誉属于过去——奋斗成就未来。', '2019年度先进单位').awards).toEqual(['2019年度先进单位']);
  });

  it('joins the pieces of an item between two dashes standing alone, up to the closing', () => {
    const r = run('引言。', '——', '2006-2011', '年度先进单位', '——', '2011年度先进单位', '结束语。');
    expect(r.awards).toEqual(['2006-2011 年度先进单位', '2011年度先进单位']);
    expect(r.candidates.at(-1)!.text).toBe('结束语。');
  });

  it('reads the rows of an award table as awards', () => {
    const r = run('荣誉如下：', { text: '表', table: [['荣誉名称', '年份'], ['全省先进集体', '2018年']] });
    expect(r.candidates.slice(r.start, r.end).map((c) => c.cells)).toEqual([{ title: '全省先进集体', years: '2018年' }]);
  });
});

describe('awardTable', () => {
  it('reads header rows in any order and any common wording', () => {
    expect(awardTable([['序号', '获奖时间', '表彰单位', '荣誉称号', '备注'], ['1', '2019年', '市委', '先进集体', '复查确认']])).toEqual([
      { title: '先进集体', years: '2019年', issuer: '市委', note: '复查确认' },
    ]);
  });

  it('reads a table without a header by what its columns hold', () => {
    expect(awardTable([['2017—2019年度', '省级文明单位', '省级'], ['2021年', '全国五一劳动奖状', '国家级']])).toEqual([
      { title: '省级文明单位', years: '2017—2019年度', level: '省级' },
      { title: '全国五一劳动奖状', years: '2021年', level: '国家级' },
    ]);
  });

  it('reads header words by their ending: 获得时间, 命名年度, 颁发机关', () => {
    expect(awardTable([['荣誉', '命名年度', '颁发机关'], ['全省先进集体', '2018年', '省政府']])).toEqual([
      { title: '全省先进集体', years: '2018年', issuer: '省政府' },
    ]);
    expect(awardTable([['序号', '荣誉称号', '授予单位', '获得时间'], ['1', '先进集体', '市委', '2019年']])).toEqual([
      { title: '先进集体', years: '2019年', issuer: '市委' },
    ]);
  });

  it('takes a first row in unknown words for the header when the rows below hold the years', () => {
    const table = [['获评情况', '发证方', '时段'], ['全省先进集体', '省政府', '2018年'], ['市级文明单位', '市委', '2019-2021年度']];
    expect(awardTable(table)).toEqual([
      { title: '全省先进集体', years: '2018年', issuer: '省政府' },
      { title: '市级文明单位', years: '2019-2021年度', issuer: '市委' },
    ]);
  });

  it('keeps a first row without a year as an award when it names one', () => {
    const table = [['全国文明单位', '中央文明委', '第六届'], ['全省先进集体', '省政府', '2018年'], ['市级文明单位', '市委', '2019-2021年度']];
    expect(awardTable(table)?.map((a) => a.title)).toEqual(['全国文明单位', '全省先进集体', '市级文明单位']);
  });

  it('reads a cell with a digit as data, not as a header', () => {
    expect(awardTable([['2019年', '市级荣誉'], ['2020年', '全省先进集体']])?.map((a) => a.title)).toEqual(['市级荣誉', '全省先进集体']);
  });

  it('is not an award list without a column of names beside years', () => {
    expect(awardTable([['项目', '数量'], ['图书', '12万册']])).toBeUndefined();
  });
});
