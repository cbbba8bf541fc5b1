import { describe, expect, it } from 'vitest';
import { awardFromCells, parseAwardItem, awardNameInSentence } from '../../../src/lib/import/award-item.ts';
import { levelFromWords } from '../../../src/lib/import/award-level.ts';

/** Each line parsed as one award item gives the award beside it. */
const expectAwards = (rows: ReadonlyArray<readonly [string, Record<string, unknown>]>) => {
  for (const [line, award] of rows) expect(parseAwardItem(line).award, line).toEqual(award);
};

const today = new Date('2026-06-01');
const award = (item: string) => parseAwardItem(item, today).award;

describe('parseAwardItem', () => {
  it('reads a year range', () => {
    expect(award('2009-2011年度市级文明单位')).toEqual({ title: '市级文明单位', years: '2009-2011', level: '市级' });
  });

  it('reads a year list', () => {
    expect(award('2010年、2011年度先进基层党组织')).toEqual({ title: '先进基层党组织', years: [2010, 2011] });
  });

  it('reads a single year', () => {
    expect(award('2010年度社会消防工作先进单位')).toEqual({ title: '社会消防工作先进单位', years: 2010 });
  });

  it('reads a range with a stray space before 年度', () => {
    expect(award('2006-2011 年度区政府目标责任制考核先进单位')).toEqual({
      title: '区政府目标责任制考核先进单位',
      years: '2006-2011',
      level: '区县级',
    });
  });

  it('reads full-width digits and Chinese numerals', () => {
    expect(award('２０２２年度全国青少年校园足球特色学校')).toEqual({ title: '全国青少年校园足球特色学校', years: 2022, level: '国家级' });
    expect(award('二〇二三年度湖北省书香校园')).toEqual({ title: '湖北省书香校园', years: 2023, level: '省级' });
  });

  it('reads ranges and lists in Chinese numerals', () => {
    expect(award('二〇〇九—二〇一一年度市级文明单位')).toEqual({ title: '市级文明单位', years: '2009-2011', level: '市级' });
    expect(award('二〇一〇年、二〇一一年度先进集体')).toEqual({ title: '先进集体', years: [2010, 2011] });
    expect(award('一二三四五六七八年先进')).toMatchObject({ title: '一二三四五六七八年先进' });
  });

  it('leaves years out when the item names none', () => {
    expect(award('黄州区深化“千人百村万户春风行动”活动先进工作组')).toEqual({
      title: '黄州区深化“千人百村万户春风行动”活动先进工作组',
      level: '区县级',
    });
  });

  it('keeps an implausible year in note and reports it instead of fixing it silently', () => {
    const parsed = parseAwardItem('2006-20011年湖北省法制宣传教育和法治建设先进县（市、区）', today);
    expect(parsed.award).toEqual({
      title: '湖北省法制宣传教育和法治建设先进县（市、区）',
      years: '2006-2011',
      level: '省级',
      note: '原文作“2006-20011年”',
    });
    expect(parsed.implausible).toEqual({ original: '2006-20011年', used: '2006-2011' });
  });

  it('drops no year it cannot guess: years stay out, the original stays in note', () => {
    const parsed = parseAwardItem('30000年度先进单位', today);
    expect(parsed.award).toEqual({ title: '先进单位', note: '原文作“30000年度”' });
    expect(parsed.implausible).toEqual({ original: '30000年度' });
  });
});

describe('parseAwardItem: other year forms', () => {
  it('reads a year after the name, in brackets', () => {
    expect(award('全省节水型单位（2021年）')).toEqual({ title: '全省节水型单位', years: 2021, level: '省级' });
    expect(award('全市先进集体（2018-2020年度）')).toEqual({ title: '全市先进集体', years: '2018-2020', level: '市级' });
    expect(award('全国文明单位（2020）')).toEqual({ title: '全国文明单位', years: 2020, level: '国家级' });
  });

  it('reads 至 ranges, 、 lists and years typed with a dash', () => {
    expect(award('2017至2019年度省级文明单位')).toEqual({ title: '省级文明单位', years: '2017-2019', level: '省级' });
    expect(award('2020、2021年度市级平安校园')).toEqual({ title: '市级平安校园', years: [2020, 2021], level: '市级' });
    expect(award('2017—2019年度省级文明校园')).toEqual({ title: '省级文明校园', years: '2017-2019', level: '省级' });
  });

  it('takes an edition for no year, and keeps brackets that hold no year in the name', () => {
    expect(award('第六届全国文明单位')).toEqual({ title: '第六届全国文明单位', level: '国家级' });
    expect(award('全市法治建设工作先进县（市、区）')).toEqual({ title: '全市法治建设工作先进县（市、区）', level: '市级' });
  });
});

