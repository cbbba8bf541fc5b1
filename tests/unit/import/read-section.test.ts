import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/lib/import/block.ts';
import { patternDistance, readSection } from '../../../src/lib/import/read-section.ts';
import { headlineScore } from '../../../src/lib/import/headline-score.ts';
import { openingsOf } from '../../../src/lib/import/opening.ts';

const blocks = (...items: Array<string | Partial<Block>>): Block[] =>
  items.map((item, i) => ({ id: i + 1, where: `#${i + 1}`, ...(typeof item === 'string' ? { text: item } : { text: '', ...item }) }));
const UNIT = ['临江市水务局', '水务局'];
const read = (...items: Array<string | Partial<Block>>) => readSection(blocks(...items), UNIT, ['服务']);
const titles = (r: ReturnType<typeof readSection>) => r.openers.map((o) => o.opening.title);

describe('openingsOf', () => {
  it('offers every way a paragraph could open an article, strongest first', () => {
    const kinds = (b: Partial<Block>) => openingsOf({ id: 1, where: '', text: '', ...b }).map((o) => o.kind);
    expect(kinds({ text: '一是健全制度。正文。', lead: '一是健全制度。' })).toEqual(['bold', 'enumeration', 'sentence']);
    expect(kinds({ text: '小标题', heading: 3 })).toEqual(['heading']);
    expect(kinds({ text: '要点一，正文。', list: 'ordered' })).toEqual(['list', 'sentence']);
    expect(kinds({ text: '正文中**强调**了几个字，然后继续。', lead: '正文中' })).toEqual(['sentence']);
  });
});

describe('headlineScore', () => {
  it('reads short imperatives and slogans as headlines and statements about the unit as prose', () => {
    expect(headlineScore('建体系夯基础', UNIT)).toBeGreaterThan(1);
    expect(headlineScore('坚持需求导向，当好群众身边的“贴心管家”', UNIT)).toBeGreaterThan(1);
    expect(headlineScore('水务局始终把群众满意作为第一标准', UNIT)).toBeLessThan(0);
    expect(headlineScore('服务是水务工作的落脚点', UNIT)).toBeLessThan(headlineScore('抄表到户更方便', UNIT) - 1);
    expect(headlineScore('近年来，各项工作扎实推进', UNIT)).toBeLessThan(0);
  });
});

describe('readSection', () => {
  it('goes by a mark the source gives, and every paragraph before the first mark is the introduction', () => {
    const r = read('服务是水务工作的落脚点。', { text: '抄表到户更方便', heading: 3 }, '正文。', { text: '维修抢修更及时', heading: 3 }, '正文。');
    expect(r.kind).toBe('heading');
    expect(titles(r)).toEqual(['抄表到户更方便', '维修抢修更及时']);
  });

  it('takes numbered points that count up as openings, and points that start again as points inside articles', () => {
    expect(read('一是甲。正文。', '二是乙。正文。').kind).toBe('enumeration');
    const nested = read('抓好协调', '一是甲。正文。', '二是乙。正文。', '做好服务', '一是丙。正文。');
    expect(nested.kind).toBe('sentence');
    expect(titles(nested)).toEqual(['抓好协调', '做好服务']);
  });

  it('opens with the first paragraph when it opens the way its siblings do', () => {
    const r = read('抄表到户更方便。水务局推行线上缴费。', '维修抢修更及时。水务局实行值班制度。');
    expect(titles(r)).toEqual(['抄表到户更方便', '维修抢修更及时']);
  });

  it('keeps as the introduction a first paragraph that does not follow the pattern, however short its first sentence', () => {
    const r = read('认识决定思路，思路带来突破。水务局高度重视。', '建体系夯基础。正文。', '强网建优环境。正文。', '抓文化提层次。正文。');
    expect(titles(r)).toEqual(['建体系夯基础', '强网建优环境', '抓文化提层次']);
  });

  it('needs body after a headline alone on its line, and gives a line without a closing mark the paragraph after it', () => {
    const r = read('服务群众是第一要务。', '网格管理全覆盖', '开展“网格员”评选活动。正文。', '居民自治有活力', '正文。');
    expect(titles(r)).toEqual(['网格管理全覆盖', '居民自治有活力']);
    expect(r.doubts).toEqual([]);
  });

  it('names the other reading when the evidence is thin', () => {
    const r = read('好的服务是水务发展的基石。正文。', '抄表到户更方便。正文。', '维修抢修更及时。正文。');
    expect(r.doubts).toEqual([{ index: 0, chosen: 'intro', other: 'article', title: '好的服务是水务发展的基石' }]);
  });
});

describe('patternDistance', () => {
  it('is 0 inside the lengths and shape of the siblings and grows outside them', () => {
    expect(patternDistance('维修抢修更及时', ['抄表到户更方便'])).toBe(0);
    expect(patternDistance('认识决定思路，思路带来突破', ['建体系夯基础', '强网建优环境'])).toBeGreaterThan(1);
  });
});
