import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { MARKDOWN_SYNTAX, parseMarkdown } from '../../../src/lib/markdown/parse.ts';
import { markdownBodies } from '../../support/bodies.ts';

// Every extension applied to every body, as the site's processor parses.
const full = unified().use(remarkParse).use(MARKDOWN_SYNTAX).freeze();

describe('parseMarkdown', () => {
  it('gives every body of the shipped content and the fixtures the tree the site parses', () => {
    const all = markdownBodies();
    expect(all.length).toBeGreaterThan(300);
    for (const { file, body } of all) expect(parseMarkdown(body), file).toEqual(full.parse(body));
  });

  // Each of GitHub's extensions, written the ways it can be, upper case included: the text that
  // lets parseMarkdown skip them must be in every one.
  it.each([
    ['a table', '| 年份 | 场次 |\n|---|---|\n| 2015 | 12 |'],
    ['a table without outer pipes', '年份 | 场次\n--- | ---\n2015 | 12'],
    ['struck-through text', '~~作废~~的条款'],
    ['a footnote', '正文[^注]。\n\n[^注]: 注释。'],
    ['a www address', '详见 WWW.GOV.CN 。'],
    ['a web address', '详见 HTTPS://www.gov.cn/zhengce 。'],
    ['a mail address', '来信请寄 xinfang@example.gov.cn 。'],
    ['a mailto address', '来信：mailto:xinfang@example.gov.cn'],
    ['a task list', '- [ ] 待办\n- [X] 已办'],
  ])('parses %s with the extension it needs', (_, body) => {
    const tree = parseMarkdown(body);
    expect(tree).toEqual(full.parse(body));
    expect(tree).not.toEqual(unified().use(remarkParse).parse(body));
  });
});
