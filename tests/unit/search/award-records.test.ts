import { describe, expect, it } from 'vitest';
import { awardSearchEntry, unitSearchEntry } from '../../../src/lib/search/award-records.ts';

describe('awardSearchEntry', () => {
  it('links the award to its row, files it under every year and its level, and is found by the years it covers', () => {
    const entry = awardSearchEntry({
      title: '市级文明单位',
      years: [2009, 2010, 2011],
      level: '市级',
      unit: '黄州区政府办公室',
      dossier: 'huangzhou-office',
      dossierTitle: '文明清风谱华章',
      index: 0,
    });
    expect(entry).toMatchObject({ kind: 'award', group: 'huangzhou-office', url: '/huangzhou-office/achievements/#award-01', title: '市级文明单位' });
    expect(entry.hidden).toEqual(['2009', '2010', '2011']);
    expect(entry.meta).toEqual({ years: '2009-2011年度', level: '市级', unit: '黄州区政府办公室', dossier: '文明清风谱华章', dossierUrl: '/huangzhou-office/' });
    expect(entry.filters).toMatchObject({ 类型: ['荣誉'], 年份: ['2009', '2010', '2011'], 级别: ['市级'], 单位: ['黄州区政府办公室'], 篇章: ['成就篇'] });
    expect(entry.segments).toEqual([{ title: '市级文明单位', paragraphs: ['2009-2011年度', '市级', '黄州区政府办公室'] }]);
  });

  it('files undated and unlevelled awards under their own filter values', () => {
    const entry = awardSearchEntry({ title: '先进工作组', years: [], unit: 'u', dossier: 'd', dossierTitle: 't', index: 7 });
    expect(entry.url).toBe('/d/achievements/#award-08');
    expect(entry.filters).toMatchObject({ 年份: ['未注明年份'], 级别: ['未注明'] });
    expect(entry.meta).toMatchObject({ years: '', level: '' });
  });
});

describe('unitSearchEntry', () => {
  it('names the 荣誉榜 page of a unit by the unit, for its dossiers', () => {
    expect(unitSearchEntry('青山区税务局', 'qingshan-tax', ['春风润青山'])).toMatchObject({
      kind: 'unit',
      url: '/awards/unit/青山区税务局/',
      title: '青山区税务局的荣誉',
      names: ['青山区税务局'],
      filters: { 类型: ['单位荣誉'], 单位: ['青山区税务局'], 纪实: ['春风润青山'] },
    });
  });
});
