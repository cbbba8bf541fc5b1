import { describe, expect, it } from 'vitest';
import { unified, type PluggableList } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { markdownPlugins } from '../../../src/lib/markdown/index.ts';
import { mayUseGithubSyntax } from '../../../src/lib/markdown/parse.ts';
import { splitAtAwardsSlot } from '../../../src/lib/markdown/split-at-awards-slot.ts';
import { markdownBodies } from '../../support/bodies.ts';

// The same plugins, in the same order, as astro.config.mjs gives Astro's unified processor.
async function render(markdown: string, withoutGithubSyntax = false): Promise<string> {
  const { remarkPlugins, rehypePlugins } = markdownPlugins({ withoutGithubSyntax });
  const processor = unified().use(remarkParse);
  return String(
    await processor.use(remarkPlugins as PluggableList).use(remarkRehype, { allowDangerousHtml: true }).use(rehypePlugins as PluggableList).use(rehypeStringify).process(markdown),
  );
}

describe('GitHub\'s extensions', () => {
  it('change nothing in a body that cannot use them: every such body of the shipped content and the fixtures renders the same without them', async () => {
    const plain = markdownBodies().filter(({ body }) => !mayUseGithubSyntax(body));
    expect(plain.length).toBeGreaterThan(200);
    for (const { file, body } of plain) expect(await render(body, true), file).toBe(await render(body));
  });

  it('are what renders tables, struck-through text and bare addresses', async () => {
    const markdown = '| 年份 |\n|---|\n| 2015 |\n\n~~作废~~，见 https://www.gov.cn/ 。';
    expect(mayUseGithubSyntax(markdown)).toBe(true);
    expect(await render(markdown)).toContain('<table>');
    expect(await render(markdown, true)).not.toMatch(/<table>|<del>|<a /);
  });
});

describe('paragraph indentation', () => {
  it('removes the full-width spaces typed before every paragraph, the first included, and nothing else', async () => {
    const html = await render('\u3000\u3000第一段。\n\n\u3000\u3000第二段，中间的\u3000空格保留。\n\n&nbsp;&nbsp;第三段。');
    expect(html).toBe('<p>第一段。</p>\n<p>第二段，中间的\u3000空格保留。</p>\n<p>第三段。</p>');
  });

  it('makes bold lead sentences that end in Chinese punctuation bold', async () => {
    expect(await render('**一是抓班子带队伍，筑牢战斗堡垒。**该局坚持学习。')).toBe('<p><strong>一是抓班子带队伍，筑牢战斗堡垒。</strong>该局坚持学习。</p>');
  });
});

describe('sanitizing', () => {
  it('removes scripts, iframes, event handlers and javascript: links but keeps the text', async () => {
    const html = await render(
      [
        '正文。',
        '',
        '<script>alert(1)</script>',
        '',
        '<iframe src="https://example.org"></iframe>',
        '',
        '<p onclick="alert(1)" onmouseover="x()">保留的文字</p>',
        '',
        '[危险](javascript:alert(1)) [正常](https://example.org/)',
      ].join('\n'),
    );
    expect(html).not.toMatch(/<script|<iframe|onclick|onmouseover|javascript:/i);
    expect(html).toContain('保留的文字');
    expect(html).toContain('<a href="https://example.org/">正常</a>');
    expect(html).toContain('危险');
  });

  it('keeps harmless inline HTML', async () => {
    expect(await render('二氧化碳 CO<sub>2</sub>')).toContain('CO<sub>2</sub>');
  });
});

describe('headings', () => {
  it('nests body headings under the page and article headings', async () => {
    const html = await render('# 一\n\n## 二\n\n###### 六');
    expect(html).toContain('<h3>一</h3>');
    expect(html).toContain('<h4>二</h4>');
    expect(html).toContain('<h6>六</h6>');
  });

  it('starts from the highest heading the editor used', async () => {
    const html = await render('## 二\n\n### 三');
    expect(html).toContain('<h3>二</h3>');
    expect(html).toContain('<h4>三</h4>');
  });
});

describe('awards slot', () => {
  it('marks where the award table goes, and the page splits there', async () => {
    const html = await render('引言。\n\n<!-- awards -->\n\n结语。');
    expect(splitAtAwardsSlot(html)).toEqual({ before: '<p>引言。</p>\n', after: '\n<p>结语。</p>' });
  });
  it('puts the whole body before the table when there is no marker', () => {
    expect(splitAtAwardsSlot('<p>a</p>')).toEqual({ before: '<p>a</p>', after: '' });
  });
  it('drops other HTML comments', async () => {
    expect(await render('a\n\n<!-- editor note -->')).not.toContain('editor note');
  });
});
