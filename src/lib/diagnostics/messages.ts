/**
 * Every message an editor can meet, in Chinese (the default) and English. `{{name}}` placeholders
 * are filled from a diagnostic's values. A message says what is wrong; its hint says how to fix it.
 */
export const MESSAGES = {
  // Front matter fields (from the schemas)
  'field.required': {
    zh: '缺少必填字段',
    en: 'this required field is missing',
    hintZh: '在文件开头的 --- 之间加上一行 `{{field}}: …`。',
    hintEn: 'Add a line `{{field}}: …` between the --- lines at the top of the file.',
  },
  'field.empty': {
    zh: '字段不能为空',
    en: 'this field must not be empty',
    hintZh: '在冒号后面填写内容，或删除这一行（仅限可选字段）。',
    hintEn: 'Write a value after the colon, or remove the line if the field is optional.',
  },
  'field.type': {
    zh: '类型不对：应为{{expected}}，实际是{{received}}',
    en: 'wrong type: expected {{expectedEn}}, got {{receivedEn}}',
    hintZh: '检查这一行的写法，参见 README 的编辑指南。',
    hintEn: "Check how the value is written; see the README's editor guide.",
  },
  'field.too-small': {
    zh: '数值太小：最小为 {{minimum}}',
    en: 'value too small: the minimum is {{minimum}}',
    hintZh: '改成不小于 {{minimum}} 的数。',
    hintEn: 'Use a number of at least {{minimum}}.',
  },
  'field.too-big': {
    zh: '数值太大：最大为 {{maximum}}',
    en: 'value too large: the maximum is {{maximum}}',
    hintZh: '改成不大于 {{maximum}} 的数。',
    hintEn: 'Use a number of at most {{maximum}}.',
  },
  'field.format': {
    zh: '格式不对：“{{given}}”',
    en: 'badly formed value "{{given}}"',
    hintZh: '参见 README 编辑指南中这个字段的示例。',
    hintEn: "See this field's example in the README's editor guide.",
  },
  'field.integer': {
    zh: '应为整数，实际是 {{given}}',
    en: 'must be a whole number, got {{given}}',
    hintZh: '去掉小数部分，例如写成 3。',
    hintEn: 'Drop the fraction, e.g. write 3.',
  },

  // Award years and levels
  'years.not-a-year': {
    zh: '奖项“{{award}}”的年份“{{given}}”不是四位数年份',
    en: 'award "{{award}}": "{{given}}" is not a four-digit year',
    hintZh: '年份写成四位数字，如 2010、2009-2011 或 [2010, 2011]。{{suggestionZh}}',
    hintEn: 'Write years as four digits: 2010, 2009-2011 or [2010, 2011]. {{suggestionEn}}',
  },
  'years.out-of-range': {
    zh: '奖项“{{award}}”的年份 {{given}} 超出范围（{{min}}–{{max}}）',
    en: 'award "{{award}}": year {{given}} is outside {{min}}–{{max}}',
    hintZh: '核对原文中的年份。',
    hintEn: 'Check the year against the source document.',
  },
  'years.reversed': {
    zh: '奖项“{{award}}”的年份范围“{{given}}”前后颠倒',
    en: 'award "{{award}}": the range "{{given}}" runs backwards',
    hintZh: '把较早的年份写在前面：{{to}}-{{from}}。',
    hintEn: 'Put the earlier year first: {{to}}-{{from}}.',
  },
  'years.duplicate': {
    zh: '奖项“{{award}}”的年份列表“{{given}}”中 {{year}} 重复出现',
    en: 'award "{{award}}": {{year}} appears twice in "{{given}}"',
    hintZh: '每个年份只写一次。',
    hintEn: 'List each year once.',
  },
  'level.unknown': {
    zh: '奖项“{{award}}”的级别“{{given}}”不在允许范围内',
    en: 'award "{{award}}": unknown level "{{given}}"',
    hintZh: '可用的级别：{{allowed}}。是否想写“{{nearest}}”？',
    hintEn: 'Allowed levels: {{allowed}}. Did you mean "{{nearest}}"?',
  },
} as const satisfies Record<string, { zh: string; en: string; hintZh: string; hintEn: string }>;

/** The key of a message in {@link MESSAGES}. */
export type MessageCode = keyof typeof MESSAGES;

/** The languages diagnostics are written in; Chinese first. */
export type DiagnosticLang = 'zh' | 'en';

/** Names of value types in both languages, for `field.type`. */
export const TYPE_NAMES: Record<string, { zh: string; en: string }> = {
  string: { zh: '文字', en: 'text' },
  number: { zh: '数字', en: 'a number' },
  boolean: { zh: '是/否（true/false）', en: 'true or false' },
  array: { zh: '列表', en: 'a list' },
  object: { zh: '一组字段', en: 'a group of fields' },
  date: { zh: '日期（如 2024-12-25）', en: 'a date (like 2024-12-25)' },
  null: { zh: '空值', en: 'nothing' },
  undefined: { zh: '空值', en: 'nothing' },
};
