import { describe, expect, it } from 'vitest';
import { createBodyRenderer, createSanitizerCheck } from '../../../src/lib/markdown/render.ts';

const FILE = '/nowhere/content/service/demo/01-a.md';
const check = createSanitizerCheck();
const renderer = createBodyRenderer({ contentDir: '/nowhere/content', base: '/' });
const render = async (body: string, file: string) => (await renderer(body, file)).html;
const removals = async (body: string) => (await check(body, FILE)).map(({ at, ...rest }) => ({ ...rest, at: `${at.line}:${at.column}` }));

describe('the sanitizer check', () => {
  it('lets allowed media through untouched', async () => {
    expect(
      await removals(
        '<video src="./a.mp4" poster="./a.jpg" controls><source src="./a.webm" type="video/webm"><track src="./a.vtt" kind="captions" srclang="zh" label="字幕"></video>\n\n' +
          '<audio src="https://example.org/a.mp3"></audio>\n\n<figure><img src="./a.jpg" alt="图"><figcaption>图注</figcaption></figure>\n\n' +
          '<details><summary>更多</summary>内容</details> CO<sub>2</sub> m<sup>2</sup> <mark>重点</mark>',
      ),
    ).toEqual([]);
  });

  it('reports a <style> as going with its content, and the page never shows the CSS', async () => {
    const body = '正文。\n\n<style>p{color:red}</style>\n\n结尾。';
    expect(await removals(body)).toEqual([{ kind: 'element', tag: 'style', keepsContent: false, at: '3:1' }]);
    const html = await render(body, FILE);
    expect(html).not.toContain('color:red');
    expect(html).not.toContain('style');
    expect(html).toContain('结尾。');
  });

  it('reports scripts, iframes, objects, event handlers and javascript: addresses, each where it is written', async () => {
    const body = [
      '<script>alert(1)</script>',
      '',
      '<iframe src="https://example.org/">后备文字</iframe>',
      '',
      '<object data="a.swf">动画</object><embed src="b.swf">',
      '',
      '<p onclick="x()" title="说明">文字</p>',
      '',
      '[链接](javascript:alert(1)) <a href="JaVa\tScRiPt:alert(2)">另一个</a>',
    ].join('\n');
    expect(await removals(body)).toEqual([
      { kind: 'element', tag: 'script', keepsContent: false, at: '1:1' },
      { kind: 'element', tag: 'iframe', keepsContent: false, at: '3:1' },
      { kind: 'element', tag: 'object', keepsContent: true, at: '5:1' },
      { kind: 'element', tag: 'embed', keepsContent: true, at: '5:33' },
      { kind: 'attribute', tag: 'p', attribute: 'onclick', value: 'x()', url: false, at: '7:1', end: expect.any(Number) },
      { kind: 'attribute', tag: 'a', attribute: 'href', value: 'javascript:alert(1)', url: true, at: '9:1', end: expect.any(Number) },
      { kind: 'attribute', tag: 'a', attribute: 'href', value: 'JaVa\tScRiPt:alert(2)', url: true, at: '9:27', end: expect.any(Number) },
    ]);
    const html = await render(body, FILE);
    expect(html).not.toMatch(/alert|<iframe|<object|<embed|onclick|javascript|后备文字/i);
    expect(html).toContain('动画');
    expect(html).toContain('title="说明"');
  });

  it('keeps the text of an element it unwraps, and forces controls on and autoplay off for players', async () => {
    const body = '<center><font color="red">居中的红字</font></center>\n\n<video src="https://example.org/a.mp4" autoplay></video>';
    expect((await removals(body)).map((r) => (r.kind === 'element' ? r.tag : r.attribute))).toEqual(['center', 'font', 'autoplay']);
    const html = await render(body, FILE);
    expect(html).toContain('居中的红字');
    expect(html).toContain('<video src="https://example.org/a.mp4" controls></video>');
  });

  it('agrees with the page, element by element: what it reports is gone, what it does not report is there', async () => {
    const elements = ['video', 'audio', 'figure', 'figcaption', 'table', 'sup', 'sub', 'details', 'mark', 'abbr', 'u', 'small', 'cite', 'time', 'ruby', 'kbd', 'q', 'span', 'div'];
    const refused = ['style', 'script', 'iframe', 'object', 'embed', 'form', 'button', 'font', 'center', 'marquee', 'svg', 'math', 'noscript', 'template', 'link', 'meta', 'base'];
    for (const tag of [...elements, ...refused]) {
      const body = `前文 <${tag} title="t">内</${tag}> 后文`;
      const reported = (await check(body, FILE)).some((r) => r.kind === 'element' && r.tag === tag);
      const shown = new RegExp(`<${tag}[\\s>]`).test(await render(body, FILE));
      expect({ tag, reported, shown }).toEqual({ tag, reported: refused.includes(tag), shown: !refused.includes(tag) });
    }
  });
});
