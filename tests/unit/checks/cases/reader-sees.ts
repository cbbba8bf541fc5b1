import type { ExpectedDiagnostic } from './expected.ts';
import { AWARDS, CREATE, DOSSIER, FIRST, SECOND, SERVE } from './expected.ts';

// Every achievements case below that empties the award list also breaks the base site's links to
// award-01 and to the 2010 page: the check says so, as the build would show.
const AWARD_LINKS_BROKEN: ExpectedDiagnostic[] = [
  { file: DOSSIER, line: 9, column: 38, code: 'link.anchor', severity: 'warning', quote: '#award-01', hint: '荣誉编号' },
  { file: SECOND, line: 6, column: 12, code: 'link.broken', quote: '/awards/2010/', hint: '站内链接写成网站地址' },
];

/**
 * Group 2: content that would reach the reader differently from how it was written (control
 * characters, blank bodies, folders the site never reads, markup shown as typed).
 */
export const READER_SEES_CASES: Record<string, ExpectedDiagnostic[]> = {
  // Control characters from Word (manual line break, page break) and pasted text.
  'control-vertical-tab-body': [
    { file: SECOND, line: 6, column: 9, code: 'text.control-character', quote: '队伍建设是根本。[U+000B]全年组织集中学习24次', hint: 'U+000B 是 Word 的手动换行符' },
  ],
  'control-bell-in-title': [
    { file: SERVE, line: 2, column: 12, field: 'title', code: 'text.control-character', quote: '捕捉信息[U+0007]，当好', hint: '直接删去' },
  ],
  'control-page-break-body': [
    { file: CREATE, line: 7, column: 1, code: 'text.control-character', quote: '[U+000C]', hint: 'U+000C 是分页符' },
  ],
  // Bodies that look written but show nothing.
  'body-only-full-width-spaces': [
    { file: 'content/management/demo/03-kongbai.md', line: 5, column: 1, code: 'body.blank', quote: 'U+3000', hint: '全角空格（U+3000）' },
  ],
  'body-only-nbsp': [
    { file: 'content/service/demo/02-daiding.md', line: 5, column: 1, code: 'body.blank', quote: 'U+00A0', hint: '&nbsp;（U+00A0）都不算文字' },
  ],
  'achievements-empty-file': [
    { file: AWARDS, line: 1, column: 1, code: 'achievements.empty', severity: 'warning', quote: 'demo', hint: '写 awards: 荣誉列表' },
    ...AWARD_LINKS_BROKEN,
  ],
  'achievements-awards-in-body': [
    { file: AWARDS, line: 1, column: 1, code: 'achievements.no-awards', severity: 'warning', quote: 'demo', hint: '正文里的荣誉不会进入荣誉榜' },
    ...AWARD_LINKS_BROKEN,
  ],
  // The site prints the dash before a subtitle itself.
  'subtitle-leading-dashes': [
    { file: DOSSIER, line: 3, column: 11, field: 'subtitle', code: 'subtitle.dash', severity: 'warning', quote: '——示例单位创建文明单位纪实', hint: 'subtitle: 示例单位创建文明单位纪实' },
  ],
  'subtitle-leading-hyphens': [
    { file: DOSSIER, line: 3, column: 11, field: 'subtitle', code: 'subtitle.dash', severity: 'warning', quote: '--示例单位创建文明单位纪实', hint: '删掉开头的 --' },
  ],
  // Articles in folders the site never reads vanish: errors that name the folder meant.
  'section-folder-misspelt': [{ file: 'content/servise/', code: 'folder.misspelt', quote: 'servise', hint: '改名为 service' }],
  'section-folder-chinese': [{ file: 'content/管理篇/', code: 'folder.misspelt', quote: '管理篇', hint: '改名为 management' }],
  'section-folder-capitalised': [{ file: 'content/Creation/', code: 'folder.misspelt', quote: 'Creation', hint: '改名为 creation' }],
  'section-and-dossier-swapped': [
    { file: 'content/demo/service/02-diaoyan.md', code: 'file.misplaced', quote: 'demo/service/02-diaoyan.md', hint: '移动到 content/service/demo/02-diaoyan.md' },
  ],
  'article-without-dossier-folder': [
    { file: 'content/management/03-lianzheng.md', code: 'file.misplaced', quote: 'management/03-lianzheng.md', hint: 'content/management/demo/03-lianzheng.md' },
  ],
  'dossier-folder-typo-suggested': [
    { file: 'content/creation/dmeo/', code: 'dossier.missing-overview', quote: 'dmeo', hint: '是否想写 demo？' },
  ],
  // Bold lead sentences as Word, WPS and Typora write them are bold on the page: nothing to say.
  'bold-lead-sentence-accepted': [],
  // GitHub's Markdown as the site renders it: a footnote is no link, `~~` is struck through, and a
  // single `~` between numbers is a range, shown as typed.
  'footnotes-tables-ranges-accepted': [],
  'bold-never-closed': [
    { file: 'content/management/demo/03-banzi.md', line: 5, column: 1, code: 'markdown.literal-markup', severity: 'warning', quote: '**一是抓班子带队伍', hint: '在同一段里闭合' },
  ],
  'bold-spaces-inside': [
    { file: 'content/service/demo/02-rexian.md', line: 5, column: 18, code: 'markdown.literal-markup', severity: 'warning', quote: '** 办结率 100%', hint: '中间不留空格' },
  ],
  // Markdown typed with a Chinese input method, or a # without its space, shows as typed.
  'heading-full-width-hash': [
    { file: SERVE, line: 7, column: 1, code: 'markdown.typed-markup', severity: 'warning', quote: '＃＃ 一、信息工作', hint: '## 一、信息工作' },
  ],
  'heading-without-space': [
    { file: SERVE, line: 7, column: 1, code: 'markdown.typed-markup', severity: 'warning', quote: '##一、信息工作', hint: '## 一、信息工作' },
  ],
  'link-full-width-brackets': [
    { file: SECOND, line: 6, column: 12, code: 'markdown.typed-markup', severity: 'warning', quote: '[服务篇文章]（/demo/service/#serve）', hint: '[服务篇文章](/demo/service/#serve)' },
  ],
  'bold-full-width-stars': [
    { file: CREATE, line: 5, column: 1, code: 'markdown.typed-markup', severity: 'warning', quote: '＊＊一是健全机构。＊＊', hint: '**一是健全机构。**' },
  ],
  'list-with-full-width-dash': [
    { file: CREATE, line: 7, column: 1, code: 'markdown.typed-markup', severity: 'warning', quote: '－ 有机构', hint: '- 有机构' },
  ],
  // A value wrapped over two lines is joined with a space that shows between Chinese characters.
  'title-wrapped-over-two-lines': [
    { file: FIRST, line: 2, column: 8, field: 'title', code: 'field.wrapped', severity: 'warning', quote: '一是强化职能定位， 突出创新意识', hint: '一是强化职能定位，突出创新意识' },
  ],
  'notepad-joined-paragraphs': [
    { file: 'content/creation/demo/02-aixin.md', line: 6, column: 1, code: 'body.joined-lines', severity: 'warning', quote: '办公室组织干部职工为灾区', hint: '段落之间空一行' },
  ],
  'link-address-with-space': [
    { file: SECOND, line: 6, column: 8, code: 'link.not-read', severity: 'warning', quote: '[年度报告](./年度 报告.pdf)', hint: '[年度报告](<./年度 报告.pdf>)' },
  ],
  'html-href-with-space': [
    { file: SERVE, line: 7, column: 10, code: 'link.space', severity: 'warning', quote: 'https://www.hgzf.gov.cn/files/2019 工作总结.pdf', hint: '%20' },
  ],
  // A zero-width space after a level is read past, and named by its code point, never printed raw.
  'level-with-zero-width-space': [
    { file: AWARDS, line: 11, column: 14, field: 'awards.2.level', code: 'field.invisible', severity: 'warning', quote: '市级[U+200B]', hint: '删掉这个值重新输入' },
  ],
};
