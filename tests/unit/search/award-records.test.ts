import { INDEX_LANGUAGE } from '../../../src/lib/search/segment.ts';
import { describe, expect, it } from 'vitest';
import { awardSearchRecord } from '../../../src/lib/search/award-records.ts';

describe('awardSearchRecord', () => {
  it('links the award to its row and files it under every year and its level', () => {
    const record = awardSearchRecord({
      title: '市级文明单位',
      years: [2009, 2010, 2011],
      level: '市级',
      unit: '黄州区政府办公室',
      dossier: 'huangzhou-office',
      dossierTitle: '文明清风谱华章',
      index: 0,
    });
    expect(record.url).toBe('/huangzhou-office/achievements/#award-01');
    expect(record.language).toBe(INDEX_LANGUAGE);
    expect(record.meta?.title).toBe('2009-2011年度 市级文明单位');
    expect(record.filters).toMatchObject({ 类型: ['荣誉'], 年份: ['2009', '2010', '2011'], 级别: ['市级'], 单位: ['黄州区政府办公室'], 篇章: ['成就篇'] });
    expect(record.content).toContain('市级文明单位');
  });

  it('files undated and unlevelled awards under their own filter values', () => {
    const record = awardSearchRecord({ title: '先进工作组', years: [], unit: 'u', dossier: 'd', dossierTitle: 't', index: 7 });
    expect(record.url).toBe('/d/achievements/#award-08');
    expect(record.filters).toMatchObject({ 年份: ['未注明年份'], 级别: ['未注明'] });
    expect(record.meta?.title).toBe('先进工作组');
  });
});
