import { describe, expect, it } from 'vitest';
import { awardSortRanks } from '../../../src/lib/dossiers/award-sort.ts';
import { orderByPlaces } from '../../../src/lib/dossiers/rank-order.ts';
import { compareAwards, type AwardRecord } from '../../../src/lib/dossiers/index.ts';
import type { Award } from '../../../src/lib/schemas/index.ts';

const record = (title: string, years: number[], level?: Award['level'], unit = '甲单位', index = 0): AwardRecord => ({
  title,
  years,
  ...(level ? { level } : {}),
  unit,
  index,
  anchor: `award-${index}`,
  dossier: 'd',
  dossierTitle: 'D',
});

const sortedBy = (places: (number | undefined)[], direction: 1 | -1) => orderByPlaces(places, direction === 1 ? 'ascending' : 'descending');

describe('awardSortRanks', () => {
  const awards = [
    record('住房公积金管理工作先进单位', [2010], undefined, '乙单位', 0),
    record('市级文明单位', [2009, 2010, 2011], '市级', '甲单位', 1),
    record('区政府目标责任制考核先进单位', [2006, 2007, 2008, 2009, 2010, 2011], '区县级', '丙单位', 2),
    record('安全生产先进单位', [], '国家级', '甲单位', 3),
    record('便民服务中心建设先进单位', [2012], '省级', '乙单位', 4),
  ];
  const ranks = awardSortRanks(awards);

  it('sorted by year descending gives the 荣誉榜 order: latest year first, a longer run first', () => {
    const expected = [...awards].sort(compareAwards).map((a) => a.index);
    expect(sortedBy(ranks.map((r) => r.years), -1)).toEqual(expected);
  });

  it('sorts titles and units in pinyin order', () => {
    expect(sortedBy(ranks.map((r) => r.title), 1).map((i) => awards[i]!.title)).toEqual([
      '安全生产先进单位',
      '便民服务中心建设先进单位',
      '区政府目标责任制考核先进单位',
      '市级文明单位',
      '住房公积金管理工作先进单位',
    ]);
    expect(sortedBy(ranks.map((r) => r.unit), 1).map((i) => awards[i]!.unit)).toEqual(['丙单位', '甲单位', '甲单位', '乙单位', '乙单位']);
  });

  it('ranks levels from 国家级 down and leaves an unstated level or year without a place', () => {
    expect(ranks.map((r) => r.level)).toEqual([undefined, 2, 3, 0, 1]);
    expect(ranks[3]!.years).toBeUndefined();
  });

  it('gives equal values the same place', () => {
    const twins = awardSortRanks([record('奖', [2010]), record('奖', [2010])]);
    expect(twins[0]).toEqual(twins[1]);
  });
});

describe('orderByPlaces', () => {
  it('sorts by place either way, ties in list order, items without a place last', () => {
    expect(orderByPlaces([2, undefined, 0, 2], 'ascending')).toEqual([2, 0, 3, 1]);
    expect(orderByPlaces([2, undefined, 0, 2], 'descending')).toEqual([0, 3, 2, 1]);
    expect(orderByPlaces([undefined, undefined], 'descending')).toEqual([0, 1]);
  });
});
