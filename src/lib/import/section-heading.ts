import type { SectionKind } from '../constants.ts';

/** The word each section is headed with, and the section it opens. */
const SECTION_WORDS: Readonly<Record<string, SectionKind>> = {
  管理篇: 'management',
  服务篇: 'service',
  创建篇: 'creation',
  成就篇: 'achievements',
  荣誉篇: 'achievements',
};

// Numbering editors put in front of a section heading: 一、 / 1. / （一） / 第一篇 / 第一部分.
const NUMBERING =
  /^(?:第[一二三四五六七八九十\d]+(?:篇|部分|章)[、：:.．]?|[一二三四五六七八九十]+[、.．]|\d+[、.．]|[（(][一二三四五六七八九十\d]+[）)])/;
const TRAILING_MARKS = /[：:。.]$/;

/**
 * The section a heading opens, however it is typed: `管理篇`, `管 理 篇`, `一、管理篇`,
 * `第一篇 管理篇`, `## 管理篇`; `undefined` for any other text.
 *
 * @example sectionKindOf('第二篇 服务篇') // 'service'
 */
export function sectionKindOf(text: string): SectionKind | undefined {
  const compact = text.replace(/[\s\u00a0\u3000]+/g, '').replace(NUMBERING, '').replace(TRAILING_MARKS, '');
  return SECTION_WORDS[compact];
}
