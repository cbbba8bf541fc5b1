/** Messages of the Word/Markdown/text importer (`npm run import`). */
import type { MessageEntry } from '../values.ts';

export const IMPORT_MESSAGES = {
  'import.no-title': {
    zh: '没有找到纪实的标题',
    en: 'no dossier title was found',
    hintZh: '标题应是“——……纪实”副标题前的一行；Markdown 可写成 `# 标题`。',
    hintEn: 'The title is the line before the "——…纪实" subtitle; in Markdown it may be a `# heading`.',
  },
  'import.no-subtitle': {
    zh: '没有找到“——……纪实”副标题',
    en: 'no "——…纪实" subtitle was found',
    hintZh: '在标题下一行写上以“——”开头的副标题。',
    hintEn: 'Put the subtitle, starting with "——", on the line after the title.',
  },
  'import.no-unit': {
    zh: '无法从副标题“{{subtitle}}”得出单位名称',
    en: 'could not tell the unit from the subtitle "{{subtitle}}"',
    hintZh: '用 --unit 指定单位，例如 --unit 黄州区政府办公室。',
    hintEn: 'Name the unit with --unit, e.g. --unit 黄州区政府办公室.',
  },
  'import.no-preface': {
    zh: '标题和第一篇之间没有前言',
    en: 'there is no preface between the title and the first section',
    hintZh: '前言的第一句会成为首页摘要；请在原文中补上前言。',
    hintEn: 'The first sentence of the preface becomes the summary; add a preface to the source.',
  },
  'import.no-sections': {
    zh: '没有找到管理篇、服务篇、创建篇或成就篇',
    en: 'none of the sections 管理篇, 服务篇, 创建篇, 成就篇 was found',
    hintZh: '篇名单独成行，例如“管理篇”“一、管理篇”或 Markdown 的 `## 管理篇`。',
    hintEn: 'Put each section heading on a line of its own: 管理篇, 一、管理篇 or `## 管理篇`.',
  },
  'import.sentence-lost': {
    zh: '原文的这句话没有出现在导入结果中：“{{sentence}}”（{{where}}）',
    en: 'this sentence of the source is missing from the result: "{{sentence}}" ({{where}})',
    hintZh: '这是导入程序的错误，没有写入任何文件。请把原文和这条信息报告给维护者。',
    hintEn: 'This is an importer bug and nothing was written. Report it with the source file.',
  },
  'import.sentence-duplicated': {
    zh: '这句话在导入结果中出现的次数比原文多：“{{sentence}}”（{{files}}）',
    en: 'this sentence appears more often in the result than in the source: "{{sentence}}" ({{files}})',
    hintZh: '这是导入程序的错误，没有写入任何文件。请把原文和这条信息报告给维护者。',
    hintEn: 'This is an importer bug and nothing was written. Report it with the source file.',
  },
  'import.award-lost': {
    zh: '奖项“{{item}}”没有完整地写入荣誉列表（{{where}}）',
    en: 'the award "{{item}}" did not fully reach the award list ({{where}})',
    hintZh: '这是导入程序的错误，没有写入任何文件。请把原文和这条信息报告给维护者。',
    hintEn: 'This is an importer bug and nothing was written. Report it with the source file.',
  },
  'import.year-implausible': {
    zh: '奖项“{{award}}”的年份“{{original}}”不可能正确，暂按 {{used}} 导入，原文保留在 note 中',
    en: 'award "{{award}}": the year "{{original}}" cannot be right; imported as {{used}}, the original kept in note',
    hintZh: '核对原件；确认后改正 years，并按需要保留或删除 note。',
    hintEn: 'Check the original document, then correct years and keep or drop the note.',
  },
  'import.year-unreadable': {
    zh: '奖项“{{award}}”的年份“{{original}}”无法识别，未填 years，原文保留在 note 中',
    en: 'award "{{award}}": the year "{{original}}" could not be read; years left out, the original kept in note',
    hintZh: '核对原件后补上 years。',
    hintEn: 'Check the original document and fill in years.',
  },
  'import.dossier-exists': {
    zh: '纪实“{{slug}}”已经存在（已有 {{files}} 个文件），没有覆盖',
    en: 'the dossier "{{slug}}" already exists ({{files}} files); nothing was overwritten',
    hintZh: '换一个 --slug，或加 --force 覆盖（原文件会备份到 {{backup}}）。',
    hintEn: 'Choose another --slug, or add --force to replace it (the old files are backed up to {{backup}}).',
  },
  'import.unsupported-format': {
    zh: '不支持的文件类型“{{ext}}”',
    en: 'unsupported file type "{{ext}}"',
    hintZh: '可导入 .docx、.md 和 .txt 文件；旧的 .doc 请先用 Word 另存为 .docx。',
    hintEn: 'Import .docx, .md or .txt; save an old .doc as .docx in Word first.',
  },
} as const satisfies Record<string, MessageEntry>;
