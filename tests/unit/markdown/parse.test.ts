import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { MARKDOWN_SYNTAX, parseMarkdown } from '../../../src/lib/markdown/parse.ts';
import { readBodySync } from '../../../src/lib/markdown/read-body.ts';
import { ROOT } from '../../support/paths.ts';

// Every extension applied to every body, as the site's processor parses.
const full = unified().use(remarkParse).use(MARKDOWN_SYNTAX).freeze();

/** Every Markdown body of the shipped content and the fixtures that has one. */
function bodies(): [string, string][] {
  return [join(ROOT, 'content'), join(ROOT, 'tests', 'fixtures')].flatMap((dir) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.md'))
      .flatMap((name): [string, string][] => {
        try {
          return [[name, readBodySync(join(dir, name))]];
        } catch {
          return []; // broken front matter: no page shows it
        }
      }),
  );
}

describe('parseMarkdown', () => {
  it('gives every body of the shipped content and the fixtures the tree the site parses', () => {
    const all = bodies();
    expect(all.length).toBeGreaterThan(300);
    for (const [name, body] of all) expect(parseMarkdown(body), name).toEqual(full.parse(body));
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
