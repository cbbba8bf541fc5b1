import { describe, expect, it } from 'vitest';
import { createBodyRenderer } from '../../../src/lib/markdown/render.ts';

const render = createBodyRenderer({ contentDir: '/content', base: '/' });
const body = '## 做法\n\n家长学校见附表[^1]，另见说明[^说明]，再次引用[^1]。\n\n[^1]: 附表由学校办公室整理。\n[^说明]: 说明文字。\n';

const ids = (html: string) => [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!);
const targets = (html: string) => [...html.matchAll(/ (?:href="#|aria-describedby=")([^"]+)"/g)].map((m) => m[1]!);

describe('footnotes in a body', () => {
  it('gives two articles shown on one page their own ids, each linking only within itself', async () => {
    const first = (await render(body, '/content/service/demo/01-jiazhang.md')).html;
    const second = (await render(body, '/content/service/demo/02-shequ.md')).html;
    const firstNotes = ids(first).filter((id) => id !== '做法');
    expect(firstNotes.length).toBe(6);
    expect(ids(second).filter((id) => firstNotes.includes(id))).toEqual([]);
    for (const html of [first, second]) {
      for (const target of targets(html)) expect(ids(html)).toContain(target);
    }
  });

  it('gives a body the same ids on every page and in every build', async () => {
    const file = '/content/service/demo/01-jiazhang.md';
    expect((await render(body, file)).html).toBe((await render(body, file)).html);
  });

  it('labels the notes and the links back in Chinese, and leaves the notes out of the outline', async () => {
    const { html, outline } = await render(body, '/content/service/demo/01-jiazhang.md');
    expect(html).toMatch(/<section data-footnotes="" class="footnotes"><p id="[0-9a-f]{8}-footnote-label">注释<\/p>/);
    expect(html).toContain('aria-label="返回正文中注释 1 的位置"');
    expect(html).toContain('aria-label="返回正文中注释 1 的第 2 处位置"');
    expect(html).not.toMatch(/Footnotes|Back to reference|sr-only/);
    expect(outline).toEqual([{ id: '做法', text: '做法' }]);
  });
});
