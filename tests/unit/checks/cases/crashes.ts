import type { ExpectedDiagnostic } from './expected.ts';
import { AWARDS, DOSSIER, SECOND } from './expected.ts';

/**
 * Group 1: inputs that used to crash the checker or pass it and then fail the build. Each folder
 * under tests/fixtures/content is one case; the agreement test builds every one of them.
 */
export const CRASH_CASES: Record<string, ExpectedDiagnostic[]> = {
  // Files that are not text at all, named for what they are.
  'binary-png-as-article': [
    { file: 'content/management/demo/03-zhaopian.md', code: 'file.image', quote: '03-zhaopian.md', hint: '![图片说明](./03-zhaopian.png)' },
  ],
  'binary-jpg-as-overview': [{ file: DOSSIER, code: 'file.image', quote: 'JPG 图片', hint: 'demo.jpg' }],
  'binary-docx-as-article': [
    { file: 'content/service/demo/02-fuwu.md', code: 'file.word-document', quote: '.docx', hint: 'npm run import' },
  ],
  'binary-wps-as-article': [
    { file: 'content/creation/demo/02-chuangjian.md', code: 'file.word-document', quote: '.doc / .wps', hint: '另存为' },
  ],
  'binary-rtf-as-article': [
    { file: 'content/management/demo/03-zhidu.md', code: 'file.word-document', quote: '.rtf', hint: '.docx' },
  ],
  // The award list cannot be read, so links to its awards and years are unsure rather than broken.
  'binary-pdf-as-awards': [
    { file: AWARDS, code: 'file.pdf', quote: 'PDF', hint: '[附件名称](./demo.pdf)' },
    { file: DOSSIER, line: 9, column: 38, code: 'link.unsure', severity: 'warning', quote: '/demo/achievements/#award-01', hint: '先改正 content/achievements/demo.md' },
    { file: SECOND, line: 6, column: 12, code: 'link.unsure', severity: 'warning', quote: '/awards/2010/', hint: '先改正 content/achievements/demo.md' },
  ],
  // Values that start with a character YAML reads as syntax: one located error each, with the
  // quoting that fixes it, never a stack trace (the alias used to crash the checker) and never a
  // silently changed value (a leading &… used to vanish).
  'yaml-value-starts-with-star': [{ file: 'content/management/demo/03-trap.md', line: 2, column: 8, field: 'title', code: 'yaml.needs-quotes', quote: '*重要*创建纪实', hint: 'title: "*重要*创建纪实"' }],
  'yaml-value-starts-with-ampersand': [{ file: 'content/management/demo/03-trap.md', line: 2, column: 8, field: 'title', code: 'yaml.needs-quotes', quote: '&创建 纪实', hint: 'title: "&创建 纪实"' }],
  'yaml-value-starts-with-exclamation': [{ file: 'content/management/demo/03-trap.md', line: 2, column: 8, field: 'title', code: 'yaml.needs-quotes', quote: '!重要 创建纪实', hint: 'title: "!重要 创建纪实"' }],
  'yaml-value-starts-with-at': [{ file: 'content/management/demo/03-trap.md', line: 2, column: 8, field: 'title', code: 'yaml.needs-quotes', quote: '@全体职工 倡议书', hint: 'title: "@全体职工 倡议书"' }],
  'yaml-value-starts-with-backtick': [{ file: 'content/management/demo/03-trap.md', line: 2, column: 8, field: 'title', code: 'yaml.needs-quotes', quote: '`文明`创建纪实', hint: 'title: "`文明`创建纪实"' }],
  'yaml-value-starts-with-bracket': [{ file: 'content/management/demo/03-trap.md', line: 2, column: 8, field: 'title', code: 'yaml.needs-quotes', quote: '[2019] 年度工作纪实', hint: 'title: "[2019] 年度工作纪实"' }],
  'yaml-value-bracket-never-closed': [{ file: 'content/management/demo/03-trap.md', line: 2, column: 8, field: 'title', code: 'yaml.needs-quotes', quote: '[2019年度工作纪实', hint: 'title: "[2019年度工作纪实"' }],
  'yaml-value-starts-with-brace': [{ file: 'content/management/demo/03-trap.md', line: 2, column: 8, field: 'title', code: 'yaml.needs-quotes', quote: '{重要} 工作纪实', hint: 'title: "{重要} 工作纪实"' }],
  'yaml-value-starts-with-pipe': [{ file: 'content/management/demo/03-trap.md', line: 2, column: 8, field: 'title', code: 'yaml.needs-quotes', quote: '| 文明清风', hint: 'title: "| 文明清风"' }],
  'yaml-value-starts-with-greater-than': [{ file: 'content/management/demo/03-trap.md', line: 2, column: 8, field: 'title', code: 'yaml.needs-quotes', quote: '> 文明清风', hint: 'title: "> 文明清风"' }],
  'yaml-value-starts-with-percent': [{ file: 'content/management/demo/03-trap.md', line: 2, column: 8, field: 'title', code: 'yaml.needs-quotes', quote: '%100 满意 服务窗口', hint: 'title: "%100 满意 服务窗口"' }],
  'yaml-value-starts-with-dash': [{ file: 'content/management/demo/03-trap.md', line: 2, column: 8, field: 'title', code: 'yaml.needs-quotes', quote: '- 文明创建', hint: 'title: "- 文明创建"' }],
  'yaml-colon-space-in-value': [
    { file: 'content/management/demo/03-trap.md', line: 2, column: 11, field: 'title', code: 'yaml.needs-quotes', quote: '管理篇: 建体系夯基础', hint: 'title: "管理篇: 建体系夯基础"' },
  ],
  'yaml-unit-colon-in-value': [
    { file: DOSSIER, line: 3, column: 15, field: 'subtitle', code: 'yaml.needs-quotes', quote: '示例单位: 创建文明单位纪实', hint: 'subtitle: "示例单位: 创建文明单位纪实"' },
  ],
  'yaml-award-title-star': [
    { file: AWARDS, line: 6, column: 12, field: 'title', code: 'yaml.needs-quotes', quote: '*先进*基层党组织', hint: 'title: "*先进*基层党组织"' },
  ],
  // Text after " #" is a YAML comment: the title keeps only what is before it.
  'yaml-hash-drops-text': [
    { file: 'content/management/demo/03-trap.md', line: 2, column: 12, field: 'title', code: 'yaml.comment-in-value', severity: 'warning', quote: '第1名 #优秀', hint: 'title: "第1名 #优秀"' },
  ],
  // Values YAML 1.1 would read as a date and a yes/no are the text they look like, in the check
  // and the build alike.
  'title-looks-like-a-date-accepted': [],
  'binary-xlsx-as-article': [
    { file: 'content/management/demo/03-biaoge.md', code: 'file.binary', quote: 'XLSX', hint: '03-biaoge.xlsx' },
  ],
};
