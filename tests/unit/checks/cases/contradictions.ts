import type { ExpectedDiagnostic } from './expected.ts';
import { AWARDS, CREATE, DOSSIER, FIRST, SECOND, SERVE } from './expected.ts';

const MISSING_SECTIONS = (slug: string): ExpectedDiagnostic[] =>
  ['管理篇', '服务篇', '创建篇', '成就篇'].map((section) => ({
    file: `content/dossiers/${slug}.md`,
    code: 'section.missing' as const,
    severity: 'warning' as const,
    quote: slug,
    hint: section === '成就篇' ? '补上缺少的部分' : '四部分',
  }));

/** Group 3: what the content says against itself, each warning naming both sides. */
export const CONTRADICTION_CASES: Record<string, ExpectedDiagnostic[]> = {
  'unit-differs-from-subtitle': [
    { file: DOSSIER, line: 4, column: 7, field: 'unit', code: 'dossier.unit-mismatch', severity: 'warning', quote: '清河区税务局', hint: '改成同一个单位名称' },
  ],
  'award-level-province-said-city': [
    { file: AWARDS, line: 11, column: 12, field: 'awards.2.level', code: 'award.level-mismatch', severity: 'warning', quote: '市级', hint: '级别通常就是省级' },
  ],
  'award-level-national-said-county': [
    { file: AWARDS, line: 11, column: 12, field: 'awards.2.level', code: 'award.level-mismatch', severity: 'warning', quote: '区县级', hint: '级别通常就是国家级' },
  ],
  'award-issuer-says-province': [
    { file: AWARDS, line: 11, column: 12, field: 'awards.2.level', code: 'award.issuer-level-mismatch', severity: 'warning', quote: '湖北省人民政府', hint: '“湖北省人民政府”颁发的是省级' },
  ],
  'published-before-period-ends': [
    { file: DOSSIER, line: 7, column: 12, field: 'published', code: 'dossier.published-before-period', severity: 'warning', quote: '2009-05-01', hint: '多半是其中一个年份打错了' },
  ],
  'award-years-name-disagrees': [
    { file: AWARDS, line: 10, column: 12, field: 'awards.2.years', code: 'award.years-mismatch', severity: 'warning', quote: '2010年度优秀党支部', hint: '把 years 改成正确的年份' },
  ],
  'award-years-only-in-title': [
    { file: AWARDS, line: 9, column: 12, field: 'awards.2.title', code: 'award.years-in-title', severity: 'warning', quote: '2009-2011年度市级文明单位', hint: '加一行 years: 2009-2011' },
  ],
  'award-years-list-out-of-order': [
    { file: AWARDS, line: 10, column: 12, field: 'awards.2.years', code: 'years.unordered', severity: 'warning', quote: '2012、2010、2011', hint: '2010-2012' },
  ],
  'award-years-text-list-out-of-order': [
    { file: AWARDS, line: 10, column: 12, field: 'awards.2.years', code: 'years.unordered', severity: 'warning', quote: '2012、2010', hint: '2010、2012' },
  ],
  'article-title-copied': [
    { file: 'content/management/demo/03-third.md', line: 2, column: 8, field: 'title', code: 'article.duplicate-title', severity: 'warning', quote: '一是强化职能定位', hint: '复制来的模板' },
  ],
  'article-number-gap': [
    { file: 'content/management/demo/04-fourth.md', code: 'order.gap', severity: 'warning', quote: '缺少 03', hint: '检查是否漏放了文章' },
  ],
  'heading-skips-level': [
    { file: SERVE, line: 11, column: 1, code: 'heading.jump', severity: 'warning', quote: '全年报送信息', hint: '### 全年报送信息' },
  ],
  'title-whole-paragraph': [
    { file: FIRST, line: 2, column: 8, field: 'title', code: 'field.too-long', severity: 'warning', quote: '一是强化职能定位，突出创新意识。坚持以区…', hint: '整段文字请放到正文里' },
  ],
  'title-quote-never-closed': [
    { file: SERVE, line: 2, column: 15, field: 'title', code: 'text.unpaired-mark', severity: 'warning', quote: '捕捉信息，当好“情报部', hint: '补上缺少的「”」' },
  ],
  'award-book-title-never-closed': [
    { file: AWARDS, line: 9, column: 12, field: 'awards.2.title', code: 'text.unpaired-mark', severity: 'warning', quote: '《中国文明网优秀通讯员', hint: '补上缺少的「》」' },
  ],
  'word-paste-html': [
    // One warning for the paste as a whole, with the way to paste plain text; then each piece the
    // sanitizer takes out, where it is.
    { file: CREATE, line: 5, column: 4, code: 'html.attribute-removed', severity: 'warning', quote: '<p> 的 class 属性', hint: 'style、class 不起作用' },
    { file: CREATE, line: 5, column: 4, code: 'html.word-leftovers', severity: 'warning', quote: '<o:p>、mso-、class="Mso…"', hint: '只保留文本' },
    { file: CREATE, line: 5, column: 20, code: 'html.attribute-removed', severity: 'warning', quote: '<p> 的 style 属性', hint: 'style、class 不起作用' },
    { file: CREATE, line: 5, column: 79, code: 'html.attribute-removed', severity: 'warning', quote: '<span> 的 style 属性', hint: 'style、class 不起作用' },
    { file: CREATE, line: 5, column: 148, code: 'html.element-unwrapped', severity: 'warning', quote: '<o:p> 标签', hint: '只留文字' },
  ],
  'word-image-temp-file': [
    { file: CREATE, line: 7, column: 32, code: 'link.local-file', quote: 'file:///C:/Users/admin/AppData/Local/Tem…', hint: './clip_image002.jpg' },
  ],
  'image-on-c-drive': [
    { file: FIRST, line: 9, column: 1, code: 'link.local-file', quote: 'C:\\Users\\admin\\Desktop\\合影.jpg', hint: '地址改成 ./合影.jpg' },
  ],
  'link-to-network-share': [
    { file: SECOND, line: 6, column: 4, code: 'link.local-file', quote: '\\192.168.1.10\\共享\\制度汇编.docx', hint: './制度汇编.docx' },
  ],
  'image-embedded-data': [
    { file: SERVE, line: 7, column: 7, code: 'html.url-removed', severity: 'warning', quote: 'data:image/png;base64,', hint: '嵌入数据（data:）在网站上无法打开' },
  ],
  'link-office-intranet': [
    { file: SERVE, line: 5, column: 12, code: 'link.intranet', severity: 'warning', quote: 'http://192.168.10.5/oa/notice.jsp?id=12', hint: '换成对外公开的网址' },
  ],
  // The site links a bare web address, so the check reads it as a link.
  'link-intranet-bare-address': [
    { file: SERVE, line: 5, column: 14, code: 'link.intranet', severity: 'warning', quote: 'http://192.168.10.5/oa/notice.jsp?id=12', hint: '换成对外公开的网址' },
  ],
  'link-intranet-host-name': [
    { file: CREATE, line: 5, column: 15, code: 'link.intranet', severity: 'warning', quote: 'http://oa/zhidu/', hint: '换成对外公开的网址' },
  ],
  'slug-uppercase': [
    ...MISSING_SECTIONS('Qinghe_Tax'),
    { file: 'content/dossiers/Qinghe_Tax.md', code: 'slug.not-address', severity: 'warning', quote: 'Qinghe_Tax', hint: '改名为 qinghe-tax' },
  ],
  'slug-differs-only-in-case': [
    { file: DOSSIER, code: 'slug.case-collision', severity: 'warning', quote: 'Demo', hint: '把其中一个改成别的名字' },
    ...MISSING_SECTIONS('Demo'),
    { file: 'content/dossiers/Demo.md', code: 'slug.not-address', severity: 'warning', quote: 'Demo', hint: '改名为 demo' },
  ],
  'article-name-uppercase': [
    { file: 'content/management/demo/03-ZuoFeng.md', code: 'article.name-not-address', severity: 'warning', quote: '03-ZuoFeng.md', hint: '改名为 03-zuofeng.md' },
  ],
  'article-name-chinese': [
    { file: 'content/management/demo/03-作风建设.md', code: 'article.name-not-address', severity: 'warning', quote: '03-作风建设.md', hint: '改名为 03-zuofeng-jianshe.md' },
  ],
};
