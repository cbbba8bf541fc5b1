import { describe, expect, it } from 'vitest';
import { sectionKindOf } from '../../../src/lib/import/section-heading.ts';

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
    expect(sectionKindOf('【管理篇】内容')).toBeUndefined();
  });
});
