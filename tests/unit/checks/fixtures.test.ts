import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fillMessage, type Diagnostic } from '../../../src/lib/diagnostics/index.ts';
import { checkFixture, FIXTURES } from './run-fixture.ts';
import { NEW_CASES } from './cases/index.ts';
import { AWARDS, CREATE, DOSSIER, FIRST, SECOND, SERVE, SITE, type ExpectedDiagnostic } from './cases/expected.ts';

/** What one fixture must produce: exact place and field, the message code, and a phrase from its text. */
type Expected = Omit<ExpectedDiagnostic, 'quote' | 'hint'> & {
  /** A phrase the Chinese message or hint must contain. */
  gist: string;
};

// One entry per fixture folder under tests/fixtures/content; each lists every diagnostic it yields.
const CASES: Record<string, Expected[]> = {
  // YAML syntax
  'yaml-unclosed-quote': [{ file: DOSSIER, line: 3, column: 11, code: 'yaml.unclosed-quote', gist: '第 3 行第 11 列的引号' }],
  // The list is read again with the tab as spaces, so the award pages (and links to them) are known.
  'yaml-tab': [{ file: AWARDS, line: 4, column: 1, code: 'yaml.tab', gist: 'Tab' }],
  'yaml-bad-indent': [
    { file: AWARDS, line: 4, column: 6, code: 'yaml.indent', gist: '第 4 行的缩进' },
    { file: DOSSIER, line: 9, column: 38, code: 'link.unsure', severity: 'warning', gist: '/demo/achievements/#award-01' },
    { file: SECOND, line: 6, column: 12, code: 'link.unsure', severity: 'warning', gist: '/awards/2010/' },
  ],
  'yaml-full-width-colon': [{ file: DOSSIER, line: 4, column: 5, field: 'unit', code: 'yaml.full-width-colon', gist: '全角冒号' }],
  'yaml-full-width-colon-last-line': [
    { file: AWARDS, line: 5, column: 10, field: 'level', code: 'yaml.full-width-colon', gist: '“level：”改成“level: ”' },
  ],
  // A wrapped value may contain a full-width colon: that is punctuation, not a key separator. The
  // space YAML joins the two lines with shows between Chinese characters, though.
  'yaml-wrapped-value-with-colon': [
    { file: DOSSIER, line: 6, column: 10, field: 'summary', code: 'field.wrapped', severity: 'warning', gist: '示例单位创建文明单位的纪实，主要内容' },
  ],
  'yaml-missing-space-after-colon': [{ file: DOSSIER, line: 4, column: 1, code: 'yaml.missing-colon', gist: '冒号后面少了空格' }],
  'yaml-text-after-quote': [{ file: FIRST, line: 2, column: 12, code: 'yaml.text-after-quote', gist: '中文引号' }],
  'yaml-duplicate-key': [{ file: FIRST, line: 3, column: 1, field: 'title', code: 'yaml.duplicate-key', gist: '写了两次' }],
  'front-matter-unclosed': [{ file: FIRST, line: 1, column: 1, code: 'front-matter.unclosed', gist: '结束行 ---' }],
  'front-matter-missing': [{ file: SERVE, line: 1, column: 1, code: 'front-matter.missing', gist: 'title' }],
  'front-matter-not-a-map': [{ file: DOSSIER, line: 2, column: 1, code: 'front-matter.not-a-map', gist: '字段名: 值' }],
  'front-matter-fence-text': [{ file: FIRST, line: 3, column: 4, code: 'front-matter.fence-text', gist: '“- 正文从这里开始”' }],
  // A block closed with YAML's end marker, and a file with old Mac (CR-only) line endings.
  'front-matter-dots-cr-accepted': [],

  // Fields
  'field-required': [{ file: DOSSIER, line: 1, column: 1, field: 'summary', code: 'field.required', gist: '`summary: …`' }],
  'field-empty': [{ file: DOSSIER, line: 4, column: 1, field: 'unit', code: 'field.empty', gist: '不能为空' }],
  'field-wrong-type': [{ file: SECOND, line: 3, column: 8, field: 'order', code: 'field.not-number', gist: '应为数字，实际是“第二”' }],
  'field-unknown': [
    { file: DOSSIER, line: 7, column: 1, field: 'sumary', code: 'field.unknown', severity: 'warning', gist: '是否想写 summary' },
  ],
  'field-unknown-misspelt-title': [
    { file: SERVE, line: 1, column: 1, field: 'title', code: 'field.required', gist: '缺少必填字段' },
    { file: SERVE, line: 2, column: 1, field: 'titel', code: 'field.unknown', severity: 'warning', gist: '是否想写 title' },
  ],
  'award-unknown-field': [
    { file: AWARDS, line: 5, column: 5, field: 'awards.0.levl', code: 'field.unknown', severity: 'warning', gist: '是否想写 level' },
  ],
  'invisible-title': [
    { file: FIRST, line: 2, column: 12, field: 'title', code: 'field.invisible', severity: 'warning', gist: 'U+200B' },
  ],

  // Award years and levels
  'years-five-digits': [{ file: AWARDS, line: 6, column: 12, field: 'awards.1.years', code: 'years.not-a-year', gist: '是否想写 2011' }],
  'years-reversed': [
    { file: AWARDS, line: 4, column: 12, field: 'awards.0.years', code: 'years.reversed', gist: '2009-2011' },
    { file: SECOND, line: 6, column: 12, code: 'link.unsure', severity: 'warning', gist: '/awards/2010/' },
  ],
  'years-before-1949': [
    { file: AWARDS, line: 4, column: 12, field: 'awards.0.years', code: 'years.out-of-range', gist: '1900' },
    { file: SECOND, line: 6, column: 12, code: 'link.unsure', severity: 'warning', gist: '/awards/2010/' },
  ],
  'years-after-next-year': [
    { file: AWARDS, line: 4, column: 12, field: 'awards.0.years', code: 'years.out-of-range', gist: '2999' },
    { file: SECOND, line: 6, column: 12, code: 'link.unsure', severity: 'warning', gist: '/awards/2010/' },
  ],
  'years-full-width': [
    { file: AWARDS, line: 4, column: 12, field: 'awards.0.years', code: 'years.full-width', severity: 'warning', gist: '已按 2010 处理' },
  ],
  'date-invalid': [{ file: DOSSIER, line: 6, column: 12, field: 'published', code: 'date.invalid', gist: '2012-01-10' }],
  'period-not-a-year': [{ file: DOSSIER, line: 5, column: 9, field: 'period', code: 'period.invalid', gist: '20111' }],
  'award-duplicate': [{ file: AWARDS, line: 8, column: 5, field: 'awards.2', code: 'award.duplicate', gist: '第 3 行已有' }],
  'level-unknown': [
    { file: AWARDS, line: 5, column: 12, field: 'awards.0.level', code: 'level.unknown', gist: '区县级' },
    { file: SECOND, line: 6, column: 12, code: 'link.unsure', severity: 'warning', gist: '/awards/2010/' },
  ],

  // Dossier structure and files
  // Slugs the site uses itself (in any letter case), or that a file of public/ takes.
  'dossier-reserved-slug': [
    { file: 'content/dossiers/files.md', code: 'section.missing', severity: 'warning', gist: '管理篇' },
    { file: 'content/dossiers/files.md', code: 'section.missing', severity: 'warning', gist: '服务篇' },
    { file: 'content/dossiers/files.md', code: 'section.missing', severity: 'warning', gist: '创建篇' },
    { file: 'content/dossiers/files.md', code: 'section.missing', severity: 'warning', gist: '成就篇' },
    { file: 'content/dossiers/files.md', code: 'dossier.reserved-slug', gist: 'files-jishi' },
    { file: 'content/dossiers/Search.md', code: 'section.missing', severity: 'warning', gist: '管理篇' },
    { file: 'content/dossiers/Search.md', code: 'section.missing', severity: 'warning', gist: '服务篇' },
    { file: 'content/dossiers/Search.md', code: 'section.missing', severity: 'warning', gist: '创建篇' },
    { file: 'content/dossiers/Search.md', code: 'section.missing', severity: 'warning', gist: '成就篇' },
    { file: 'content/dossiers/Search.md', code: 'dossier.reserved-slug', gist: 'search-index' },
  ],
  'section-without-dossier': [{ file: 'content/service/demoo/', code: 'dossier.missing-overview', gist: 'content/dossiers/demoo.md' }],
  'achievements-without-dossier': [{ file: 'content/achievements/other.md', code: 'dossier.missing-overview', gist: '成就篇' }],
  'dossier-missing-section': [{ file: DOSSIER, code: 'section.missing', severity: 'warning', gist: '创建篇' }],
  'order-duplicate': [{ file: SECOND, line: 1, column: 1, field: 'order', code: 'order.duplicate', gist: '02-again.md' }],
  'order-duplicate-field': [
    { file: 'content/management/demo/03-third.md', line: 3, column: 8, field: 'order', code: 'order.duplicate', gist: '01-first.md' },
  ],
  'article-duplicate-name': [
    { file: 'content/management/demo/03-first.md', code: 'article.duplicate-name', gist: '01-first.md' },
  ],
  'order-missing': [{ file: 'content/management/demo/summary.md', line: 1, column: 1, field: 'order', code: 'order.missing', gist: '03-summary.md' }],
  'empty-body': [{ file: CREATE, line: 5, code: 'body.empty', gist: '没有正文' }],
  'file-name-spaces': [
    { file: 'content/management/demo/03-zuofeng jianshe.md', code: 'file.name-spaces', severity: 'warning', gist: '03-zuofeng-jianshe.md' },
  ],
  'stray-file': [{ file: 'content/dossiers/notes/todo.md', code: 'file.stray', severity: 'warning', gist: '不会生成' }],
  'site-missing': [{ file: 'content/site.yaml', code: 'site.missing', gist: '网站设置' }],
  'site-bad-url': [{ file: 'content/site.yaml', line: 3, column: 6, field: 'url', code: 'field.format', gist: 'example.gov.cn' }],
  // Online editing on a self-hosted Gitea without its address or application ID, and on a host the editor cannot save to.
  'site-editing-incomplete': [
    { file: 'content/site.yaml', line: 7, column: 3, field: 'editing.appId', code: 'editing.app-id', gist: 'OAuth 应用' },
    { file: 'content/site.yaml', line: 7, column: 3, field: 'editing.server', code: 'editing.server', gist: 'https://git.example.gov.cn' },
  ],
  'site-editing-unknown-host': [{ file: 'content/site.yaml', line: 6, column: 12, field: 'editing.backend', code: 'field.choice', gist: 'github、gitlab、gitea、forgejo' }],

  // Footer records in site.yaml
  'footer-records-valid': [],
  'footer-icp-malformed': [
    { file: SITE, line: 7, column: 8, field: 'footer.icp', code: 'footer.icp', gist: '是否想写 鄂ICP备12345678号-1？' },
    { file: SITE, line: 8, column: 11, field: 'footer.police', code: 'footer.province', gist: '“港”不是省、自治区、直辖市的简称' },
  ],
  'footer-police-other-province': [
    { file: SITE, line: 6, column: 11, field: 'footer.police', code: 'footer.police-region', severity: 'warning', gist: '属于“鄂”' },
  ],
  'footer-mark-image-missing': [
    { file: SITE, line: 8, column: 12, field: 'footer.partyGovMark.image', code: 'footer.mark-image-missing', gist: 'images/党政机关网站标识.png' },
  ],
  'footer-unquoted-numbers': [
    { file: SITE, line: 6, column: 10, field: 'footer.phone', code: 'footer.unquoted-number', gist: 'phone: "07108861234"' },
    { file: SITE, line: 7, column: 13, field: 'footer.siteCode', code: 'footer.unquoted-number', gist: 'siteCode: "0100000012"' },
    { file: SITE, line: 8, column: 10, field: 'footer.email', code: 'field.format', gist: 'wenmingban at qinghe.gov.cn' },
  ],

  // Encoding
  'encoding-gb18030': [{ file: SERVE, code: 'encoding.gb18030', gist: 'iconv -f GB18030 -t UTF-8' }],
  'encoding-utf16': [{ file: SERVE, code: 'encoding.utf16', gist: 'iconv -f UTF-16 -t UTF-8' }],
  'bom-crlf-accepted': [],
  'crlf-error-position': [{ file: DOSSIER, line: 9, column: 5, code: 'link.broken', gist: '/demo/managment/' }],

  // Links and images
  'link-broken': [{ file: SECOND, line: 7, column: 3, code: 'link.broken', gist: '/demo/servce/' }],
  'link-unknown-anchor': [{ file: SECOND, line: 5, column: 2, code: 'link.anchor', severity: 'warning', gist: '#award-03' }],
  'link-markdown-file': [{ file: SECOND, line: 5, column: 6, code: 'link.markdown-file', gist: '/demo/service/#serve' }],
  'link-relative-broken': [
    { file: SERVE, line: 5, column: 11, code: 'link.anchor', severity: 'warning', gist: '#frist' },
    { file: SERVE, line: 5, column: 39, code: 'link.broken', gist: '../creaton/' },
  ],
  // Pages the build never makes: a level no award has, a sitemap index, undated awards on a site with none.
  'link-page-never-built': [
    { file: SECOND, line: 6, column: 12, code: 'link.broken', gist: '/awards/level/national/' },
    { file: SECOND, line: 6, column: 45, code: 'link.broken', gist: '/sitemap-index.xml' },
    { file: SECOND, line: 8, column: 1, code: 'link.broken', gist: '/awards/undated/' },
  ],
  // An award whose years cannot be read leaves its year page unknown, not accepted; other pages stay checked.
  'link-award-with-errors': [
    { file: AWARDS, line: 7, column: 12, field: 'awards.1.years', code: 'years.not-a-year', gist: '20012' },
    { file: SECOND, line: 6, column: 12, code: 'link.unsure', severity: 'warning', gist: 'content/achievements/demo.md 中的错误' },
    { file: SECOND, line: 8, column: 39, code: 'link.anchor', severity: 'warning', gist: '#award-03' },
    { file: SECOND, line: 8, column: 77, code: 'link.broken', gist: '/awards/unit/示例单位/more/' },
  ],
  // Under a base path, links from the root get it from the build; full addresses under the site's
  // own root are checked, the rest of its host is another site's.
  'link-base-path': [
    { file: SECOND, line: 8, column: 59, code: 'link.broken', gist: 'https://example.gov.cn/huazhang/awards/2030/' },
    { file: SECOND, line: 8, column: 159, code: 'link.broken', gist: '../../../awards/' },
  ],
  // The file is photo.png: the link with the wrong case is broken, and the file it meant is unused.
  'image-missing': [
    { file: FIRST, line: 7, column: 1, code: 'image.missing', gist: './Photo.png' },
    { file: 'content/management/demo/photo.png', code: 'file.unreferenced', severity: 'warning', gist: 'photo.png' },
  ],
  // Raw HTML images and links are checked too; the commented-out image is not.
  'html-image-missing': [{ file: CREATE, line: 8, column: 22, code: 'image.missing', gist: './group.jpg' }],
  // A video's picture and captions must exist too; file names are case-sensitive on the server.
  'media-missing': [
    { file: SERVE, line: 7, column: 34, code: 'media.missing', gist: './Fengmian.jpg' },
    { file: SERVE, line: 8, column: 15, code: 'media.missing', gist: './zimu.vtt' },
    // The poster is named ./Fengmian.jpg, so the file that is there is used by no page.
    { file: 'content/service/demo/fengmian.jpg', code: 'file.unreferenced', severity: 'warning', gist: '“fengmian.jpg”没有被任何页面链接或显示' },
  ],
  'image-public-missing': [{ file: CREATE, line: 7, column: 1, code: 'image.missing', gist: '/images/logo.png' }],

  // Raw HTML the sanitizer removes
  'raw-html-script': [{ file: CREATE, line: 7, column: 1, code: 'html.script', severity: 'warning', gist: '<script>' }],
  'raw-html-iframe': [{ file: DOSSIER, line: 12, column: 3, code: 'html.iframe', severity: 'warning', gist: '<iframe>' }],
  'raw-html-event-handler': [{ file: SERVE, line: 5, column: 16, code: 'html.event-handler', severity: 'warning', gist: 'onclick' }],
  'raw-html-javascript-url': [
    { file: SERVE, line: 7, column: 6, code: 'html.javascript-url', severity: 'warning', gist: 'javascript:' },
    { file: SERVE, line: 7, column: 38, code: 'html.javascript-url', severity: 'warning', gist: 'javascript:' },
  ],

  // An address spelt with character references is still an address; HTML inside a comment is not HTML.
  'raw-html-encoded-url': [{ file: SERVE, line: 7, column: 1, code: 'html.javascript-url', severity: 'warning', gist: 'javascript:' }],
  'raw-html-style': [
    { file: FIRST, line: 7, column: 1, code: 'html.style', severity: 'warning', gist: '不会出现在页面上' },
    { file: FIRST, line: 9, column: 6, code: 'html.attribute-removed', severity: 'warning', gist: '<div> 的 style 属性' },
    { file: FIRST, line: 9, column: 25, code: 'html.attribute-removed', severity: 'warning', gist: '<div> 的 class 属性' },
    // This article replaces the one that showed the base site's photo.
    { file: 'content/management/demo/photo.png', code: 'file.unreferenced', severity: 'warning', gist: '“photo.png”没有被任何页面链接或显示' },
  ],
  // Video, audio, figures, captioned tables, marks of text, details, mailto: and tel: all stay.
  'raw-html-media-accepted': [],
  // What pasting from Word or a web page brings along.
  'raw-html-pasted': [
    { file: CREATE, line: 7, column: 4, code: 'html.attribute-removed', severity: 'warning', gist: '<p> 的 class 属性' },
    { file: CREATE, line: 7, column: 4, code: 'html.word-leftovers', severity: 'warning', gist: '只保留文本' },
    { file: CREATE, line: 7, column: 22, code: 'html.element-unwrapped', severity: 'warning', gist: '<font> 标签' },
    { file: CREATE, line: 7, column: 59, code: 'html.element-unwrapped', severity: 'warning', gist: '<o:p> 标签' },
    // Files on the editor's disk are errors that name the file to copy, not removed addresses.
    { file: CREATE, line: 9, column: 11, code: 'link.local-file', gist: 'file:///C:/Users' },
    { file: CREATE, line: 11, column: 40, code: 'html.attribute-removed', severity: 'warning', gist: 'autoplay' },
    { file: CREATE, line: 13, column: 1, code: 'html.embed', severity: 'warning', gist: '<object>' },
    { file: CREATE, line: 15, column: 1, code: 'html.element-dropped', severity: 'warning', gist: '<noscript>' },
    { file: CREATE, line: 17, column: 1, code: 'link.local-file', gist: 'file:///D:/' },
  ],

  // Several problems in two files, all reported in one run.
  'every-problem-at-once': [
    { file: AWARDS, line: 4, column: 12, field: 'awards.0.years', code: 'years.not-a-year', gist: '20011' },
    { file: AWARDS, line: 8, column: 5, field: 'awards.1.yeras', code: 'field.unknown', severity: 'warning', gist: '是否想写 years' },
    { file: AWARDS, line: 10, column: 12, field: 'awards.2.years', code: 'years.reversed', gist: '2011-2009' },
    { file: DOSSIER, line: 3, column: 1, field: 'subtitle', code: 'field.empty', gist: '不能为空' },
    { file: SECOND, line: 6, column: 12, code: 'link.unsure', severity: 'warning', gist: '/awards/2010/' },
  ],
};

