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
});