describe('awardFromCells', () => {
  it('reads a table row: the level from its cell, the issuer kept, an unknown level in note', () => {
    expect(awardFromCells({ title: '文明单位', years: '2019-2021年度', level: '省级', issuer: '省委、省政府' }, today).award).toEqual({
      title: '文明单位',
      years: '2019-2021',
      level: '省级',
      issuer: '省委、省政府',
    });
    expect(awardFromCells({ title: '先进集体', years: '2019年', level: '甲等' }, today).award).toEqual({ title: '先进集体', years: 2019, note: '级别原文作“甲等”' });
    expect(awardFromCells({ title: '先进集体', issuer: '省气象局' }, today).award).toEqual({ title: '先进集体', level: '省级', issuer: '省气象局' });
  });

  it('puts an edition from the year column before the name, and keeps year text naming no year in note', () => {
    expect(awardFromCells({ title: '全国文明校园', years: '第二届' }, today)).toEqual({
      award: { title: '第二届全国文明校园', level: '国家级' },
      source: { title: '第二届全国文明校园', years: '' },
    });
    expect(awardFromCells({ title: '全省先进集体', years: '近年' }, today)).toEqual({
      award: { title: '全省先进集体', level: '省级', note: '原文作“近年”' },
      source: { title: '全省先进集体', years: '近年' },
      implausible: { original: '近年' },
    });
  });
});

describe('levelFromWords', () => {
  it.each([
    ['全国百强社区医院', '国家级'],
    ['湖北省金融信用县市区', '省级'],
    ['法制宣传教育和法治建设先进县（市、区）', undefined],
    ['全市法治建设工作先进县（市、区）', '市级'],
    ['区政府目标责任制考核先进单位', '区县级'],
    ['全县教育质量先进单位', '区县级'],
    ['湖滨街道优秀共建单位', '乡镇级'],
    ['全镇先进基层党组织', '乡镇级'],
    ['社区卫生服务先进单位', undefined],
    ['文明城市创建先进单位', undefined],
    ['“三万”活动先进单位', undefined],
  ])('%s → %s', (text, level) => {
    expect(levelFromWords(text)).toBe(level);
  });

  it('lets the highest level named win', () => {
    expect(levelFromWords('湖北省法制宣传教育和法治建设先进县（市、区）')).toBe('省级');
  });
});

describe('awards written as sentences', () => {
  it.each([
    ['，分公司被评为全国交通运输行业文明单位', '全国交通运输行业文明单位'],
    ['被授予“全国文明单位”称号', '全国文明单位'],
    ['学校先后荣获全国文明校园', '全国文明校园'],
    ['，荣获全国工人先锋号荣誉称号', '全国工人先锋号'],
  ])('takes the name out of %s', (sentence, name) => {
    expect(awardNameInSentence(sentence)).toBe(name);
  });

  it('leaves a name alone', () => {
    for (const name of ['全国文明单位', '全国税务系统“巾帼文明岗”', '全省优秀获奖作品', '被服厂先进集体']) expect(awardNameInSentence(name)).toBeUndefined();
  });

  it('keeps the sentence in note, word for word, and in the source for the self-check', () => {
    expect(parseAwardItem('2019年，分公司被评为全国交通运输行业文明单位', today)).toEqual({
      award: { title: '全国交通运输行业文明单位', years: 2019, level: '国家级', note: '原文作“2019年，分公司被评为全国交通运输行业文明单位”' },
      source: { title: '全国交通运输行业文明单位', years: '2019年', sentence: '2019年，分公司被评为全国交通运输行业文明单位' },
    });
  });
});

