import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../src/lib/search/extract-page.ts';

const page = `<html><body><header data-pagefind-ignore>站名 搜索</header>
<main><div data-pagefind-body>
<span hidden data-pagefind-filter="类型:文章"></span><span hidden data-pagefind-filter="篇章:服务篇"></span>
<h1 data-pagefind-meta="title">服务篇<span class="visually-hidden"> - 杏林春暖</span></h1>
<p class="muted" data-pagefind-ignore>副标题</p>
<div class="intro"><p>把健康服务送到<strong>田间地头</strong>。</p></div>
<nav data-pagefind-ignore><h2 id="toc">本篇目录</h2></nav>
<section><h2 id="manbing">慢病管理进万家</h2><p>全镇高血压患者
两千一百人。</p><ul><li>测量血糖</li><li>监测血压</li></ul></section>
<section><h2 id="jijiu">急救绿色通道</h2><p>救护车 24 小时待命。</p><script>不是文字</script></section>
</div></main><footer>页脚</footer></body></html>`;

describe('extractPage', () => {
  it('reads the marked body as a reader sees it: title, filters, a part per heading with an id, paragraphs', () => {
    expect(extractPage(page)).toEqual({
      title: '服务篇 - 杏林春暖',
      filters: { 类型: ['文章'], 篇章: ['服务篇'] },
      segments: [
        { title: '服务篇 - 杏林春暖', paragraphs: ['把健康服务送到田间地头。'] },
        { anchor: 'manbing', title: '慢病管理进万家', paragraphs: ['全镇高血压患者 两千一百人。', '测量血糖', '监测血压'] },
        { anchor: 'jijiu', title: '急救绿色通道', paragraphs: ['救护车 24 小时待命。'] },
      ],
    });
  });

  it('returns nothing for a page without a marked body', () => {
    expect(extractPage('<html><body><h1>荣誉榜</h1></body></html>')).toBeUndefined();
  });

  // What an HTML parser makes of markup that is not written out in full: each expectation is what
  // a browser shows, and what parse5 (the HTML parser under rehype) gives.
  const wrap = (inner: string) => `<!DOCTYPE html><html lang="zh-CN"><body><main><div data-pagefind-body>${inner}</div></main></body></html>`;

  it('decodes entities, those without a semicolon too, and normalises line breaks and NUL as a browser does', () => {
    expect(extractPage(wrap('<h1>A&amp;B&nbsp;C&#x4E00;&#19968;&copy 2020 &lt;script&gt;</h1><p>x &notin; y &amp c</p>'))).toEqual({
      title: 'A&B C一一© 2020 <script>',
      filters: {},
      segments: [{ title: 'A&B C一一© 2020 <script>', paragraphs: ['x ∉ y & c'] }],
    });
    expect(extractPage(wrap('<span data-pagefind-filter="单位:黄州\r\n区"></span><h1>标题\r\n二</h1><p>一\r二\r\n三\u0000</p>'))).toEqual({
      title: '标题 二',
      filters: { 单位: ['黄州\n区'] },
      segments: [{ title: '标题 二', paragraphs: ['一 二 三'] }],
    });
  });

  it('closes paragraphs, list items and cells that the markup leaves open', () => {
    const html = wrap('<h1>T</h1><p>段一<div>块</div>段二</p><p>未闭合<p>下一段<ul><li>一<li>二</ul><table><tr><td>1<td>2</table>');
    expect(extractPage(html)?.segments).toEqual([{ title: 'T', paragraphs: ['段一', '块', '段二', '未闭合', '下一段', '一', '二', '1', '2'] }]);
  });

  it('keeps filters in document order, nested ones too, and drops empty values', () => {
    const html = wrap('<h1>T</h1><div data-pagefind-filter="年份">2020<span data-pagefind-filter="年份">2021</span></div><span data-pagefind-filter="空:"></span><span data-pagefind-filter="年份"> </span>');
    expect(extractPage(html)?.filters).toEqual({ 年份: ['20202021', '2021'] });
  });

  it('takes the marked title wherever it stands, and leaves the first heading in the text', () => {
    expect(extractPage(wrap('<h1>先</h1><h2 id="a">节</h2><div data-pagefind-meta="title">后来的标题</div><p>正文</p>'))).toEqual({
      title: '后来的标题',
      filters: {},
      segments: [
        { title: '后来的标题', paragraphs: ['先'] },
        { anchor: 'a', title: '节', paragraphs: ['正文'] },
      ],
    });
  });

  it('reads no text from pictures, templates, scripts or comments', () => {
    const html = wrap('<h1>T</h1><p>前<svg viewBox="0 0 1 1"><path d="M0"/><title>图</title></svg>后</p><template><p>模板</p></template><noscript><p>无脚本</p></noscript><script>var s = "</p>";</script><p>正<!-- 注释 -->文</p>');
    expect(extractPage(html)?.segments).toEqual([{ title: 'T', paragraphs: ['前后', '正文'] }]);
  });
});