function shape(d: Diagnostic) {
  return { file: d.file, line: d.line, column: d.column, field: d.field, code: d.code, severity: d.severity };
}

function expectedShape(e: Pick<Expected, 'file' | 'line' | 'column' | 'field' | 'code' | 'severity'>) {
  return { file: e.file, line: e.line, column: e.column, field: e.field ?? '', code: e.code, severity: e.severity ?? 'error' };
}

describe('content check fixtures', () => {
  it('has a valid base site that yields no diagnostics at all', async () => {
    expect(await checkFixture('_base')).toEqual([]);
  });

  it('lists an expectation for every fixture folder, and a fixture for every expectation', () => {
    const folders = readdirSync(FIXTURES).filter((name) => name !== '_base').sort();
    expect([...Object.keys(CASES), ...Object.keys(NEW_CASES)].sort()).toEqual(folders);
    expect(folders.length).toBeGreaterThanOrEqual(30);
  });

  for (const [name, expected] of Object.entries(CASES)) {
    it(`reports exactly the expected problems for ${name}`, async () => {
      const diagnostics = await checkFixture(name);
      expect(diagnostics.map(shape)).toEqual(expected.map(expectedShape));
      diagnostics.forEach((d, i) => {
        const zh = fillMessage(d.code, d.values, 'zh');
        const en = fillMessage(d.code, d.values, 'en');
        expect(`${zh.message} ${zh.hint}`).toContain(expected[i]!.gist);
        // Every placeholder is filled in both languages.
        expect(`${zh.message}${zh.hint}${en.message}${en.hint}`).not.toMatch(/\{\{|\}\}/);
      });
    });
  }

  for (const [name, expected] of Object.entries(NEW_CASES)) {
    it(`reports ${name} at its place, quoting the value, with a hint`, async () => {
      const diagnostics = await checkFixture(name);
      expect(diagnostics.map(shape)).toEqual(expected.map(expectedShape));
      diagnostics.forEach((d, i) => {
        const e: ExpectedDiagnostic = expected[i]!;
        const zh = fillMessage(d.code, d.values, 'zh');
        const en = fillMessage(d.code, d.values, 'en');
        expect(zh.message).toContain(e.quote);
        expect(zh.hint).toContain(e.hint);
        expect(en.hint).not.toBe('');
        expect(`${zh.message}${zh.hint}${en.message}${en.hint}`).not.toMatch(/\{\{|\}\}/);
      });
    });
  }
});