describe('parseAwardItem: who gave the award', () => {
  it('reads the bodies named after a space at the end of the line as the issuer', () => {
    expectAwards([
      ['2016年 市级文明单位 湘潭市委、市政府', { title: '市级文明单位', years: 2016, level: '市级', issuer: '湘潭市委、市政府' }],
      ['2017—2018年度 全市卫生系统先进集体 市卫健委', { title: '全市卫生系统先进集体', years: '2017-2018', level: '市级', issuer: '市卫健委' }],
      ['全国五一劳动奖状　全国总工会', { title: '全国五一劳动奖状', level: '国家级', issuer: '全国总工会' }],
      // Two bodies, each its own part; the level comes from the issuer when the name has none.
      ['2019年 先进集体 湖南省委 省政府', { title: '先进集体', years: 2019, level: '省级', issuer: '湖南省委 省政府' }],
      // The import drops a space after a closing quote or bracket; the name ends there all the same.
      ['2021年度 湘潭市“五一劳动奖状”湘潭市总工会', { title: '湘潭市“五一劳动奖状”', years: 2021, level: '市级', issuer: '湘潭市总工会' }],
      ['2020年 十佳 志愿服务组织 市文明办', { title: '十佳志愿服务组织', years: 2020, level: '市级', issuer: '市文明办' }],
      ['2019年12月 全省法院先进集体 省高级人民法院', { title: '全省法院先进集体', years: 2019, level: '省级', issuer: '省高级人民法院', note: '原文作“2019年12月”' }],
    ]);
  });

  it('keeps a part that names an award in the name, and a line of one part whole', () => {
    expectAwards([
      ['2018年 全市 先进团支部', { title: '全市先进团支部', years: 2018, level: '市级' }],
      ['2018年 省级 文明单位', { title: '省级文明单位', years: 2018, level: '省级' }],
      ['2021年度 湘潭市“五一劳动奖状”', { title: '湘潭市“五一劳动奖状”', years: 2021, level: '市级' }],
      ['中央文明委', { title: '中央文明委', level: '国家级' }],
      // What is left must read as an award's name.
      ['2021年 全国 文明法院', { title: '全国文明法院', years: 2021, level: '国家级' }],
      ['2021年 全省 检察院', { title: '全省检察院', years: 2021, level: '省级' }],
      ['2019年 全国“五一”劳动奖章', { title: '全国“五一”劳动奖章', years: 2019, level: '国家级' }],
      ['2019年 全国“三八”红旗集体', { title: '全国“三八”红旗集体', years: 2019, level: '国家级' }],
      ['全国抗击新冠肺炎疫情先进集体（提名）', { title: '全国抗击新冠肺炎疫情先进集体（提名）', level: '国家级' }],
    ]);
  });
});

describe('parseAwardItem: dates and years set apart without brackets', () => {
  it('reads a year with its month or day first, and keeps the date as written in note', () => {
    expectAwards([
      ['2019年12月 市级文明单位', { title: '市级文明单位', years: 2019, level: '市级', note: '原文作“2019年12月”' }],
      ['2019.12 市级文明单位', { title: '市级文明单位', years: 2019, level: '市级', note: '原文作“2019.12”' }],
      ['2019年12月8日 全国文明单位', { title: '全国文明单位', years: 2019, level: '国家级', note: '原文作“2019年12月8日”' }],
    ]);
  });

  it('reads four digits alone first when a space or a mark follows them', () => {
    expectAwards([
      ['2019 市级文明单位', { title: '市级文明单位', years: 2019, level: '市级' }],
      ['2019：市级文明单位', { title: '市级文明单位', years: 2019, level: '市级' }],
    ]);
  });

  it('reads years after the name when a space, a comma or —— sets them apart, before an issuer', () => {
    expectAwards([
      ['市级文明单位 2019年', { title: '市级文明单位', years: 2019, level: '市级' }],
      ['市级文明单位，2019—2021年度', { title: '市级文明单位', years: '2019-2021', level: '市级' }],
      ['市级文明单位——2019、2020年', { title: '市级文明单位', years: [2019, 2020], level: '市级' }],
      ['市级文明单位 湘潭市委 2019', { title: '市级文明单位', years: 2019, level: '市级', issuer: '湘潭市委' }],
    ]);
  });

  it('reads the years a sentence names inside it, and quotes the sentence once', () => {
    expectAwards([
      ['荣获2019年度市级文明单位', { title: '市级文明单位', years: 2019, level: '市级', note: '原文作“荣获2019年度市级文明单位”' }],
      ['2019年12月，被评为市级文明单位', { title: '市级文明单位', years: 2019, level: '市级', note: '原文作“2019年12月，被评为市级文明单位”' }],
    ]);
  });

  it('leaves numbers that are no year in the name', () => {
    expectAwards([
      ['ISO 9001质量认证', { title: 'ISO 9001质量认证' }],
      ['第六届全国文明单位', { title: '第六届全国文明单位', level: '国家级' }],
    ]);
    expect(parseAwardItem('全国文明单位 2019-20').award.years).toBeUndefined();
  });
});

describe('awardFromCells: a date in the year column', () => {
  it('takes the year and keeps the date as written in note', () => {
    expect(awardFromCells({ title: '全市税务系统先进集体', years: '2021.12', issuer: '市税务局' }).award).toEqual({
      title: '全市税务系统先进集体',
      years: 2021,
      level: '市级',
      issuer: '市税务局',
      note: '原文作“2021.12”',
    });
  });
});
