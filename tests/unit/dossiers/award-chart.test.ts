import { describe, expect, it } from 'vitest';
import { awardChart } from '../../../src/lib/dossiers/award-chart.ts';
import type { Award } from '../../../src/lib/schemas/index.ts';

const award = (years: number[], level?: Award['level']): Pick<Award, 'years' | 'level'> => ({ years, ...(level ? { level } : {}) });

describe('awardChart', () => {
  it('counts each award once in every year it covers, newest year first', () => {
    const chart = awardChart([award([2009, 2010, 2011], '市级'), award([2010], '省级'), award([2011])]);
    expect(chart.rows.map((row) => [row.label, row.total])).toEqual([
      ['2011', 2],
      ['2010', 2],
      ['2009', 1],
    ]);
    expect(chart.max).toBe(2);
  });

  it('stacks the levels highest first, each segment a share of the longest bar', () => {
    const chart = awardChart([award([2010], '市级'), award([2010], '国家级'), award([2010]), award([2010], '市级'), award([2011], '省级')]);
    const [y2011, y2010] = chart.rows;
    expect(y2010!.segments).toEqual([
      { level: '国家级', key: 'national', count: 1, from: 0, length: 0.25 },
      { level: '市级', key: 'city', count: 2, from: 0.25, length: 0.5 },
      { level: undefined, key: 'unspecified', count: 1, from: 0.75, length: 0.25 },
    ]);
    expect(y2011!.segments).toEqual([{ level: '省级', key: 'provincial', count: 1, from: 0, length: 0.25 }]);
  });

  it('lists in the legend only the levels that occur, highest first, with the unstated level last', () => {
    const chart = awardChart([award([2010]), award([2010], '乡镇级'), award([2012], '国家级')]);
    expect(chart.levels.map((entry) => [entry.label, entry.key, entry.count])).toEqual([
      ['国家级', 'national', 1],
      ['乡镇级', 'township', 1],
      ['未注明', 'unspecified', 1],
    ]);
  });

  it('shows a short gap year by year and folds a long run of empty years into one row', () => {
    const chart = awardChart([award([2020]), award([2018]), award([2010])]);
    expect(chart.rows.map((row) => [row.label, row.total])).toEqual([
      ['2020', 1],
      ['2019', 0],
      ['2018', 1],
      ['2011–2017', 0],
      ['2010', 1],
    ]);
    expect(chart.rows[3]).toMatchObject({ from: 2011, to: 2017, segments: [] });
  });

  it('keeps undated awards out of the bars and counts them apart', () => {
    const chart = awardChart([award([]), award([]), award([2015], '省级')]);
    expect(chart.undated).toBe(2);
    expect(chart.rows.map((row) => row.total)).toEqual([1]);
  });

  it('lays rows out top to bottom in em, the chart as tall as its rows', () => {
    const chart = awardChart([award([2012]), award([2011]), award([2010])]);
    const ys = chart.rows.map((row) => row.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(chart.height).toBeGreaterThan(ys.at(-1)! + chart.barHeight);
    expect(chart.labelWidth).toBeGreaterThan(2);
  });

  it('makes the year column wide enough for a run of years', () => {
    const single = awardChart([award([2020]), award([2019])]);
    const folded = awardChart([award([2020]), award([1990])]);
    expect(folded.labelWidth).toBeGreaterThan(single.labelWidth);
  });

  it('draws no bars for a list without dated awards', () => {
    expect(awardChart([award([])])).toMatchObject({ rows: [], max: 0, undated: 1 });
    expect(awardChart([])).toMatchObject({ rows: [], levels: [], undated: 0 });
  });
});
