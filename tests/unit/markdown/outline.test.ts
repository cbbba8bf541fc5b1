import { describe, expect, it } from 'vitest';
import { outlineOf, pageOutlines } from '../../../src/lib/markdown/outline.ts';

describe('outlineOf', () => {
  it('lists the top headings of an article body that carry an id, as text', () => {
    const html = '<p>正文</p><h3 id="做法">主要<em>做法</em></h3><h4 id="细节">细节</h4><h3>无锚点</h3><h3 id="成效">成效</h3>';
    expect(outlineOf(html)).toEqual([
      { id: '做法', text: '主要做法' },
      { id: '成效', text: '成效' },
    ]);
  });

  it('finds nothing in a body without headings', () => {
    expect(outlineOf('<p>只有一段。</p>')).toEqual([]);
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
