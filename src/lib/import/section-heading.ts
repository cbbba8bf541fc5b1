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
// Brackets and ornaments a heading is set off with: 【管理篇】, 〖服务篇〗, ◆创建篇◆, ·成就篇·.
const BRACKETS = /^[【〖［\[「『]([^】〗］\]」』]+)[】〗］\]」』]$/;
const ORNAMENTS = /^[◆◇■□●○★☆▲△▶►·•※]+|[◆◇■□●○★☆▲△◀◄·•※]+$/g;

// A theme after the section's name, set off by a colon, a dash, a dot or a space: `管理篇：从严治理强根基`,
// `服务篇——用心服务暖人心`, `创建篇 · 文明花开`. A theme is a phrase, never a sentence.
const THEMED = new RegExp(
  `^(${Object.keys(SECTION_WORDS).map((w) => [...w].join('[\\s\\u3000]*')).join('|')})[\\s\\u3000]*(?:[：:|｜·•—－-]+|[\\s\\u3000])[\\s\\u3000]*([^。！？]{2,30})$`,
);

const BRACKETED_THEME = /^[【〖［\[「『]([^】〗］\]」』]+)[】〗］\]」』][\s\u3000]*(?:[：:|｜·•—－-]+)?[\s\u3000]*([^。！？]{2,30})$/;

/** A section heading: the section it opens, and the theme written after the section's name, if any. */
export interface SectionHeading {
  kind: SectionKind;
  /** `从严治理强根基` in `管理篇：从严治理强根基`; absent when the heading is the name alone. */
  theme?: string;
}

/**
 * Reads a section heading, however it is typed: `管理篇`, `管 理 篇`, `一、管理篇`, `第一篇 管理篇`,
 * `【管理篇】`, `一、【管理篇】`, `◆管理篇◆`, `## 管理篇`, or any of these followed by a theme
 * (`管理篇：从严治理强根基`, `二、服务篇——用心服务暖人心`); `undefined` for any other text.
 *
 * @example readSectionHeading('一、管理篇：从严治理强根基') // { kind: 'management', theme: '从严治理强根基' }
 */
export function readSectionHeading(text: string): SectionHeading | undefined {
  const bare = text.replace(/[\s\u00a0\u3000]+/g, '').replace(ORNAMENTS, '').replace(NUMBERING, '');
  const compact = bare.replace(BRACKETS, '$1').replace(NUMBERING, '').replace(TRAILING_MARKS, '');
  const kind = SECTION_WORDS[compact];
  if (kind) return { kind };
  const spaced = text.trim().replace(ORNAMENTS, '').replace(NUMBERING, '').trim();
  // A name in brackets needs nothing more to set the theme off: `【创建篇】文明花开`.
  const themed = THEMED.exec(spaced) ?? BRACKETED_THEME.exec(spaced);
  const name = themed?.[1]!.replace(/[\s\u3000]+/g, '');
  const themedKind = name === undefined ? undefined : SECTION_WORDS[name];
  return themedKind ? { kind: themedKind, theme: themed![2]!.trim().replace(/[：:]$/, '') } : undefined;
}

/**
 * The section a heading opens (see {@link readSectionHeading}); `undefined` for any other text.
 *
 * @example sectionKindOf('第二篇 服务篇') // 'service'
 */
export function sectionKindOf(text: string): SectionKind | undefined {
  return readSectionHeading(text)?.kind;
}
