import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { pageOutlines } from '../../../src/lib/markdown/outline.ts';
import { createBodyRenderer } from '../../../src/lib/markdown/render.ts';
import { markdownBodies } from '../../support/bodies.ts';

const FILE = '/nowhere/content/service/demo/01-a.md';
const render = createBodyRenderer({ contentDir: '/nowhere/content', base: '/' });

// What a reader's browser finds in the HTML: the h3 elements with an id, by their text, but for
// any inside the footnotes, which are no part of the article.
const headingsInHtml = (html: string) => {
  const tree = fromHtml(html, { fragment: true });
  const notes = new Set(selectAll('section[data-footnotes] h3', tree));
  return selectAll('h3[id]', tree)
    .filter((heading) => !notes.has(heading))
    .map((heading) => ({ id: String(heading.properties.id), text: toText(heading).trim() }))
    .filter((heading) => heading.text !== '');
};

describe('the outline of a rendered body', () => {
  it('lists the top headings that carry an id, as text, and not the ones below them', async () => {
    const { outline } = await render('正文\n\n## 主要*做法*\n\n### 细节\n\n## 成效 `ISO`\n\n##  \n', FILE);
    expect(outline).toEqual([
      { id: '主要做法', text: '主要做法' },
      { id: '成效-iso', text: '成效 ISO' },
    ]);
  });

  it('names a heading without the number of a footnote referenced in it', async () => {
    const { html, outline } = await render('## 主要做法[^1]\n\n正文。\n\n[^1]: 注。\n', FILE);
    expect(html).toMatch(/<h3[^>]*>主要做法<sup><a[^>]*data-footnote-ref/);
    expect(outline.map((heading) => heading.text)).toEqual(['主要做法']);
  });

  it('finds nothing in a body without headings', async () => {
    expect((await render('只有一段。', FILE)).outline).toEqual([]);
  });

  it('names each heading as the published HTML does, for the shipped dossier and every fixture', async () => {
    let compared = 0;
    let headed = 0;
    for (const { file, body } of markdownBodies()) {
      const rendered = await render(body, file);
      expect(rendered.outline, file).toEqual(headingsInHtml(rendered.html));
      compared++;
      if (rendered.outline.length > 0) headed++;
    }
    expect(compared).toBeGreaterThan(200);
    expect(headed).toBeGreaterThan(10);
  });

  it('names headings written in HTML by the ids the page gives them', async () => {
    const { html, outline } = await render('<h2 id="自定">自定的<b>锚点</b></h2>\n\n<h2></h2>\n\n## 同名\n\n## 同名\n', FILE);
    expect(outline).toEqual(headingsInHtml(html));
    expect(outline.map((heading) => heading.text)).toEqual(['自定的锚点', '同名', '同名']);
  });
});

describe('pageOutlines', () => {
  it('drops headings whose id occurs twice on the page, since a link could reach only the first', () => {
    const outlines = pageOutlines(
      [
        [{ id: '做法', text: '做法' }, { id: '一', text: '一' }],
        [{ id: '做法', text: '做法' }, { id: 'zhidu', text: '制度' }],
      ],
      ['zhidu'],
    );
    expect(outlines).toEqual([[{ id: '一', text: '一' }], []]);
  });
});
