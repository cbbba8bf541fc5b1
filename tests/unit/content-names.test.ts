import { describe, expect, it } from 'vitest';
import { articleName, slugFromName } from '../../src/lib/content-names.ts';

describe('articleName', () => {
  it.each([
    ['一是强化职能定位，突出创新意识', 'zhineng-dingwei'],
    ['捕捉信息，当好“情报部”', 'buzhuo-xinxi'],
    ['抓好协调，当好“督查部”', 'zhuahao-xietiao'],
    ['建体系夯基础', 'jian-tixi'],
    ['完善考核机制', 'wanshan-kaohe'],
  ])('names %s %s', (title, name) => {
    expect(articleName(title)).toBe(name);
  });

  it('falls back to article when no character is known', () => {
    expect(articleName('龘龘龘龘')).toBe('article');
  });
});

describe('slugify', () => {
  it('makes lowercase hyphenated ASCII', () => {
    expect(slugify('Huangzhou Office_2012')).toBe('huangzhou-office-2012');
  });
});
