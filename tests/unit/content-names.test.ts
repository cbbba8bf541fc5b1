import { describe, expect, it } from 'vitest';
import { articleName, slugFromName } from '../../src/lib/content-names.ts';

describe('articleName', () => {
  it.each([
    ['一是强化职能定位，突出创新意识', 'zhineng-dingwei'],
    ['捕捉信息，当好“情报部”', 'buzhuo-xinxi'],
    ['抓好协调，当好“督查部”', 'zhuahao-xietiao'],
    ['建体系夯基础', 'jian-tixi'],
    ['完善考核机制', 'wanshan-kaohe'],
    ['（一）党建引领，凝聚发展合力', 'dangjian-yinling'],
  ])('names %s %s', (title, name) => {
    expect(articleName(title)).toBe(name);
  });

  it('reads every character, rare ones included, instead of leaving unknown ones out', () => {
    expect(articleName('扎实推进乡村振兴')).toBe('zhashi-tuijin');
    expect(articleName('锤炼队伍，提升本领')).toBe('chuilian-duiwu');
    expect(articleName('龘龘龘龘')).toBe('dada-dada');
  });

  it('reads a character by the word it is in', () => {
    expect(articleName('银行服务')).toBe('yinhang-fuwu');
    expect(articleName('行动有力')).toBe('xingdong-youli');
  });

  it('falls back to article when the title has no letter at all', () => {
    expect(articleName('（一）')).toBe('article');
  });
});

describe('slugFromName', () => {
  it('makes lowercase hyphenated ASCII of Latin names', () => {
    expect(slugFromName('Huangzhou Office_2012')).toBe('huangzhou-office-2012');
  });

  it('spells Chinese names in pinyin, one syllable at a time', () => {
    expect(slugFromName('青山县人民医院')).toBe('qing-shan-xian-ren-min-yi-yuan');
    expect(slugFromName('2023年度 纪实')).toBe('2023-nian-du-ji-shi');
  });
});
