import type { ExpectedDiagnostic } from './expected.ts';
import { AWARDS, DOSSIER, SECOND } from './expected.ts';

/**
 * Group 5: messages a non-programmer can act on: the value quoted as written, the field named, a
 * hint that says what to type (and never suggests a name that is itself invalid).
 */
export const MESSAGE_CASES: Record<string, ExpectedDiagnostic[]> = {
  'order-decimal': [{ file: SECOND, line: 4, column: 8, field: 'order', code: 'field.integer', quote: '1.5', hint: 'order: 2' }],
  'order-chinese-numeral': [{ file: SECOND, line: 4, column: 8, field: 'order', code: 'field.not-number', quote: '三', hint: 'order: 3' }],
  'order-negative': [{ file: SECOND, line: 4, column: 8, field: 'order', code: 'field.too-small', quote: '-1', hint: '不小于 0' }],
  'title-is-a-number': [
    { file: 'content/management/demo/03-nian.md', line: 2, column: 8, field: 'title', code: 'field.not-text', quote: '2012', hint: 'title: "2012"' },
  ],
  'title-is-true': [
    { file: 'content/management/demo/03-shi.md', line: 2, column: 8, field: 'title', code: 'field.not-text', quote: 'true', hint: 'title: "true"' },
  ],
  'published-chinese-date': [
    { file: DOSSIER, line: 7, column: 12, field: 'published', code: 'date.invalid', quote: '2012年1月10日', hint: '是否想写 2012-01-10？' },
  ],
  'level-unknown-no-guess': [
    { file: AWARDS, line: 11, column: 12, field: 'awards.2.level', code: 'level.unknown', quote: '优秀', hint: '可用的级别：国家级、省级、市级、区县级、乡镇级、单位内部。' },
  ],
  // The forms the site itself prints, and Chinese ways of writing a range, are read as meant.
  'years-list-as-printed-accepted': [],
  'period-chinese-range-accepted': [],
  // A 地区 is a prefecture: 市级.
  'level-prefecture-accepted': [],
  // Indentation typed with tabs, full-width or no-break spaces: one error, at the first such line,
  // however many lines have it, and nothing about the lines it displaced.
  'yaml-tabs-indent-award-list': [{ file: AWARDS, line: 3, column: 1, code: 'yaml.tab', quote: '第 3 行起共 6 行', hint: '每层两个空格' }],
  'yaml-one-tab-among-spaces': [{ file: AWARDS, line: 5, column: 1, code: 'yaml.tab', quote: '第 5 行用 Tab 键缩进', hint: '把行首的 Tab 换成空格' }],
  'yaml-full-width-spaces-indent-award-list': [
    { file: AWARDS, line: 3, column: 1, code: 'yaml.odd-space', quote: '全角空格（U+3000）', hint: '换成半角空格' },
  ],
  'yaml-nbsp-indent-from-web': [{ file: AWARDS, line: 5, column: 1, code: 'yaml.odd-space', quote: '不换行空格（U+00A0）', hint: '从 Word 或网页复制的缩进' }],
  // A full-width colon does not hide the other awards' problems.
  'yaml-full-width-colon-among-award-errors': [
    { file: AWARDS, line: 3, column: 10, field: 'title', code: 'yaml.full-width-colon', quote: 'title', hint: '把“title：”改成“title: ”' },
    { file: AWARDS, line: 10, column: 12, field: 'awards.2.years', code: 'years.not-a-year', quote: '20011', hint: '是否想写 2011？' },
    { file: AWARDS, line: 13, column: 12, field: 'awards.3.years', code: 'years.reversed', quote: '2012-2010', hint: '2010-2012' },
  ],
  // A number typed loosely before the name keeps its place; the suggested name is valid.
  'file-number-then-space': [
    { file: 'content/management/demo/05 kongge.md', code: 'file.name-spaces', severity: 'warning', quote: '05 kongge.md', hint: '05-kongge.md' },
    { file: 'content/management/demo/05 kongge.md', line: 1, column: 1, field: 'order', code: 'order.missing', quote: '05 kongge.md', hint: '改名为 05-kongge.md' },
  ],
  'file-number-then-underscore': [
    { file: 'content/management/demo/03_zhidu.md', line: 1, column: 1, field: 'order', code: 'order.missing', quote: '03_zhidu.md', hint: '改名为 03-zhidu.md' },
  ],
  'file-number-full-width': [
    { file: 'content/management/demo/０３-zhidu.md', line: 1, column: 1, field: 'order', code: 'order.missing', quote: '０３-zhidu.md', hint: '改名为 03-zhidu.md' },
  ],
};
