import { describe, expect, it } from 'vitest';
import { awardBrowse, collectAwards, groupByLevel, groupByUnit, groupByYear, type DossierModel } from '../../../src/lib/dossiers/index.ts';
import { siteRoutes } from '../../../src/lib/routes/index.ts';
import type { Award } from '../../../src/lib/schemas/index.ts';

function model(slug: string, unit: string, awards: Award[]): DossierModel {
  return {
    slug,
    data: { title: `${slug}纪实`, subtitle: 's', unit, summary: 's', period: undefined },
    sections: {
      management: { kind: 'management', introId: undefined, articles: [] },
      service: { kind: 'service', introId: undefined, articles: [] },
      creation: { kind: 'creation', introId: undefined, articles: [] },
    },
    achievementsId: slug,
    awards: awards.map((a, index) => ({ ...a, index, anchor: `award-0${index + 1}` })),
  };
}

const dossiers = [
  model('a', '乙单位', [
    { title: '跨年奖', years: [2009, 2010, 2011] },
    { title: '无年份奖', years: [] },
    { title: '省奖', years: [2010], level: '省级' },
  ]),
  model('b', '甲单位', [
    { title: '新奖', years: [2012], level: '市级' },
    { title: '老奖', years: [2008], level: '省级' },
  ]),
];

describe('collectAwards', () => {
  it('lists every award newest first, undated last, and keeps each award once', () => {
    expect(collectAwards(dossiers).map((a) => a.title)).toEqual(['新奖', '跨年奖', '省奖', '老奖', '无年份奖']);
  });
  it('carries the dossier and unit of each award', () => {
    expect(collectAwards(dossiers)[0]).toMatchObject({ dossier: 'b', unit: '甲单位', dossierTitle: 'b纪实', anchor: 'award-01' });
  });
});

describe('groupByYear', () => {
  it('lists a multi-year award under each of its years and keeps undated awards apart', () => {
    const { years, undated } = groupByYear(collectAwards(dossiers));
    expect(years.map((g) => [g.key, g.awards.map((a) => a.title)])).toEqual([
      [2012, ['新奖']],
      [2011, ['跨年奖']],
      [2010, ['跨年奖', '省奖']],
      [2009, ['跨年奖']],
      [2008, ['老奖']],
    ]);
    expect(undated.map((a) => a.title)).toEqual(['无年份奖']);
  });
});

describe('groupByLevel and groupByUnit', () => {
  it('orders levels from highest, with unstated levels last', () => {
    expect(groupByLevel(collectAwards(dossiers)).map((g) => [g.key, g.awards.length])).toEqual([
      ['省级', 2],
      ['市级', 1],
      [undefined, 2],
    ]);
  });
  it('groups awards by unit in Chinese collation order', () => {
    expect(groupByUnit(collectAwards(dossiers)).map((g) => [g.key, g.awards.length])).toEqual([
      ['甲单位', 2],
      ['乙单位', 3],
    ]);
  });
});

describe('awardBrowse', () => {
  it('links every year, level and unit page with its count', () => {
    const browse = awardBrowse(siteRoutes({ dossiers, awards: collectAwards(dossiers) }));
    expect(browse.years.at(-1)).toEqual({ label: '未注明年份', path: '/awards/undated/', count: 1 });
    expect(browse.levels[0]).toEqual({ label: '省级', path: '/awards/level/provincial/', count: 2 });
    expect(browse.units[0]).toEqual({ label: '甲单位', path: '/awards/unit/甲单位/', count: 2 });
  });
});
