import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { join } from 'node:path';
import { FIXTURE_CONTENT, FIXTURE_SITE } from '../support/paths.ts';
import { readPage, textsOf } from '../support/html.ts';

const rows = (path: string) => textsOf(readPage(FIXTURE_SITE, path).tree, 'table.award-table tbody tr');
// An award's title, without the lines under it: its unit (shown there on a phone), issuer and note.
const titles = (path: string) =>
  textsOf(readPage(FIXTURE_SITE, path).tree, 'table.award-table tbody th[scope="row"]').map((t) => t.split('单位：')[0]!.split('颁发')[0]!.split('注：')[0]!);

describe('a site of three dossiers from two units', () => {
  it('lists dossiers newest first on the home page: by published date, else by the end of the period', () => {
    expect(textsOf(readPage(FIXTURE_SITE, '/').tree, '.card h3')).toEqual(['清河再出发', '守护滨江', '书香清河']);
  });

  it('shows only the configured number of latest awards on the home page', () => {
    expect(rows('/')).toHaveLength(3);
    expect(titles('/')).toEqual(['全国文明校园', '区级文明单位', '省级文明校园']);
  });

  it('lists every award of every dossier on the 荣誉榜, newest first, undated last', () => {
    expect(titles('/awards/')).toEqual([
      '全国文明校园',
      '区级文明单位',
      '省级文明校园',
      '优质服务示范社区卫生服务中心',
      '市级文明校园',
      '县级教学质量先进单位',
      '全省书香校园',
      '优秀家长学校',
    ]);
  });

  it('builds year pages across dossiers, with multi-year awards under each year', () => {
    expect(titles('/awards/2014/')).toEqual(['市级文明校园', '县级教学质量先进单位', '全省书香校园']);
    expect(titles('/awards/2013/')).toEqual(['市级文明校园']);
    expect(titles('/awards/2018/')).toEqual(['省级文明校园', '优质服务示范社区卫生服务中心']);
    expect(titles('/awards/undated/')).toEqual(['优秀家长学校']);
  });

  it('builds level pages with aliases normalised', () => {
    expect(titles('/awards/level/county/')).toEqual(['区级文明单位', '县级教学质量先进单位']);
    expect(titles('/awards/level/national/')).toEqual(['全国文明校园']);
    expect(titles('/awards/level/unspecified/')).toEqual(['优秀家长学校']);
  });

  it('builds one page per unit, gathering the awards of all its dossiers', () => {
    expect(titles('/awards/unit/清河中学/')).toEqual(['全国文明校园', '省级文明校园', '市级文明校园', '县级教学质量先进单位', '全省书香校园', '优秀家长学校']);
    expect(titles('/awards/unit/滨江社区卫生服务中心/')).toEqual(['区级文明单位', '优质服务示范社区卫生服务中心']);
  });

  it('lists every unit on the unit index in pinyin order, and links to it from the browse pages', () => {
    expect(textsOf(readPage(FIXTURE_SITE, '/awards/unit/').tree, 'main .browse a')).toEqual(['滨江社区卫生服务中心（2 项）', '清河中学（6 项）']);
    const { html } = readPage(FIXTURE_SITE, '/awards/2014/');
    expect(html).toContain('href="/awards/unit/"');
    expect(html).not.toContain('href="/awards/unit/清河中学/"');
    expect(readPage(FIXTURE_SITE, '/awards/').html).toContain('href="/awards/unit/清河中学/"');
  });

  it('shows a bold lead sentence that ends in Chinese punctuation as bold, without stars', () => {
    const { tree, mainText } = readPage(FIXTURE_SITE, '/qinghe-2015/management/');
    expect(textsOf(tree, 'main strong')).toContain('一是抓班子带队伍，筑牢战斗堡垒。');
    expect(mainText).not.toContain('**');
  });

  it('indents every paragraph alike, whether or not full-width spaces were typed before it', () => {
    const { tree } = readPage(FIXTURE_SITE, '/binjiang-clinic/service/');
    // Untrimmed text: a typed indent would show as leading U+3000.
    const paragraphs = selectAll('section.article p', tree).map((p) => toText(p)).filter((p) => /家庭医生|签约居民/.test(p));
    expect(paragraphs).toEqual(['家庭医生团队为辖区老人提供上门服务。', '签约居民每季度接受一次随访。']);
  });

  it('prints a subtitle typed with its own leading dash with the one dash the site adds', () => {
    const cover = readPage(FIXTURE_SITE, '/binjiang-clinic/').mainText;
    expect(cover).toContain('——滨江社区卫生服务中心创建文明单位纪实');
    expect(cover).not.toContain('————');
    expect(readPage(FIXTURE_SITE, '/').mainText).not.toContain('————');
  });

  it("names each award's unit where a site has several, but not on a unit's own page", () => {
    const columns = (path: string) => textsOf(readPage(FIXTURE_SITE, path).tree, 'table.award-table thead th');
    expect(columns('/awards/')).toEqual(['年份', '荣誉', '级别', '单位']);
    expect(columns('/awards/2018/')).toEqual(['年份', '荣誉', '级别', '单位']);
    expect(columns('/awards/unit/清河中学/')).toEqual(['年份', '荣誉', '级别']);
  });

  it('links each award on the browse pages to its row on its own 成就篇 page', () => {
    const { html } = readPage(FIXTURE_SITE, '/awards/2020/');
    expect(html).toContain('href="/qinghe-2020/achievements/#award-01"');
    const target = readPage(FIXTURE_SITE, '/qinghe-2020/achievements/');
    expect(target.html).toContain('<tr id="award-01"');
  });

  it('orders articles by their order field before their file prefix', () => {
    expect(textsOf(readPage(FIXTURE_SITE, '/qinghe-2015/management/').tree, 'section.article h2')).toEqual([
      '三是严格考核',
      '一是健全制度',
      '二是建强队伍',
    ]);
  });

  it('nests headings written inside an article under the article heading', () => {
    const { html } = readPage(FIXTURE_SITE, '/qinghe-2015/management/');
    expect(html).toMatch(/<h3[^>]*>青年教师培养<\/h3>/);
  });

  it('removes scripts, event handlers and javascript: links from Markdown, keeping the text', () => {
    const { html, mainText } = readPage(FIXTURE_SITE, '/qinghe-2015/service/');
    expect(html).not.toMatch(/<script>alert|onclick|javascript:/);
    expect(mainText).toContain('带有事件属性的段落仍应保留文字。');
    expect(html).toContain('href="https://example.org/"');
  });

  it('shows footnotes under 注释, each linking only to its own article on a page of several, and ranges with their tildes', () => {
    for (const path of ['/qinghe-2015/service/', '/qinghe-2015/print/']) {
      const { html, mainText, tree } = readPage(FIXTURE_SITE, path);
      const ids = selectAll('[id]', tree).map((element) => String(element.properties.id));
      expect(new Set(ids).size, path).toBe(ids.length);
      const notes = selectAll('section[data-footnotes]', tree);
      expect(notes.length, path).toBe(2);
      for (const section of notes) expect(toText(selectAll('p', section)[0]!)).toBe('注释');
      for (const link of selectAll('a[href^="#"]', tree)) expect(ids, path).toContain(decodeURIComponent(String(link.properties.href).slice(1)));
      expect(mainText).toContain('2010~2015年家长学校每期3~5天');
      expect(html).not.toContain('Footnotes');
    }
  });

  it('drops a <style> with its CSS, so no style text is printed on the page', () => {
    for (const path of ['/qinghe-2015/service/', '/qinghe-2015/print/']) {
      const { html, mainText } = readPage(FIXTURE_SITE, path);
      expect(mainText).not.toContain('color:red');
      expect(html).not.toContain('p{color:red}');
    }
  });

  it('keeps a video with its poster and captions, always with controls, pointed at the published files', () => {
    const files = '/_files/service/qinghe-2015';
    for (const path of ['/qinghe-2015/service/', '/qinghe-2015/print/']) {
      const [video] = selectAll('main video', readPage(FIXTURE_SITE, path).tree);
      expect(video?.properties).toMatchObject({ src: `${files}/kecheng.webm`, poster: `${files}/kecheng.png`, controls: true, preload: 'none' });
      expect(selectAll('track', video!).map((t) => t.properties)).toEqual([
        expect.objectContaining({ src: `${files}/zimu.vtt`, kind: 'captions', srcLang: 'zh', label: '中文字幕' }),
      ]);
    }
    for (const file of ['kecheng.webm', 'zimu.vtt']) expect(existsSync(join(FIXTURE_SITE, files, file))).toBe(true);
  });

  it('puts the award table between the introduction and the closing text', () => {
    const { mainText } = readPage(FIXTURE_SITE, '/binjiang-clinic/achievements/');
    const intro = mainText.indexOf('滨江社区卫生服务中心的荣誉。');
    const table = mainText.indexOf('区级文明单位');
    const closing = mainText.indexOf('我们将继续守护居民健康。');
    expect(intro).toBeGreaterThan(-1);
    expect(table).toBeGreaterThan(intro);
    expect(closing).toBeGreaterThan(table);
  });

  it('publishes every award in awards.json', () => {
    const data = JSON.parse(readFileSync(join(FIXTURE_SITE, 'awards.json'), 'utf8')) as { awards: { title: string }[] };
    expect(data.awards).toHaveLength(8);
  });

  it('publishes the files kept next to an article and points its section page and print view at them', () => {
    const image = '/_files/service/qinghe-2015/kecheng.png';
    const pdf = `/_files/service/qinghe-2015/${encodeURIComponent('家长学校课表.pdf')}`;
    for (const path of ['/qinghe-2015/service/', '/qinghe-2015/print/']) {
      const { tree } = readPage(FIXTURE_SITE, path);
      expect(selectAll('img[alt="家长学校上课的情景"]', tree).map((img) => img.properties.src)).toEqual([image]);
      expect(selectAll('a', tree).map((a) => a.properties.href)).toContain(pdf);
    }
    expect(readFileSync(join(FIXTURE_SITE, decodeURIComponent(image)))).toEqual(readFileSync(join(FIXTURE_CONTENT, 'service/qinghe-2015/kecheng.png')));
    expect(existsSync(join(FIXTURE_SITE, decodeURIComponent(pdf)))).toBe(true);
    // Only files are published, not the Markdown or settings they sit next to.
    expect(existsSync(join(FIXTURE_SITE, '_files/service/qinghe-2015/01-jiazhang.md'))).toBe(false);
    expect(existsSync(join(FIXTURE_SITE, '_files/site.yaml'))).toBe(false);
  });

  it('does not publish a Word draft left next to an article that no page links to', () => {
    expect(existsSync(join(FIXTURE_CONTENT, 'service/qinghe-2015/内部原稿-勿外传.docx'))).toBe(true);
    expect(existsSync(join(FIXTURE_SITE, '_files/service/qinghe-2015/内部原稿-勿外传.docx'))).toBe(false);
  });
});
