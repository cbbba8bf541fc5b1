import { describe, expect, it } from 'vitest';
import { readText } from '../../../src/lib/import/read-text.ts';
import { readMarkdown } from '../../../src/lib/import/read-markdown.ts';
import { readDocx } from '../../../src/lib/import/read-docx.ts';
import { markdownToDocx } from '../../support/make-docx.ts';

const ONE_LINE = [
  '标题',
  '——某某单位创建文明单位纪实',
  '前言第一段，写得足够长，好让这一行像一整篇文档那样长。'.repeat(12),
  '管',
  '理',
  '篇',
  '引言。',
  '2006-2011',
  '年度先进单位',
  '12',
].join(' ');

describe('readText', () => {
  it('reads one paragraph per line and skips chrome lines with a reason', () => {
    const { blocks, skipped } = readText('第1页 / 共3页\n标题\n\n正文第一段,有逗号。\n©2024 示例文库 版权所有\n');
    expect(blocks.map((b) => b.text)).toEqual(['标题', '正文第一段，有逗号。']);
    expect(skipped.map((s) => s.reason)).toEqual(['page-counter', 'footer']);
  });

  it('splits a whole-document line at its spaces and joins a heading typed with spaces', () => {
    const { blocks } = readText(`收藏 分销(赏)\n${ONE_LINE}\n`);
    expect(blocks.map((b) => b.text)).toEqual([
      '标题',
      '——某某单位创建文明单位纪实',
      expect.stringMatching(/^前言第一段/),
      '管 理 篇',
      '引言。',
      '2006-2011',
      '年度先进单位',
    ]);
  });

  it('drops the page count glued to the end of a whole-document line, and every other line', () => {
    const { skipped } = readText(`收藏 分销(赏)\n${ONE_LINE}\n客服`);
    expect(skipped.map((s) => [s.text, s.reason])).toEqual([
      ['收藏 分销(赏)', 'navigation'],
      ['12', 'page-counter'],
      ['客服', 'outside-document'],
    ]);
  });
});

describe('readMarkdown', () => {
  it('keeps heading levels, splits paragraph lines and marks list items', () => {
    const { blocks } = readMarkdown('# 标题\n\n## 管理篇\n\n第一段。\n第二段。\n\n- 2010年度先进单位\n- 2011年度先进单位\n\n<!-- 注释 -->\n');
    expect(blocks.map(({ text, heading, listItem }) => ({ text, heading, listItem }))).toEqual([
      { text: '标题', heading: 1, listItem: undefined },
      { text: '管理篇', heading: 2, listItem: undefined },
      { text: '第一段。', heading: undefined, listItem: undefined },
      { text: '第二段。', heading: undefined, listItem: undefined },
      { text: '2010年度先进单位', heading: undefined, listItem: true },
      { text: '2011年度先进单位', heading: undefined, listItem: true },
    ]);
  });
});

describe('readDocx', () => {
  it('reads Word heading styles as headings and bullets as list items', async () => {
    const docx = await markdownToDocx('# 标题\n\n## 一、管理篇\n\n### 小标题\n\n正文,一段。\n\n- 2010年度先进单位\n');
    const { blocks } = await readDocx(docx);
    expect(blocks.map(({ text, heading, listItem }) => ({ text, heading, listItem }))).toEqual([
      { text: '标题', heading: 1, listItem: undefined },
      { text: '一、管理篇', heading: 1, listItem: undefined },
      { text: '小标题', heading: 2, listItem: undefined },
      { text: '正文，一段。', heading: undefined, listItem: undefined },
      { text: '2010年度先进单位', heading: undefined, listItem: true },
    ]);
  });
});
