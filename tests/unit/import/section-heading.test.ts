import { describe, expect, it } from 'vitest';
import { readSectionHeading, sectionKindOf } from '../../../src/lib/import/section-heading.ts';

describe('sectionKindOf', () => {
  it.each([
    ['管理篇', 'management'],
    ['管 理 篇', 'management'],
    ['一、服务篇', 'service'],
    ['第三篇 创建篇', 'creation'],
    ['第四部分：成就篇', 'achievements'],
    ['（二）服务篇', 'service'],
    ['成 就 篇', 'achievements'],
    ['【管理篇】', 'management'],
    ['二、【服务篇】', 'service'],
    ['〖创建篇〗', 'creation'],
    ['◆成就篇◆', 'achievements'],
    ['·管理篇·', 'management'],
  ])('reads %s as %s', (text, kind) => {
    expect(sectionKindOf(text)).toBe(kind);
  });

  it('does not take ordinary text for a heading', () => {
    expect(sectionKindOf('管理篇的内容很多')).toBeUndefined();
    expect(sectionKindOf('服务')).toBeUndefined();
    expect(sectionKindOf('【管理篇】的内容很多，下面分三个方面说明。')).toBeUndefined();
  });

  it.each([
    ['管理篇：从严治理强根基', 'management', '从严治理强根基'],
    ['二、服务篇——用心服务暖人心', 'service', '用心服务暖人心'],
    ['【创建篇】文明花开', 'creation', '文明花开'],
    ['管　理　篇　规范管理出效益', 'management', '规范管理出效益'],
    ['成就篇 · 荣誉见证成长', 'achievements', '荣誉见证成长'],
  ])('reads the theme after the name in %s', (text, kind, theme) => {
    expect(readSectionHeading(text)).toEqual({ kind, theme });
  });

  it('takes no sentence for a theme', () => {
    expect(readSectionHeading('管理篇：我们从三个方面加强管理。')).toBeUndefined();
    expect(readSectionHeading('管理篇主要介绍了制度')).toBeUndefined();
    expect(readSectionHeading('管理篇')).toEqual({ kind: 'management' });
  });
});
