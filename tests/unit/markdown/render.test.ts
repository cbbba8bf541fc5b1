import type { Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../../src/lib/markdown/parse.ts';
import { createBodyRenderer } from '../../../src/lib/markdown/render.ts';

const render = createBodyRenderer({ contentDir: '/content', base: '/' });
const html = async (markdown: string) => (await render(markdown, '/content/service/demo/01-wenzhang.md')).html;

/** Every node type in a tree, as the content check's rules walk it. */
function nodeTypes(markdown: string): Set<string> {
  const types = new Set<string>();
  const walk = (node: Nodes) => {
    types.add(node.type);
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(parseMarkdown(markdown));
  return types;
}

describe('the Markdown the site renders', () => {
  it('renders from a tree the content check parsed instead of parsing the body again, and to the same page', async () => {
    const file = '/content/service/demo/01-wenzhang.md';
    const markdown = '## 一、抓班子\n\n**一是。**正文[^1]，见<https://www.gov.cn/>。\n\n| 年份 | 场次 |\n|---|---|\n| 2015 | 12 |\n\n[^1]: 注释。\n';
    expect(await render(markdown, file, parseMarkdown(markdown))).toEqual(await render(markdown, file));
    // The tree is what is rendered: a tree of other text gives that text.
    expect((await render('甲', file, parseMarkdown('乙'))).html).toBe('<p>乙</p>');
    expect((await render('甲', file)).html).toBe('<p>甲</p>');
  });

  it('shows a range written with single tildes as typed, and strikes through only between double ones', async () => {
    expect(await html('2010~2015年，每班3~5人；温度 20~25℃。')).toBe('<p>2010~2015年，每班3~5人；温度 20~25℃。</p>');
    expect(await html('~~2009年版~~已作废。')).toBe('<p><del>2009年版</del>已作废。</p>');
  });

  // The content check reads bodies with parseMarkdown: each construct the page shows must be in
  // its tree, or the check would judge text the reader never sees (a footnote as a link to
  // nowhere) and miss links the reader does see (a bare address).
  it.each([
    ['a table', '| 年份 | 场次 |\n|---|---|\n| 2015 | 12 |\n', 'table', '<table>'],
    ['a struck-through passage', '~~作废~~', 'delete', '<del>'],
    ['a bare web address', '详见 https://www.gov.cn/ 。', 'link', '<a href="https://www.gov.cn/">'],
    ['a footnote', '正文[^1]。\n\n[^1]: 注释内容。\n', 'footnoteDefinition', '<section data-footnotes'],
  ])('gives the check %s wherever the page shows one', async (_, markdown, type, tag) => {
    expect(nodeTypes(markdown).has(type)).toBe(true);
    expect(await html(markdown)).toContain(tag);
  });

  it('gives the check no link where the page shows none', async () => {
    const markdown = '正文[^1]。\n\n[^1]: 附表由学校办公室整理。\n';
    expect(nodeTypes(markdown).has('definition')).toBe(false);
    expect(await html(markdown)).not.toContain('href="%E9%99%84');
  });
});

describe('preformatted text', () => {
  // Syntax highlighting would colour code with `style` attributes, which the sanitizer removes:
  // a code block comes out as written, its language kept only as the class the sanitizer allows.
  it('comes out as written, without highlighting markup', async () => {
    const markdown = '说明：\n\n```js\nconst 年份 = 2024;\nif (年份 < 2030) 通报();\n```\n\n```\n  缩进的 文字\n```\n';
    expect(await html(markdown)).toBe(
      '<p>说明：</p>\n<pre><code class="language-js">const 年份 = 2024;\nif (年份 &#x3C; 2030) 通报();\n</code></pre>\n<pre><code>  缩进的 文字\n</code></pre>',
    );
  });
});
