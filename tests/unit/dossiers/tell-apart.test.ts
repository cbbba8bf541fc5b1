import { describe, expect, it } from 'vitest';
import { tellApart } from '../../../src/lib/dossiers/tell-apart.ts';

describe('tellApart', () => {
  it('leaves awards whose title is unique in the list alone', () => {
    expect(tellApart([{ title: '甲奖', years: [2010] }, { title: '乙奖', years: [2010] }])).toEqual([undefined, undefined]);
  });

  it('names the years when two awards of one title differ in years', () => {
    expect(
      tellApart([
        { title: '市级文明单位', years: [2009, 2010, 2011], unit: '甲' },
        { title: '其他', years: [2010] },
        { title: '市级文明单位', years: [2012, 2013, 2014], unit: '甲' },
      ]),
    ).toEqual(['2009-2011', undefined, '2012-2014']);
  });

  it('names the unit when the years are the same', () => {
    expect(
      tellApart([
        { title: '先进基层党组织', years: [2010], unit: '黄州区政府办公室' },
        { title: '先进基层党组织', years: [2010], unit: '清河中学' },
      ]),
    ).toEqual(['黄州区政府办公室', '清河中学']);
  });

  it('names years and unit together when neither alone tells all of them apart', () => {
    expect(
      tellApart([
        { title: '文明单位', years: [2010], unit: '甲' },
        { title: '文明单位', years: [2010], unit: '乙' },
        { title: '文明单位', years: [2011], unit: '甲' },
      ]),
    ).toEqual(['2010，甲', '2010，乙', '2011，甲']);
  });

  it('falls back to the dossier, then the issuer, then numbers the rest in list order', () => {
    expect(
      tellApart([
        { title: '奖', years: [2015], unit: '甲', dossierTitle: '2015 年纪实' },
        { title: '奖', years: [2015], unit: '甲', dossierTitle: '2020 年纪实' },
      ]),
    ).toEqual(['2015 年纪实', '2020 年纪实']);
    expect(
      tellApart([
        { title: '奖', years: [], issuer: '省教育厅' },
        { title: '奖', years: [] },
      ]),
    ).toEqual(['省教育厅', '未注明']);
    expect(tellApart([{ title: '奖', years: [] }, { title: ' 奖', years: [] }])).toEqual(['第 1 项', '第 2 项']);
  });

  it('numbers each set of twins on its own, in list order, however the sets interleave', () => {
    expect(
      tellApart([
        { title: '奖', years: [2010], unit: '甲' },
        { title: '奖', years: [2011], unit: '甲' },
        { title: '奖', years: [2010], unit: '甲' },
        { title: '奖', years: [2011], unit: '甲' },
        { title: '奖', years: [2012], unit: '甲' },
      ]),
    ).toEqual(['2010，第 1 项', '2011，第 1 项', '2010，第 2 项', '2011，第 2 项', '2012']);
  });

  it('tells apart a 荣誉榜 of thousands of awards of one title, as a large archive has', () => {
    // Three years of three units' awards, a thousand of each kind, listed round-robin.
    const kinds = [2010, 2011, 2012].flatMap((year) => ['甲', '乙', '丙'].map((unit) => ({ year, unit })));
    const awards = Array.from({ length: 9000 }, (_, i) => ({ title: '市级文明单位', years: [kinds[i % 9]!.year], unit: kinds[i % 9]!.unit }));
    const apart = tellApart(awards);
    expect(apart[0]).toBe('2010，甲，第 1 项');
    expect(apart[9]).toBe('2010，甲，第 2 项');
    expect(apart[8999]).toBe('2012，丙，第 1000 项');
    expect(new Set(apart).size).toBe(9000);
  });

  it('treats titles that differ only in spacing as the same title', () => {
    expect(tellApart([{ title: '平安 创建奖', years: [2010] }, { title: '平安创建奖', years: [2011] }])).toEqual(['2010', '2011']);
  });
});
