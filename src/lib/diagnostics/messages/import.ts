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
  'import.unreadable': {
    zh: '无法读取这个文件：{{reason}}',
    en: 'this file could not be read: {{reason}}',
    hintZh: '确认文件没有损坏、没有加密；Word 文件请用 Word 打开后另存为 .docx 再导入。',
    hintEn: 'Check that the file is not damaged or encrypted; open a Word file in Word and save it as .docx again.',
  },
  'import.doubt-intro': {
    zh: '{{section}}的“{{excerpt}}”按引言处理，但它也像一篇文章的开头（标题会是“{{title}}”）',
    en: '{{sectionEn}}: "{{excerpt}}" was taken for the introduction, but it also reads like the opening of an article (titled "{{title}}")',
    hintZh: '核对这一段：如果它是一篇文章，把导入后的引言文件改成文章（加上 title 字段），或在原文中把标题单独成段后重新导入。',
    hintEn: 'Check this paragraph: if it is an article, turn the imported introduction into an article (add a title field), or put its headline on a line of its own and import again.',
  },
  'import.doubt-continuation': {
    zh: '{{section}}的“{{excerpt}}”接在上一篇“{{previous}}”之后，但它也像一篇新文章的开头（标题会是“{{title}}”）',
    en: '{{sectionEn}}: "{{excerpt}}" was taken as more of the article "{{previous}}", but it also reads like the opening of a new article (titled "{{title}}")',
    hintZh: '核对这一段：如果它是新的一篇，在原文中把它的标题写成和其他文章一样的形式（如“一是”、加粗或单独成段），再重新导入。',
    hintEn: 'Check this paragraph: if it opens a new article, write its headline the way the other articles do (一是…, bold, or on a line of its own) and import again.',
  },
  'import.doubt-article-or-intro': {
    zh: '{{section}}的“{{title}}”按一篇文章的标题处理，但这一段也可能是本篇的引言',
    en: '{{sectionEn}}: "{{title}}" was taken for an article title, but the paragraph may be the introduction',
    hintZh: '核对这篇文章：如果它是引言，把它的正文移到本篇的 index.md 中并删除这篇文章。',
    hintEn: 'Check this article: if it is the introduction, move its text into the section\'s index.md and remove the article.',
  },
  'import.doubt-article-or-continuation': {
    zh: '{{section}}的“{{title}}”按一篇新文章的标题处理，但这一段也可能是上一篇“{{previous}}”的续段',
    en: '{{sectionEn}}: "{{title}}" was taken for the title of a new article, but the paragraph may continue the article "{{previous}}"',
    hintZh: '核对这篇文章：如果它是上一篇的续段，把它的正文移到上一篇的末尾并删除这篇文章。',
    hintEn: 'Check this article: if it continues the one before, move its text to the end of that article and remove it.',
  },
  'import.doubt-award-in': {
    zh: '“{{excerpt}}”按一项荣誉导入，但它也可能不是荣誉',
    en: '"{{excerpt}}" was imported as an award, but it may not be one',
    hintZh: '核对成就篇的 awards 列表；不是荣誉的，把它移到正文中荣誉表的前面或后面。',
    hintEn: 'Check the awards list of the achievements file; move anything that is not an award into the body, before or after the award table.',
  },
  'import.doubt-award-out': {
    zh: '“{{excerpt}}”像一项荣誉，但不在荣誉列表中，按{{part}}处理',
    en: '"{{excerpt}}" looks like an award but is not in the award list; it was kept in the {{partEn}}',
    hintZh: '核对成就篇：如果它是荣誉，把它加到 awards 列表中，并从正文中删除。原文中荣誉最好连续列出，中间不夹其他文字。',
    hintEn: 'Check the achievements file: if it is an award, add it to the awards list and remove it from the body. List awards together in the source, with nothing in between.',
  },
  'import.no-articles': {
    zh: '{{section}}中没有识别出文章，整篇按引言处理',
    en: 'no article was recognised in the {{sectionEn}} section; all of it was taken for the introduction',
    hintZh: '文章的标题应单独成段，或写成“一是……。”、加粗的首句、小标题等形式。',
    hintEn: 'Put each article\'s headline on a line of its own, or open it with 一是…。, a bold first sentence or a sub-heading.',
  },
  'import.no-awards': {
    zh: '{{section}}中没有找到荣誉列表，整篇按引言处理',
    en: 'no award list was found in the {{sectionEn}} section; all of it was taken for the introduction',
    hintZh: '每项荣誉单独成行（可用“——”、项目符号、编号或表格），年份写在前面或写在末尾的括号里，如“2019年度市级文明单位”。',
    hintEn: 'Put each award on a line of its own (with ——, bullets, numbers or a table), its years first or in brackets at the end: 2019年度市级文明单位.',
  },
  'import.section-missing': {
    zh: '没有找到{{section}}',
    en: 'no {{sectionEn}} section was found',
    hintZh: '找到了别的篇，却没有这一篇：它的内容可能被并进了前一篇或前言。核对原文的篇名是否单独成段、是否写错，改好后重新导入。',
    hintEn: 'Other sections were found, but not this one: its content may have gone into the section before it or into the preface. Check that its heading stands on a line of its own and is spelt right, then import again.',
  },
  'import.section-repeated': {
    zh: '“{{section}}”出现了两次，后一次的内容接在前面的同名篇之后',
    en: 'the section heading {{sectionEn}} appears twice; the second one\'s content was added to the first',
    hintZh: '核对原文的篇名是否写错。',
    hintEn: 'Check whether a section heading is mistyped in the source.',
  },
  'import.not-carried-footnote': {
    zh: '脚注没有导入：“{{text}}”',
    en: 'a footnote was not imported: "{{text}}"',
    hintZh: '网站的文章没有脚注。需要时把它写进正文，例如放在括号里。',
    hintEn: 'Articles on the site have no footnotes; if it matters, write it into the text, for example in brackets.',
  },
  'import.not-carried-endnote': {
    zh: '尾注没有导入：“{{text}}”',
    en: 'an endnote was not imported: "{{text}}"',
    hintZh: '网站的文章没有尾注。需要时把它写进正文。',
    hintEn: 'Articles on the site have no endnotes; if it matters, write it into the text.',
  },
  'import.not-carried-text-box': {
    zh: 'Word 文本框没有导入：“{{text}}”',
    en: 'a Word text box was not imported: "{{text}}"',
    hintZh: '文本框的位置无法确定。需要时把这段文字放到合适的文章中。',
    hintEn: 'A text box has no place in the flow of the text; if it matters, put its text into the right article.',
  },
  'import.not-carried-chart': {
    zh: 'Word 图表没有导入：{{text}}',
    en: 'a Word chart was not imported: {{text}}',
    hintZh: '在 Word 中把图表另存为图片（右键 → 另存为图片），放到文章旁边，在文章中引用它（写法见编辑指南“链接、图片和 HTML”）。',
    hintEn: 'Save the chart as a picture in Word (right-click → Save as Picture), put it next to the article and link it from the text (see the editor guide on links and pictures).',
  },
  'import.not-carried-smart-art': {
    zh: 'Word SmartArt 图形没有导入',
    en: 'a Word SmartArt graphic was not imported',
    hintZh: '在 Word 中把它另存为图片，放到文章旁边，在文章中引用它（写法见编辑指南“链接、图片和 HTML”）。',
    hintEn: 'Save it as a picture in Word, put it next to the article and link it from the text (see the editor guide on links and pictures).',
  },
  'import.not-carried-embedded-object': {
    zh: '嵌入的对象（如 Excel 表格）没有导入',
    en: 'an embedded object (an Excel sheet, for example) was not imported',
    hintZh: '把其中的内容复制为 Word 表格或另存为图片后重新导入，或作为附件放在文章旁边。',
    hintEn: 'Paste its content as a Word table or a picture and import again, or keep the file next to the article as an attachment.',
  },
  'import.not-carried-code': {
    zh: '代码块没有导入：“{{text}}”',
    en: 'a code block was not imported: "{{text}}"',
    hintZh: '纪实正文不使用代码块。需要时把这段文字作为普通段落写进原文。',
    hintEn: 'Dossiers have no code blocks; write the text as a normal paragraph if it matters.',
  },
  'import.not-carried-html': {
    zh: 'HTML 片段没有导入：“{{text}}”',
    en: 'a piece of HTML was not imported: "{{text}}"',
    hintZh: '导入只读取文字。需要时在导入后的文件中手工加上。',
    hintEn: 'The importer reads text only; add it by hand to the imported file if it matters.',
  },
  'import.not-carried-image-missing': {
    zh: '找不到图片“{{text}}”，没有导入',
    en: 'the picture "{{text}}" was not found and was not imported',
    hintZh: '图片路径相对于导入的 Markdown 文件。把图片放到那里后重新导入。',
    hintEn: 'Picture paths are relative to the Markdown file being imported; put the picture there and import again.',
  },
  'import.image-not-web': {
    zh: '图片 {{file}} 是 {{type}} 格式，浏览器无法显示',
    en: 'the picture {{file}} is {{type}}, which browsers cannot show',
    hintZh: '在 Word 中把这张图片另存为 PNG 或 JPG，替换导入的文件并改好链接。',
    hintEn: 'Save the picture as PNG or JPG in Word, replace the imported file and fix the link.',
  },
  'import.same-dossier': {
    zh: '同一篇纪实（“{{title}}”，{{unit}}）已经以“{{other}}”为名导入过',
    en: 'the same dossier ("{{title}}", {{unit}}) was already imported as "{{other}}"',
    hintZh: '要更新原来的纪实，用 --slug {{other}} --force；确实要再导入一份，请改掉其中一份的标题或单位。',
    hintEn: 'To update the existing dossier use --slug {{other}} --force; to keep two copies, change the title or unit of one.',
  },
  'import.title-markup': {
    zh: '标题“{{title}}”中留有 Markdown 符号',
    en: 'the title "{{title}}" still holds Markdown marks',
    hintZh: '这是导入程序的错误，没有写入任何文件。请把原文和这条信息报告给维护者。',
    hintEn: 'This is an importer bug and nothing was written. Report it with the source file.',
  },
  'import.article-empty': {
    zh: '文章“{{title}}”没有正文',
    en: 'the article "{{title}}" has no text',
    hintZh: '原文中这个标题后面没有正文。检查原文，或导入后把它并入相邻的文章。',
    hintEn: 'The source has no text after this headline. Check the source, or merge it into a neighbouring article after importing.',
  },
  'import.award-like-text': {
    zh: '“{{excerpt}}”像一项荣誉，却在文章“{{title}}”中',
    en: '"{{excerpt}}" looks like an award but is in the article "{{title}}"',
    hintZh: '核对这一段；荣誉应列在成就篇中，连续列出。',
    hintEn: 'Check this paragraph; awards belong in the achievements section, listed together.',
  },
  'import.converter-note': {
    zh: 'Word 转换提示：{{message}}',
    en: 'note from the Word conversion: {{message}}',
    hintZh: '通常不影响导入结果；如果某段格式不对，检查原文这一处。',
    hintEn: 'Usually harmless; if a paragraph comes out wrong, check this spot in the source.',
  },
  'import.award-run-broken': {
    zh: '荣誉列表中间夹着其他内容',
    en: 'the award list is interrupted by other content',
    hintZh: '这是导入程序的错误，没有写入任何文件。请把原文和这条信息报告给维护者。',
    hintEn: 'This is an importer bug and nothing was written. Report it with the source file.',
  },
} as const satisfies Record<string, MessageEntry>;

/** The key of a message in {@link IMPORT_MESSAGES}. */
export type ImportMessageCode = keyof typeof IMPORT_MESSAGES;

/**
 * The words of the import report around its diagnostics: headings, summary lines and the names of
 * what each paragraph became. Filled by `fillLabel` as messages are by `fillMessage`; they have no
 * hint, since they report rather than complain.
 */
export const IMPORT_LABELS = {
  'import.report.title': { zh: '导入 {{input}} → 纪实 {{slug}}（{{contentDir}}）', en: 'Import {{input}} → dossier {{slug}} ({{contentDir}})' },
  'import.report.placements': { zh: '段落去向（{{count}} 段）', en: 'Where each paragraph went ({{count}})' },
  'import.report.doubts': { zh: '不确定之处（{{count}} 处，请核对）', en: 'Calls to check ({{count}})' },
  'import.report.skipped': { zh: '跳过的页面杂项（{{count}} 处，未导入）', en: 'Page chrome skipped ({{count}}, not imported)' },
  'import.report.not-carried': { zh: '未导入的内容（{{count}} 项，请手工处理）', en: 'Content not imported ({{count}}; handle by hand)' },
  'import.report.check': { zh: '核对', en: 'Check' },
  'import.report.all-placed': {
    zh: '原文的每一句都恰好出现在一个输出文件中（{{count}} 段）。',
    en: 'Every sentence of the source is in exactly one output file ({{count}} paragraphs).',
  },
  'import.report.all-placed-except': {
    zh: '除上面列出的 {{count}} 项未导入内容外，原文的每一句都恰好出现在一个输出文件中（{{paragraphs}} 段）。',
    en: 'Apart from the {{count}} items listed above as not imported, every sentence of the source is in exactly one output file ({{paragraphs}} paragraphs).',
  },
  'import.report.losses': { zh: '有 {{count}} 处原文没有原样进入输出文件，见下。', en: '{{count}} pieces of the source did not reach the output as written; see below.' },
  'import.report.structure-doubted': {
    zh: '结构上有 {{count}} 处拿不准，已列在“不确定之处”中，请核对导入结果。',
    en: 'The structure was unclear in {{count}} places, listed under "Calls to check"; check the result.',
  },
  'import.report.structure-sure': { zh: '结构上没有拿不准的地方。', en: 'No structural call was close.' },
  'import.report.written': { zh: '已写入 {{count}} 个文件：', en: 'Wrote {{count}} files:' },
  'import.report.dry-run': { zh: '试运行（--dry-run），没有写入任何文件。将写入 {{count}} 个文件：', en: 'Dry run (--dry-run): nothing written. Would write {{count}} files:' },
  'import.report.blocked': { zh: '没有写入任何文件：纪实“{{slug}}”已经存在。', en: 'Nothing written: the dossier "{{slug}}" already exists.' },
  'import.report.failed': { zh: '因为上面的错误，没有写入任何文件。', en: 'Nothing written because of the errors above.' },
  'import.report.replaced': { zh: '替换了原有的 {{count}} 个文件，备份在 {{backup}}', en: 'Replaced {{count}} existing files; backup in {{backup}}' },
  'import.report.separator': { zh: '（奖项之间的分隔，不单独保存）', en: '(separator between awards, not kept)' },
  'import.report.group': { zh: '（荣誉分组，由其下各项的 level 体现）', en: '(award group label, carried by the level of the awards under it)' },
  'import.report.picture': { zh: '图片', en: 'picture' },
  'import.role.title': { zh: '标题', en: 'title' },
  'import.role.subtitle': { zh: '副标题', en: 'subtitle' },
  'import.role.preface': { zh: '前言', en: 'preface' },
  'import.role.section-heading': { zh: '篇名', en: 'section heading' },
  'import.role.intro': { zh: '引言', en: 'introduction' },
  'import.role.article-heading': { zh: '文章标题', en: 'article title' },
  'import.role.article': { zh: '文章', en: 'article' },
  'import.role.award': { zh: '奖项', en: 'award' },
  'import.role.award-separator': { zh: '分隔符', en: 'separator' },
  'import.role.award-group': { zh: '荣誉分组', en: 'award group' },
  'import.role.closing': { zh: '结束语', en: 'closing' },
  'import.role.continuation': { zh: '{{role}}（接续上段）', en: '{{role}} (continued)' },
  'import.role.opened-by': { zh: '{{role}}（{{how}}）', en: '{{role}} ({{how}})' },
  'import.opening.heading': { zh: '小标题', en: 'sub-heading' },
  'import.opening.bold': { zh: '加粗的标题', en: 'bold headline' },
  'import.opening.enumeration': { zh: '“一是”式编号', en: 'numbered point' },
  'import.opening.list': { zh: '编号列表项', en: 'numbered list item' },
  'import.opening.sentence': { zh: '标题句', en: 'headline sentence' },
  'import.chrome.navigation': { zh: '页面导航', en: 'navigation' },
  'import.chrome.upload-info': { zh: '上传信息', en: 'upload information' },
  'import.chrome.vip-offer': { zh: '会员广告', en: 'membership advert' },
  'import.chrome.footer': { zh: '页脚', en: 'footer' },
  'import.chrome.page-counter': { zh: '页码', en: 'page counter' },
  'import.chrome.file-name': { zh: '文件名', en: 'file name' },
  'import.chrome.before-title': { zh: '标题之前的内容', en: 'before the title' },
  'import.chrome.outside-document': { zh: '正文行以外的页面内容', en: 'page around the pasted text' },
  'import.chrome.table-of-contents': { zh: '目录', en: 'table of contents' },
} as const satisfies Record<string, { zh: string; en: string }>;

/** The key of a label in {@link IMPORT_LABELS}. */
export type ImportLabelCode = keyof typeof IMPORT_LABELS;
