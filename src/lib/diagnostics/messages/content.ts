/**
 * Messages about the content itself: what the checker, the build and the site's schemas report.
 * The site loads only these; `{{name}}` placeholders are filled from a diagnostic's values.
 */
import type { MessageEntry } from '../values.ts';

export const CONTENT_MESSAGES = {
  // Front matter fields (from the schemas)
  'field.required': {
    zh: '缺少必填字段',
    en: 'this required field is missing',
    hintZh: '加上一行 `{{key}}: …`（字段写在文件开头的两行 --- 之间）。',
    hintEn: 'Add a line `{{key}}: …` (fields go between the two --- lines at the top of the file).',
  },
  'field.empty': {
    zh: '字段不能为空',
    en: 'this field must not be empty',
    hintZh: '在冒号后面填写内容，或删除这一行（仅限可选字段）。',
    hintEn: 'Write a value after the colon, or remove the line if the field is optional.',
  },
  'field.type': {
    zh: '“{{given}}”的类型不对：应为{{expected}}，实际是{{received}}',
    en: '"{{given}}" has the wrong type: expected {{expectedEn}}, got {{receivedEn}}',
    hintZh: '按 content/README.md 编辑指南中这个字段的示例改写 {{key}} 的值。',
    hintEn: "Rewrite the value of {{key}} like this field's example in the editor guide, content/README.md.",
  },
  'field.not-text': {
    zh: '“{{given}}”被读成了{{received}}，这里应当是文字',
    en: '"{{given}}" is read as {{receivedEn}}, but this field takes text',
    hintZh: '用半角双引号把整个值括起来：{{key}}: "{{given}}"',
    hintEn: 'Put the whole value in ASCII double quotes: {{key}}: "{{given}}"',
  },
  'field.not-number': {
    zh: '应为数字，实际是“{{given}}”',
    en: 'must be a number, got "{{given}}"',
    hintZh: '写阿拉伯数字，不加引号，例如 {{key}}: {{number}}',
    hintEn: 'Write the number in digits, without quotes, e.g. {{key}}: {{number}}',
  },
  'field.too-small': {
    zh: '“{{given}}”太小：最小为 {{minimum}}',
    en: '"{{given}}" is too small: the minimum is {{minimum}}',
    hintZh: '改成不小于 {{minimum}} 的数。',
    hintEn: 'Use a number of at least {{minimum}}.',
  },
  'field.too-big': {
    zh: '“{{given}}”太大：最大为 {{maximum}}',
    en: '"{{given}}" is too large: the maximum is {{maximum}}',
    hintZh: '改成不大于 {{maximum}} 的数。',
    hintEn: 'Use a number of at most {{maximum}}.',
  },
  'field.format': {
    zh: '格式不对：“{{given}}”',
    en: 'badly formed value "{{given}}"',
    hintZh: '参见 content/README.md 编辑指南中这个字段的示例。',
    hintEn: "See this field's example in the editor guide, content/README.md.",
  },
  'field.choice': {
    zh: '“{{given}}”不是可选的值',
    en: '"{{given}}" is not one of the allowed values',
    hintZh: '可选的值：{{options}}。',
    hintEn: 'Allowed values: {{options}}.',
  },
  'field.integer': {
    zh: '应为整数，实际是“{{given}}”',
    en: 'must be a whole number, got "{{given}}"',
    hintZh: '去掉小数部分，例如写成 {{key}}: {{number}}。',
    hintEn: 'Drop the fraction, e.g. write {{key}}: {{number}}.',
  },

  // Online editing settings (site.yaml `editing`)
  'editing.app-id': {
    zh: '用 {{backend}} 在线编辑需要填写 appId',
    en: 'online editing with {{backend}} needs an appId',
    hintZh: '在 {{backend}} 上登记一个 OAuth 应用（不勾选“机密客户端”），把它的客户端 ID（Client ID）填到 appId；步骤见 content/README.md 的“在浏览器中编辑”。',
    hintEn: 'Register an OAuth application on {{backend}} (not confidential) and put its client ID in appId; see the editor guide, content/README.md.',
  },
  'editing.server': {
    zh: '用 {{backend}} 在线编辑需要填写 server（服务器地址）',
    en: 'online editing with {{backend}} needs the server address',
    hintZh: '写成 https://git.example.gov.cn 这样的地址：打开代码仓库网页时浏览器地址栏里的协议和域名。',
    hintEn: 'Write the address of the server, such as https://git.example.gov.cn.',
  },

  // Award years and levels
  'years.not-a-year': {
    zh: '{{awardZh}}的年份“{{given}}”不是四位数年份',
    en: '{{awardEn}}: "{{given}}" is not a four-digit year',
    hintZh: '年份写成四位数字，如 2010、2009-2011 或 [2010, 2011]。{{suggestionZh}}',
    hintEn: 'Write years as four digits: 2010, 2009-2011 or [2010, 2011]. {{suggestionEn}}',
  },
  'years.out-of-range': {
    zh: '{{awardZh}}的年份 {{given}} 超出范围（{{min}}–{{max}}）',
    en: '{{awardEn}}: year {{given}} is outside {{min}}–{{max}}',
    hintZh: '核对原文中的年份。',
    hintEn: 'Check the year against the source document.',
  },
  'years.reversed': {
    zh: '{{awardZh}}的年份范围“{{given}}”前后颠倒',
    en: '{{awardEn}}: the range "{{given}}" runs backwards',
    hintZh: '把较早的年份写在前面：{{to}}-{{from}}。',
    hintEn: 'Put the earlier year first: {{to}}-{{from}}.',
  },
  'years.duplicate': {
    zh: '{{awardZh}}的年份列表“{{given}}”中 {{year}} 重复出现',
    en: '{{awardEn}}: {{year}} appears twice in "{{given}}"',
    hintZh: '每个年份只写一次。',
    hintEn: 'List each year once.',
  },
  'period.invalid': {
    zh: '纪实时间“{{given}}”写法不对',
    en: 'the period "{{given}}" is not a year or a range of years',
    hintZh: '写成一个年份（2011）或一个范围（2007-2011）：四位数字，较早的年份在前。{{suggestionZh}}',
    hintEn: 'Write one year (2011) or a range (2007-2011): four digits, the earlier year first. {{suggestionEn}}',
  },
  'date.invalid': {
    zh: '日期“{{given}}”写法不对',
    en: 'the date "{{given}}" is not written as year-month-day',
    hintZh: '写成“年-月-日”：2012-01-10（四位年份，月、日各两位，用半角数字和短横线，且是实际存在的日期）。{{suggestionZh}}',
    hintEn: 'Write year-month-day: 2012-01-10 (four-digit year, two-digit month and day, a day that exists). {{suggestionEn}}',
  },
  'level.unknown': {
    zh: '{{awardZh}}的级别“{{given}}”不在允许范围内',
    en: '{{awardEn}}: unknown level "{{given}}"',
    hintZh: '可用的级别：{{allowed}}。{{suggestionZh}}',
    hintEn: 'Allowed levels: {{allowed}}. {{suggestionEn}}',
  },
  'years.full-width': {
    zh: '年份“{{given}}”用了全角数字，已按 {{normalised}} 处理',
    en: 'the year "{{given}}" uses full-width digits; read as {{normalised}}',
    hintZh: '切换到半角（英文）输入法重新输入数字：{{normalised}}。',
    hintEn: 'Retype the digits with a half-width (English) keyboard: {{normalised}}.',
  },
  'award.duplicate': {
    zh: '奖项“{{award}}”（{{years}}）在本纪实中列出了两次，第 {{firstLine}} 行已有',
    en: 'the award "{{award}}" ({{years}}) is listed twice in this dossier; see line {{firstLine}}',
    hintZh: '删除其中一条；如果是不同年份的同名奖项，请改正年份。',
    hintEn: 'Delete one of the two; if they are different years of the same award, correct the years.',
  },

  // Encoding
  'encoding.gb18030': {
    zh: '文件不是 UTF-8 编码，看起来是 GB18030/GBK（Windows 中文的“ANSI”编码）',
    en: 'the file is not UTF-8; it looks like GB18030/GBK (the Chinese Windows "ANSI" encoding)',
    hintZh: '用记事本“另存为”并把编码选为 UTF-8，或运行：iconv -f GB18030 -t UTF-8 "{{file}}" > 转换后.md，再用转换后的文件替换原文件。',
    hintEn: 'Save it again as UTF-8 (Notepad: Save As, Encoding UTF-8), or run: iconv -f GB18030 -t UTF-8 "{{file}}" > converted.md and replace the file with converted.md.',
  },
  'encoding.utf16': {
    zh: '文件是 UTF-16 编码（记事本的“Unicode”），不是 UTF-8',
    en: 'the file is UTF-16 (Notepad\'s "Unicode"), not UTF-8',
    hintZh: '用记事本“另存为”并把编码选为 UTF-8，或运行：iconv -f UTF-16 -t UTF-8 "{{file}}" > 转换后.md，再替换原文件。',
    hintEn: 'Save it again as UTF-8, or run: iconv -f UTF-16 -t UTF-8 "{{file}}" > converted.md and replace the file.',
  },
  'encoding.unknown': {
    zh: '无法识别文件的编码，它可能不是文本文件',
    en: 'the file\'s encoding is not recognised; it may not be a text file',
    hintZh: '用文本编辑器打开并另存为 UTF-8；Word 文档请先用 npm run import 转换。',
    hintEn: 'Open it in a text editor and save it as UTF-8; convert Word documents with npm run import first.',
  },

  'file.image': {
    zh: '“{{name}}”其实是一张 {{format}} 图片，不是文字文件',
    en: '"{{name}}" is really a {{format}} image, not a text file',
    hintZh: '把文件改名为 {{stem}}.{{ext}}，放在文章旁边，在正文里写 ![图片说明](./{{stem}}.{{ext}}) 显示它；文章本身另建 .md 文件。',
    hintEn: 'Rename it {{stem}}.{{ext}}, keep it next to the article and show it with ![caption](./{{stem}}.{{ext}}); write the article in a separate .md file.',
  },
  'file.word-document': {
    zh: '“{{name}}”其实是 Word/WPS 文档（{{format}}），不是文字文件',
    en: '"{{name}}" is really a Word/WPS document ({{format}}), not a text file',
    hintZh: '改回原来的扩展名，用 npm run import -- 文档.docx 导入（.doc、.wps、.rtf 先在 Word 或 WPS 中“另存为”.docx）；或在 Word 中全选复制，粘贴到记事本后另存为 UTF-8 的 .md 文件。',
    hintEn: 'Restore its extension and import it with npm run import -- document.docx (save .doc, .wps and .rtf as .docx in Word or WPS first), or copy its text into a UTF-8 .md file.',
  },
  'file.pdf': {
    zh: '“{{name}}”其实是 PDF 文件，不是文字文件',
    en: '"{{name}}" is really a PDF file, not a text file',
    hintZh: '把扩展名改回 .pdf，放在文章旁边作为附件，在正文里写 [附件名称](./{{stem}}.pdf)；文章文字另建 .md 文件。',
    hintEn: 'Rename it back to .pdf, keep it next to the article as an attachment linked with [title](./{{stem}}.pdf), and write the text in a separate .md file.',
  },
  'file.binary': {
    zh: '“{{name}}”其实是 {{format}} 文件，不是文字文件',
    en: '"{{name}}" is really a {{format}} file, not a text file',
    hintZh: '把文件改名为 {{stem}}.{{ext}}；需要提供下载时放在文章旁边并写 [名称](./{{stem}}.{{ext}})，文章本身另建 .md 文件。',
    hintEn: 'Rename it {{stem}}.{{ext}}; to offer it for download keep it next to the article and link it with [name](./{{stem}}.{{ext}}); write the article in a separate .md file.',
  },

  // Front matter and YAML syntax
  'front-matter.unclosed': {
    zh: '文件开头的 --- 没有对应的结束行 ---',
    en: 'the --- on the first line is never closed by a second ---',
    hintZh: '在最后一个字段的下一行单独写一行 ---，正文从它下面开始。',
    hintEn: 'Add a line with just --- after the last field; the text starts below it.',
  },
  'front-matter.fence-text': {
    zh: '第 {{line}} 行结束字段区的 {{fence}} 后面还有“{{text}}”',
    en: 'line {{line}} closes the front matter but has "{{text}}" after its {{fence}}',
    hintZh: '结束行只写三个短横线 ---；把“{{text}}”删掉，或移到下一行作为正文。',
    hintEn: 'Write only --- on the closing line; delete "{{text}}" or move it to the next line as text.',
  },
  'front-matter.missing': {
    zh: '文件开头缺少字段区（两行 --- 之间的标题等字段）',
    en: 'the file has no front matter (the fields between two --- lines at the top)',
    hintZh: '在文件第一行写 ---，接着写 {{fields}} 等字段，再写一行 ---。',
    hintEn: 'Start the file with a --- line, then the fields ({{fields}}), then another --- line.',
  },
  'front-matter.not-a-map': {
    zh: '字段区的内容不是“字段名: 值”的形式',
    en: 'the front matter is not a list of "name: value" lines',
    hintZh: '每个字段单独一行，写成“字段名: 值”，冒号用半角并在后面加一个空格。',
    hintEn: 'Write one field per line as "name: value", with an ASCII colon followed by a space.',
  },
  'yaml.tab': {
    zh: '第 {{line}} 行{{more}}用 Tab 键缩进，字段区只能用空格缩进',
    en: 'line {{line}}{{moreEn}} is indented with a tab; front matter may only be indented with spaces',
    hintZh: '把行首的 Tab 换成空格（每层两个空格）；用记事本的“替换”可以一次换完。',
    hintEn: 'Replace the tabs at the start of the lines with spaces (two per level); an editor’s Replace does them all at once.',
  },
  'yaml.odd-space': {
    zh: '第 {{line}} 行{{more}}用{{name}}（{{char}}）缩进，字段区只能用半角空格缩进',
    en: 'line {{line}}{{moreEn}} is indented with a {{nameEn}} ({{char}}); front matter may only be indented with ordinary spaces',
    hintZh: '切换到英文输入法，把行首的{{name}}换成半角空格（每层两个空格）；从 Word 或网页复制的缩进常是这种字符。',
    hintEn: 'Replace the {{nameEn}}s at the start of the lines with ordinary spaces (two per level); indentation copied from Word or web pages often is one.',
  },
  'yaml.unclosed-quote': {
    zh: '第 {{line}} 行第 {{column}} 列的引号 {{quote}} 没有配对的结束引号',
    en: 'the quote {{quote}} opened on line {{line}}, column {{column}} is never closed',
    hintZh: '在这个值的末尾补上同样的半角引号 {{quote}}；值里要用引号时请用中文引号“”。',
    hintEn: 'Close the value with the same ASCII quote {{quote}}; inside a value, use Chinese quotes “” instead.',
  },
  'yaml.full-width-colon': {
    zh: '字段名“{{key}}”后面用了全角冒号“：”，应使用半角冒号“:”加空格',
    en: 'the field name "{{key}}" is followed by a full-width colon "："; use an ASCII colon ":" and a space',
    hintZh: '切换到英文输入法，把“{{key}}：”改成“{{key}}: ”。',
    hintEn: 'Switch to an English keyboard and write "{{key}}: " instead of "{{key}}：".',
  },
  'yaml.missing-colon': {
    zh: '第 {{line}} 行缺少冒号，或冒号后面少了空格',
    en: 'line {{line}} has no colon, or no space after its colon',
    hintZh: '写成“字段名: 值”：半角冒号，后面加一个空格，如 title: 文明清风谱华章。',
    hintEn: 'Write "name: value": an ASCII colon followed by a space, as in title: 文明清风谱华章.',
  },
  'yaml.text-after-quote': {
    zh: '第 {{line}} 行的值以半角引号开头，但引号结束后还有文字',
    en: 'the value on line {{line}} starts with an ASCII quote but goes on after the closing quote',
    hintZh: '值里的引号请用中文引号“”；或者去掉开头的半角引号。',
    hintEn: 'Use Chinese quotes “” inside the value, or drop the opening ASCII quote.',
  },
  'yaml.needs-quotes': {
    zh: '{{key}} 的值“{{given}}”不能这样直接写：{{reason}}',
    en: 'the value "{{given}}" of {{key}} cannot be written bare: {{reasonEn}}',
    hintZh: '用半角双引号把整个值括起来：{{key}}: {{quoted}}',
    hintEn: 'Put the whole value in ASCII double quotes: {{key}}: {{quoted}}',
  },
  'yaml.comment-in-value': {
    zh: '{{key}} 的值“{{given}}”中，{{reason}}',
    en: 'in the value "{{given}}" of {{key}}, {{reasonEn}}',
    hintZh: '要保留“#”后面的文字，就用半角双引号把整个值括起来：{{key}}: {{quoted}}；不需要就删掉它们。',
    hintEn: 'To keep the text after "#", put the whole value in ASCII double quotes: {{key}}: {{quoted}}; otherwise delete it.',
  },
  'yaml.duplicate-key': {
    zh: '字段“{{key}}”写了两次',
    en: 'the field "{{key}}" is written twice',
    hintZh: '删掉其中一行；只有一个会生效。',
    hintEn: 'Delete one of the two lines; only one value can apply.',
  },
  'yaml.indent': {
    zh: '第 {{line}} 行的缩进与上下文不一致（或上一行缺少冒号、短横线）',
    en: 'line {{line}} is not indented like the lines around it (or the line above lacks a colon or dash)',
    hintZh: '同一层的字段左边对齐；列表项以“- ”开头，其下的字段比“-”多缩进两个空格。',
    hintEn: 'Line up fields of the same level; list items start with "- " and their fields are indented two spaces past the dash.',
  },
  'yaml.syntax': {
    zh: '第 {{line}} 行第 {{column}} 列的字段写法有误（{{detail}}）',
    en: 'the front matter cannot be read at line {{line}}, column {{column}} ({{detail}})',
    hintZh: '对照 content/README.md 编辑指南的示例检查这一行：“字段名: 值”，冒号为半角并后接空格。',
    hintEn: 'Compare the line with the examples in the editor guide, content/README.md: "name: value", ASCII colon and a space.',
  },

  // Fields beyond the schema
  'field.unknown': {
    zh: '未知字段“{{field}}”，它不会显示在网站上',
    en: 'unknown field "{{field}}"; the site ignores it',
    hintZh: '{{suggestionZh}}可用字段：{{known}}。',
    hintEn: '{{suggestionEn}} Known fields: {{knownEn}}.',
  },
  'field.invisible': {
    zh: '{{field}} 的值“{{given}}”中含有看不见的字符（{{chars}}），会影响搜索和排版',
    en: 'the value "{{given}}" of {{field}} contains invisible characters ({{chars}}) that break search and layout',
    hintZh: '删掉这个值重新输入，不要从网页或 Word 直接粘贴。',
    hintEn: 'Delete the value and type it again rather than pasting it from a web page or Word.',
  },

  // Files and folders
  'file.name-spaces': {
    zh: '文件名“{{name}}”中有空格，网址中会变成 %20',
    en: 'the file name "{{name}}" contains spaces, which become %20 in addresses',
    hintZh: '把空格换成短横线：{{suggestion}}。',
    hintEn: 'Replace the spaces with hyphens: {{suggestion}}.',
  },
  'file.stray': {
    zh: '“{{name}}”所在的位置不会生成任何页面',
    en: 'no page is built from "{{name}}" in this place',
    hintZh: '纪实概述放在 content/dossiers/，文章放在 content/<management|service|creation>/<纪实>/，荣誉放在 content/achievements/。',
    hintEn: 'Overviews go in content/dossiers/, articles in content/<management|service|creation>/<dossier>/, awards in content/achievements/.',
  },
  'content.missing': {
    zh: '找不到内容文件夹 {{folder}}',
    en: 'the content folder {{folder}} does not exist',
    hintZh: '在项目根目录下运行，或用 --content 指定内容文件夹。',
    hintEn: 'Run from the project root, or name the folder with --content.',
  },
  'site.missing': {
    zh: '缺少网站设置文件 {{file}}',
    en: 'the site settings file {{file}} is missing',
    hintZh: '新建这个文件并写上 title、description 和 url，参见 content/README.md 编辑指南。',
    hintEn: "Create it with title, description and url; see the editor guide, content/README.md.",
  },
  'site.base': {
    zh: '“{{given}}”不是网站子路径的写法',
    en: '"{{given}}" is not written as a sub-path of a site',
    hintZh: '子路径以 / 开头，由英文字母、数字、-、_ 和 . 组成，各段用 / 隔开，如 /wenming/；网站在域名根目录时写 /。生成时设置的环境变量 BASE_PATH 代替这里的 base，也要这样写。',
    hintEn: 'A sub-path starts with / and is made of letters, digits, -, _ and ., its parts joined by /, as in /wenming/; a site at the root of its domain has /. The BASE_PATH environment variable, when set for a build, replaces base and is written the same way.',
  },
  'dossier.missing-overview': {
    zh: '{{what}}属于纪实“{{dossier}}”，但没有它的概述文件 {{expected}}',
    en: '{{whatEn}} belongs to the dossier "{{dossier}}", which has no overview file {{expected}}',
    hintZh: '{{suggestionZh}}检查文件夹名是否拼错；新纪实请用 npm run new -- {{newName}} 创建。',
    hintEn: '{{suggestionEn}} Check the folder name for a typo; create new dossiers with npm run new -- {{newName}}.',
  },
  'dossier.reserved-slug': {
    zh: '纪实名“{{slug}}”是网站自己使用的地址（/{{slug}}/），纪实的页面会与网站的页面冲突',
    en: 'the dossier name "{{slug}}" is an address the site uses itself (/{{slug}}/), so the dossier\'s pages would clash with the site\'s',
    hintZh: '给纪实换个名字：改 {{file}} 的文件名，以及各篇章文件夹和成就篇文件的名字，例如 {{suggestion}}。网站自己使用的名字有：{{reserved}}。',
    hintEn: 'Rename the dossier: {{file}}, its section folders and its achievements file, for example to {{suggestion}}. Names the site uses itself: {{reserved}}.',
  },
  'section.missing': {
    zh: '纪实“{{dossier}}”还没有{{section}}（{{expected}}）',
    en: 'the dossier "{{dossier}}" has no {{sectionEn}} yet ({{expected}})',
    hintZh: '每个纪实有管理篇、服务篇、创建篇、成就篇四部分；补上缺少的部分。',
    hintEn: 'Every dossier has four parts (management, service, creation, achievements); add the missing one.',
  },
  'order.duplicate': {
    zh: '排序号 {{order}} 与 {{other}} 相同，两篇文章的先后无法确定',
    en: 'the order {{order}} is also used by {{other}}, so the two articles have no defined sequence',
    hintZh: '修改文件名开头的序号或 order 字段，使同一篇章内每篇文章的序号不同。',
    hintEn: 'Change the number at the start of the file name or the order field so every article in the section has its own.',
  },
  'order.missing': {
    zh: '文件名“{{name}}”不以序号加短横线开头（如 01-），也没有 order 字段，无法排序',
    en: 'the file name "{{name}}" does not start with a number and a hyphen (like 01-) and there is no order field',
    hintZh: '把文件改名为 {{suggestion}}，或在字段区加一行 order: 数字。',
    hintEn: 'Rename the file to {{suggestion}}, or add a line order: <number> to the front matter.',
  },
  'article.duplicate-name': {
    zh: '文章名“{{name}}”与 {{other}} 相同，两篇文章在网页上的位置名（#{{name}}）会冲突',
    en: 'the article name "{{name}}" is also used by {{other}}, so both would be at #{{name}} on the page',
    hintZh: '修改其中一个文件名中序号后面的部分。',
    hintEn: 'Rename the part after the number in one of the two file names.',
  },
  'body.empty': {
    zh: '文章没有正文',
    en: 'the article has no text',
    hintZh: '在结束的 --- 下面写正文；尚未完成的文章请先移出 content 文件夹。',
    hintEn: 'Write the text below the closing ---; move unfinished articles out of the content folder.',
  },

  // What a reader would see differently from what was written
  'text.control-character': {
    zh: '{{where}}“{{given}}”中有 {{count}} 个看不见的控制字符（{{chars}}），页面上不显示，还会使订阅源出错',
    en: '{{whereEn}} "{{given}}" contains {{count}} invisible control characters ({{chars}}) that do not show and break the feed',
    hintZh: '删掉这些字符：U+000B 是 Word 的手动换行符（Shift+Enter），需要分段时换成空一行；U+000C 是分页符，直接删去；其余（如 U+0007）也直接删去。',
    hintEn: 'Delete them: U+000B is Word’s manual line break (Shift+Enter), use a blank line to start a paragraph instead; U+000C is a page break, delete it; delete the others (such as U+0007) too.',
  },
  'body.blank': {
    zh: '正文只有空白字符（{{chars}}），页面上只会显示标题',
    en: 'the text is only blank characters ({{chars}}); the page shows the title alone',
    hintZh: '在结束的 --- 下面写正文；全角空格（U+3000）和 &nbsp;（U+00A0）都不算文字。尚未完成的文章请先移出 content 文件夹。',
    hintEn: 'Write the text below the closing ---; full-width spaces (U+3000) and &nbsp; (U+00A0) are not text. Move unfinished articles out of the content folder.',
  },
  'achievements.empty': {
    zh: '纪实“{{dossier}}”的成就篇是空的：没有荣誉，也没有正文',
    en: 'the achievements file of "{{dossier}}" is empty: no awards and no text',
    hintZh: '在字段区写 awards: 荣誉列表（格式见 content/README.md 编辑指南），或删除这个文件。',
    hintEn: 'List the awards under awards: in the front matter (see content/README.md), or delete the file.',
  },
  'achievements.no-awards': {
    zh: '纪实“{{dossier}}”的成就篇没有列出任何荣誉，荣誉榜上不会有这个单位',
    en: 'the achievements file of "{{dossier}}" lists no awards, so the unit is missing from the honour roll',
    hintZh: '把荣誉写进字段区的 awards: 列表，每项一条 - title: …；正文里的荣誉不会进入荣誉榜。',
    hintEn: 'Put the awards in the awards: list of the front matter, one - title: … each; awards in the text do not reach the honour roll.',
  },
  'subtitle.dash': {
    zh: '副标题“{{given}}”开头的“{{dash}}”不用写，网站会自己加上',
    en: 'the subtitle "{{given}}" starts with "{{dash}}", which the site adds itself',
    hintZh: '删掉开头的 {{dash}}，写成 subtitle: {{rest}}',
    hintEn: 'Remove the leading {{dash}}: subtitle: {{rest}}',
  },
  'markdown.literal-markup': {
    zh: '“{{around}}”中的 {{marker}} 没有配对，页面上会原样显示出来',
    en: 'the {{marker}} in "{{around}}" is not paired and shows on the page as typed',
    hintZh: '加粗写成 **文字**：两个星号紧贴文字，中间不留空格，并在同一段里闭合；不需要加粗就删掉 {{marker}}。',
    hintEn: 'Write bold as **text**: the stars touch the text, with no space inside, and close in the same paragraph; otherwise delete the {{marker}}.',
  },
  'field.wrapped': {
    zh: '这个值折成了两行，接起来后中间多了空格：“{{given}}”',
    en: 'this value is wrapped over two lines and joined with a space: "{{given}}"',
    hintZh: '把值写在同一行：{{joined}}',
    hintEn: 'Write the value on one line: {{joined}}',
  },
  'markdown.typed-markup': {
    zh: '“{{written}}”是{{what}}，Markdown 不认识，页面上会原样显示',
    en: '"{{written}}" is {{whatEn}}, which Markdown does not read; it shows on the page as typed',
    hintZh: '切换到英文输入法改写成：{{fixed}}',
    hintEn: 'Retype it with an English keyboard: {{fixed}}',
  },
  'body.joined-lines': {
    zh: '从“{{start}}”这一行起，有 {{count}} 行像新段落一样缩进，但上面没有空行，网站上会与上一段连成一段',
    en: 'from the line "{{start}}" on, {{count}} lines are indented like new paragraphs but follow the line above directly, so the site joins them into one paragraph',
    hintZh: '段落之间空一行；行首的全角空格可以删去，网站会自动缩进每段首行。',
    hintEn: 'Leave a blank line between paragraphs; the leading full-width spaces can go, the site indents every paragraph itself.',
  },
  'link.not-read': {
    zh: '“{{written}}”没有被识别为链接（地址里有空格），页面上会原样显示',
    en: '"{{written}}" is not read as a link (its address has a space) and shows on the page as typed',
    hintZh: '把地址放在尖括号里：{{fixed}}；或者把文件名中的空格换成短横线。',
    hintEn: 'Put the address in angle brackets: {{fixed}}; or replace the spaces in the file name with hyphens.',
  },
  'link.space': {
    zh: '地址“{{url}}”中有空格，部分浏览器和网站检查工具打不开它',
    en: 'the address "{{url}}" contains spaces, which some browsers and link checkers cannot follow',
    hintZh: '把空格写成 %20，或把文件改名去掉空格。',
    hintEn: 'Write each space as %20, or rename the file without spaces.',
  },
  'folder.misspelt': {
    zh: '文件夹“{{folder}}”不是网站认识的名字，其中 {{count}} 个文件不会出现在网站上',
    en: 'the folder "{{folder}}" is not a name the site knows, so its {{count}} files are missing from the site',
    hintZh: '是否想写 {{suggestion}}？把文件夹改名为 {{suggestion}}（只用小写英文）。',
    hintEn: 'Did you mean {{suggestion}}? Rename the folder {{suggestion}} (lowercase English).',
  },
  'file.misplaced': {
    zh: '“{{name}}”不在网站读取的位置，不会出现在网站上',
    en: '"{{name}}" is not where the site reads content from, so it is missing from the site',
    hintZh: '移动到 {{suggestion}}。',
    hintEn: 'Move it to {{suggestion}}.',
  },

  // Contradictions within the content
  'dossier.unit-mismatch': {
    zh: '副标题“{{subtitle}}”写的单位是“{{named}}”，与 unit 字段的“{{unit}}”不同',
    en: 'the subtitle "{{subtitle}}" names the unit "{{named}}", but the unit field says "{{unit}}"',
    hintZh: '核对两处，改成同一个单位名称；荣誉榜按 unit 字段列出这个单位的荣誉。',
    hintEn: 'Check both and use the same unit name; the honour roll lists awards under the unit field.',
  },
  'award.level-mismatch': {
    zh: '{{awardZh}}的名称说的是{{named}}，但 level 写的是“{{level}}”',
    en: '{{awardEn}}: its name says {{named}}, but its level is "{{level}}"',
    hintZh: '核对证书：名称中有“全省”“全市”“全国”等字样时，级别通常就是{{named}}；确认无误可忽略本提示。',
    hintEn: 'Check the certificate: a name with 全省, 全市, 全国 usually means {{named}}; ignore this if the level is right.',
  },
  'award.issuer-level-mismatch': {
    zh: '{{awardZh}}由“{{issuer}}”颁发，应是{{named}}，但 level 写的是“{{level}}”',
    en: '{{awardEn}}: given by "{{issuer}}", which means {{named}}, but its level is "{{level}}"',
    hintZh: '核对证书：级别通常跟颁发单位一致，“{{issuer}}”颁发的是{{named}}；颁发单位或级别写错了就改正，确认无误可忽略本提示。',
    hintEn: 'Check the certificate: the level usually follows the issuer, and "{{issuer}}" gives {{named}} awards; correct the issuer or the level, or ignore this if both are right.',
  },
  'dossier.published-before-period': {
    zh: '发布日期“{{published}}”早于纪实时间“{{period}}”的最后一年',
    en: 'the publication date "{{published}}" is before the last year of the period "{{period}}"',
    hintZh: '核对 published 和 period：纪实一般在所记年份结束后发布，多半是其中一个年份打错了。',
    hintEn: 'Check published and period: a dossier is published after the years it covers, so one of the years is likely a typo.',
  },
  'award.years-mismatch': {
    zh: '{{awardZh}}名称中的年份是 {{named}}，但 years 写的是 {{years}}',
    en: '{{awardEn}}: its name says {{named}}, but its years are {{years}}',
    hintZh: '核对证书，把 years 改成正确的年份；名称里的年份可以删去，年份只写在 years 里。',
    hintEn: 'Check the certificate and correct years; the year can be dropped from the name, which years already says.',
  },
  'award.years-in-title': {
    zh: '{{awardZh}}的名称里有年份 {{named}}，但没有 years 字段，荣誉榜会把它列在“未注明年份”下',
    en: '{{awardEn}} has the year {{named}} in its name but no years field, so the honour roll lists it as undated',
    hintZh: '加一行 years: {{named}}，并从名称中删去年份。',
    hintEn: 'Add a line years: {{named}} and drop the year from the name.',
  },
  'years.unordered': {
    zh: '{{awardZh}}的年份“{{given}}”没有按先后顺序写，网站会按 {{sorted}} 显示',
    en: '{{awardEn}}: the years "{{given}}" are not in order; the site shows them as {{sorted}}',
    hintZh: '按从早到晚的顺序写：{{sorted}}；若是把某个年份打错了，请改正。',
    hintEn: 'Write them earliest first: {{sorted}}; if one of them is a typo, correct it.',
  },
  'article.duplicate-title': {
    zh: '文章标题“{{title}}”与 {{other}} 的标题相同',
    en: 'the article title "{{title}}" is the same as that of {{other}}',
    hintZh: '如果这篇是复制来的模板，请改成它自己的标题；如果两篇重复，删除其中一篇。',
    hintEn: 'If this article was copied as a template, give it its own title; if the two are duplicates, delete one.',
  },
  'order.gap': {
    zh: '文章序号不连续：{{before}} 之后是 {{after}}，缺少 {{missing}}',
    en: 'the article numbers have a gap: {{after}} follows {{beforeEn}}, {{missing}} is missing',
    hintZh: '检查是否漏放了文章；如果是有意删除的，把后面的文件重新编号。',
    hintEn: 'Check whether an article is missing; if one was removed on purpose, renumber the files after it.',
  },
  'heading.jump': {
    zh: '小标题“{{heading}}”从 {{from}} 跳到了 {{to}}，中间少了一级',
    en: 'the heading "{{heading}}" jumps from {{from}} to {{to}}, skipping a level',
    hintZh: '改成 {{fix}} {{heading}}：每一级小标题只比上一级多一个 #。',
    hintEn: 'Write {{fix}} {{heading}}: each level of heading adds one # to the one above.',
  },
  'field.too-long': {
    zh: '“{{start}}”有 {{length}} 个字，超过 {{limit}} 个字，不像是标题',
    en: '"{{start}}" is {{length}} characters long, more than {{limit}}; that is not a heading',
    hintZh: '标题只写一句话；整段文字请放到正文里。检查是否把下一行也并进了这个字段。',
    hintEn: 'Keep the heading to one line and move the paragraph into the body; check that the next line did not run into this field.',
  },
  'text.unpaired-mark': {
    zh: '“{{given}}”中的「{{mark}}」没有配对的「{{partner}}」',
    en: 'the "{{mark}}" in "{{given}}" has no matching "{{partner}}"',
    hintZh: '补上缺少的「{{partner}}」，或删去多余的「{{mark}}」。',
    hintEn: 'Add the missing "{{partner}}" or delete the extra "{{mark}}".',
  },
  'html.word-leftovers': {
    zh: '正文里有从 Word/WPS 复制来的排版代码（{{found}}），发布时会被删去，段落和空格可能错乱',
    en: 'the text contains layout code copied from Word/WPS ({{found}}); it is removed on publishing and may leave paragraphs and spacing wrong',
    hintZh: '删除这些 HTML，重新粘贴为纯文本（在 Word 中右键“只保留文本”，或先粘贴到记事本再复制），或用 npm run import 导入 .docx 文件。',
    hintEn: 'Delete this HTML and paste as plain text (Word: paste with "Keep Text Only", or go through Notepad), or import the .docx with npm run import.',
  },
  'link.local-file': {
    zh: '{{kind}}地址“{{url}}”指向你自己电脑上的文件，网站上打不开',
    en: 'the {{kindEn}} "{{url}}" points at a file on your own computer, which the site cannot reach',
    hintZh: '把文件“{{name}}”复制到这篇文章旁边，地址改成 ./{{name}}（从 Word 粘贴的图片请另存为图片文件）。',
    hintEn: 'Copy the file "{{name}}" next to this article and write ./{{name}} (save images pasted from Word as image files first).',
  },
  'link.intranet': {
    zh: '链接“{{url}}”指向内部网络（{{host}}），外网读者打不开',
    en: 'the link "{{url}}" points into an internal network ({{host}}), which readers outside cannot reach',
    hintZh: '换成对外公开的网址；内部系统的页面请改为文字说明。',
    hintEn: 'Use a public address instead; describe internal systems in words.',
  },
  'slug.case-collision': {
    zh: '纪实名“{{slug}}”与“{{other}}”只有大小写不同，在 Windows 和 macOS 上是同一个文件夹',
    en: 'the dossier names "{{slug}}" and "{{other}}" differ only in case, which Windows and macOS treat as one folder',
    hintZh: '把其中一个改成别的名字（纪实名只用小写英文字母、数字和短横线）。',
    hintEn: 'Rename one of them (dossier names use lowercase letters, digits and hyphens only).',
  },
  'slug.not-address': {
    zh: '纪实名“{{slug}}”含有大写字母或英文字母、数字、短横线以外的字符，网址容易输错',
    en: 'the dossier name "{{slug}}" has uppercase letters or characters other than letters, digits and hyphens, which make its address easy to mistype',
    hintZh: '改名为 {{suggestion}}：概述文件、四个篇章的文件夹和成就篇文件要一起改名。',
    hintEn: 'Rename it {{suggestion}}: the overview, the three section folders and the achievements file together.',
  },
  'article.name-not-address': {
    zh: '文件名“{{name}}”含有大写字母或英文字母、数字、短横线以外的字符，文章的网页位置名容易输错',
    en: 'the file name "{{name}}" has uppercase letters or characters other than letters, digits and hyphens, which make the article’s anchor easy to mistype',
    hintZh: '改名为 {{suggestion}}；链接到这篇文章的地方也要跟着改。',
    hintEn: 'Rename it {{suggestion}}, and update links to the article.',
  },

  // Attachments kept next to the articles
  'file.unreferenced': {
    zh: '附件“{{name}}”没有被任何页面链接或显示，不会发布到网站上',
    en: 'no page links to or shows the attachment "{{name}}", so it is not published',
    hintZh: '需要提供下载或显示时，在文章里写 [名称](./{{name}}) 或 ![说明](./{{name}})；不需要就把它移出 content 文件夹。',
    hintEn: 'To offer or show it, write [title](./{{name}}) or ![caption](./{{name}}) in an article; otherwise move it out of the content folder.',
  },
  'file.private-unlinked': {
    zh: '附件“{{name}}”看起来是内部文件或草稿（{{reason}}），没有页面链接它，不会发布',
    en: 'the attachment "{{name}}" looks internal or a draft ({{reason}}); no page links to it, so it is not published',
    hintZh: '把它移出 content 文件夹，免得日后被误链接而公开；确实要公开时，另存为 PDF 后在文章里链接。',
    hintEn: 'Move it out of the content folder so that it is never linked and published by mistake; to publish it, save it as a PDF and link that.',
  },
  'file.private-linked': {
    zh: '这里链接的附件“{{name}}”看起来是内部文件或草稿（{{reason}}），链接后会公开发布',
    en: 'the attachment "{{name}}" linked here looks internal or a draft ({{reason}}), and linking it publishes it',
    hintZh: '确认可以公开后再保留这个链接；Word、Excel 文件最好另存为 PDF 再链接。不应公开就删掉链接，并把文件移出 content 文件夹。',
    hintEn: 'Keep the link only if the file may be public; better link a PDF than a Word or Excel file. Otherwise remove the link and move the file out of the content folder.',
  },

  // The checker itself
  'check.rule-failed': {
    zh: '检查规则“{{rule}}”没能完成（{{detail}}），内容没有全部检查',
    en: 'the check "{{rule}}" could not finish ({{detail}}), so the content is not fully checked',
    hintZh: '这是检查程序自身的问题，不是你的错。把这条提示和最近改动的文件发给网站维护人员；问题解决前网站不会生成。',
    hintEn: 'This is a fault of the checker, not of the content. Send this message and the files changed last to the site maintainers; the site is not built until it is fixed.',
  },

  // Links, images and raw HTML in Markdown
  'link.broken': {
    zh: '链接 {{url}} 指向的页面不存在',
    en: 'the link {{url}} points to no page of the site',
    hintZh: '站内链接写成网站地址，如 /纪实名/management/#文章名；检查拼写。',
    hintEn: 'Write internal links as site addresses such as /<dossier>/management/#<article>; check the spelling.',
  },
  'link.anchor': {
    zh: '链接 {{url}} 的页面存在，但页面上没有“#{{anchor}}”',
    en: 'the page of {{url}} exists but has no "#{{anchor}}"',
    hintZh: '#后面写文章的文件名（去掉序号和 .md），或 award-01 这样的荣誉编号。',
    hintEn: 'After # write the article file name (without number and .md), or an award number like award-01.',
  },
  'link.markdown-file': {
    zh: '链接 {{url}} 指向 Markdown 文件，网站上没有这个地址',
    en: 'the link {{url}} points at a Markdown file, which is not an address on the site',
    hintZh: '改成网站地址：{{suggestion}}。',
    hintEn: 'Use the site address instead: {{suggestion}}.',
  },
  'link.unsure': {
    zh: '链接 {{url}} 指向的页面或位置是否存在，要等 {{fix}} 的错误改正后才能判断',
    en: 'whether the page or spot {{url}} points to exists cannot be told until the errors in {{fix}} are fixed',
    hintZh: '先改正 {{fix}} 中的错误，再运行 npm run check 检查这个链接。',
    hintEn: 'Fix the errors in {{fix}} first, then run npm run check again for this link.',
  },
  'image.missing': {
    zh: '找不到图片 {{url}}',
    en: 'the image {{url}} does not exist',
    hintZh: '图片放在这篇文章旁边并写相对路径（如 ./photo.jpg），或放在 public/ 下并以 / 开头；注意大小写。',
    hintEn: 'Put the image next to the article and use a relative path (./photo.jpg), or under public/ with a leading /; mind upper and lower case.',
  },
  'media.missing': {
    zh: '找不到视频、音频或字幕文件 {{url}}',
    en: 'the video, audio or caption file {{url}} does not exist',
    hintZh: '把文件放在这篇文章旁边并写相对路径（如 ./录像.mp4），或放在 public/ 下并以 / 开头；注意大小写。',
    hintEn: 'Put the file next to the article and use a relative path (./video.mp4), or under public/ with a leading /; mind upper and lower case.',
  },
  'html.script': {
    zh: '正文中的 <script> 脚本会在发布时连同内容一起删除',
    en: 'the <script> in the text is removed, with its content, when the site is published',
    hintZh: '删除这段脚本；网站不允许在文章中运行脚本。',
    hintEn: 'Delete the script; articles may not run scripts.',
  },
  'html.style': {
    zh: '正文中的 <style> 样式会在发布时连同内容一起删除，不会出现在页面上',
    en: 'the <style> in the text is removed, with its content, when the site is published',
    hintZh: '删除这段样式；文章的字体、颜色和排版由网站统一设定，加粗用 **文字**。',
    hintEn: 'Delete the style; the site sets fonts, colours and layout for every article. Use **text** for bold.',
  },
  'html.iframe': {
    zh: '正文中的 <{{tag}}> 嵌入内容会在发布时删除',
    en: 'the <{{tag}}> in the text is removed when the site is published',
    hintZh: '改成普通链接：[说明文字](网址)；视频和音频放在文章旁边，用 <video>、<audio> 播放。',
    hintEn: 'Use an ordinary link instead: [text](address); put video and audio next to the article and play them with <video> or <audio>.',
  },
  'html.embed': {
    zh: '正文中的 <{{tag}}> 嵌入对象会在发布时删除',
    en: 'the <{{tag}}> object in the text is removed when the site is published',
    hintZh: '把文件放在文章旁边并写成链接，如 [下载材料](./材料.pdf)；视频和音频用 <video>、<audio>。',
    hintEn: 'Put the file next to the article and link to it, as in [download](./file.pdf); use <video> or <audio> for video and sound.',
  },
  'html.element-unwrapped': {
    zh: '正文中的 <{{tag}}> 标签会在发布时去掉，里面的文字照常显示',
    en: 'the <{{tag}}> tag in the text is removed when the site is published; its text stays',
    hintZh: '删掉这个标签，只留文字；网站允许的 HTML 见编辑指南 content/README.md“正文中的 HTML、图片和音视频”。',
    hintEn: 'Remove the tag and keep the text; the HTML the site allows is listed in the editor guide, content/README.md.',
  },
  'html.element-dropped': {
    zh: '正文中的 <{{tag}}> 会在发布时连同内容一起删除',
    en: 'the <{{tag}}> in the text is removed, with its content, when the site is published',
    hintZh: '删掉这段；需要显示的文字请直接写在正文里。',
    hintEn: 'Delete it; write any text that should show directly in the article.',
  },
  'html.event-handler': {
    zh: '正文 HTML 中 <{{tag}}> 的 {{attribute}} 属性会在发布时删除',
    en: 'the {{attribute}} attribute of <{{tag}}> in the text is removed when the site is published',
    hintZh: '删除这个属性；文章中的 HTML 不能带事件脚本。',
    hintEn: 'Delete the attribute; HTML in articles may not carry event scripts.',
  },
  'html.attribute-removed': {
    zh: '正文 HTML 中 <{{tag}}> 的 {{attribute}} 属性会在发布时删除',
    en: 'the {{attribute}} attribute of <{{tag}}> in the text is removed when the site is published',
    hintZh: '删掉这个属性：文章的字体、颜色、大小由网站统一设定（style、class 不起作用）；允许的属性见编辑指南。',
    hintEn: 'Delete the attribute: the site sets fonts, colours and sizes (style and class have no effect); the allowed attributes are in the editor guide.',
  },
  'html.javascript-url': {
    zh: '“javascript:”开头的地址会在发布时删除',
    en: 'the "javascript:" address is removed when the site is published',
    hintZh: '链接只能指向网页地址或文件。',
    hintEn: 'Links may only point at web addresses or files.',
  },

  // Footer records in site.yaml: the filings a government or public-institution site shows
  'footer.icp': {
    zh: '“{{given}}”不是 ICP 备案号的写法',
    en: '"{{given}}" is not written as an ICP filing number',
    hintZh: '照备案通知抄写：省的简称、ICP备、数字、号，同一备案下的第二个网站起在后面加“-序号”，如 鄂ICP备12345678号-1。{{suggestionZh}}',
    hintEn: 'Copy it from the filing notice: the province\'s one-character name, ICP备, the digits, 号, and "-n" for the n-th site of one filing, as in 鄂ICP备12345678号-1. {{suggestionEn}}',
  },
  'footer.police': {
    zh: '“{{given}}”不是公安机关备案号的写法',
    en: '"{{given}}" is not written as a public-security filing number',
    hintZh: '照备案证明抄写：省的简称、公网安备、14 位数字、号，如 鄂公网安备42110202000123号。{{suggestionZh}}',
    hintEn: 'Copy it from the filing certificate: the province\'s one-character name, 公网安备, 14 digits, 号, as in 鄂公网安备42110202000123号. {{suggestionEn}}',
  },
  'footer.police-digits': {
    zh: '公安机关备案号“{{given}}”中有 {{count}} 位数字，应为 14 位',
    en: 'the public-security filing number "{{given}}" has {{count}} digits instead of 14',
    hintZh: '对照备案证明核对数字，不要漏写或多写。',
    hintEn: 'Check the digits against the filing certificate.',
  },
  'footer.province': {
    zh: '“{{given}}”开头的“{{province}}”不是省、自治区、直辖市的简称',
    en: '"{{given}}" starts with "{{province}}", which is not the one-character name of a province',
    hintZh: '备案号以省的简称开头：{{provinces}}。',
    hintEn: 'Filing numbers start with the one-character name of a province: {{provinces}}.',
  },
  'footer.police-region': {
    zh: '公安机关备案号“{{given}}”的数字以 {{code}} 开头，属于“{{actual}}”，与开头的“{{province}}”不一致',
    en: 'the digits of the public-security filing number "{{given}}" start with {{code}}, the code of "{{actual}}", not of "{{province}}"',
    hintZh: '数字的前两位是备案地的地区代码。对照备案证明核对简称和数字。',
    hintEn: 'The first two digits are the code of the region the site was filed in; check the name and digits against the certificate.',
  },
  'footer.site-code': {
    zh: '政府网站标识码“{{given}}”应为 10 位数字或字母',
    en: 'the government website code "{{given}}" must be 10 digits or letters',
    hintZh: '从政府网站信息报送系统中照抄，如 4211020001（部门网站如 bm01000001）。',
    hintEn: 'Copy it from the government website register, as in 4211020001 (a department\'s: bm01000001).',
  },
  'footer.mark-image': {
    zh: '党政机关网站标识的图片“{{given}}”在其他网站上',
    en: 'the image of the party and government website mark, "{{given}}", is on another site',
    hintZh: '把开办时领取的标识图片放进 content 文件夹（和 site.yaml 放在一起），再写它的文件名，如 image: 党政机关网站标识.png。网站不引用其他网站的图片。',
    hintEn: 'Put the mark\'s image file in the content folder next to site.yaml and write its file name, as in image: mark.png. The site loads no image from other sites.',
  },
  'footer.mark-image-missing': {
    zh: '找不到党政机关网站标识的图片 {{url}}',
    en: 'the image of the party and government website mark, {{url}}, does not exist',
    hintZh: '把图片放进 content 文件夹（和 site.yaml 放在一起）并写它的文件名，或放在 public/ 下并写以 / 开头的路径；注意文件名的大小写。',
    hintEn: 'Put the image in the content folder next to site.yaml and write its file name, or under public/ with a path starting with /; mind upper and lower case.',
  },
  'footer.unquoted-number': {
    zh: '“{{key}}”的值被读成了数字 {{given}}，开头的 0 丢失了',
    en: 'the value of "{{key}}" was read as the number {{given}}, losing its leading 0',
    hintZh: '把它照原样写在英文双引号里，如 {{key}}: "{{example}}"。',
    hintEn: 'Write it as it is between double quotes, as in {{key}}: "{{example}}".',
  },
  'html.url-removed': {
    zh: '<{{tag}}> 的地址“{{url}}”会在发布时删除',
    en: 'the address "{{url}}" of <{{tag}}> is removed when the site is published',
    hintZh: '文件放在文章旁边并写相对路径（如 ./photo.jpg），网页写完整的 https:// 地址；链接还可以用 mailto: 和 tel:。本机路径（file:）和嵌入数据（data:）在网站上无法打开。',
    hintEn: 'Put files next to the article and use a relative path (./photo.jpg), and write web pages as full https:// addresses; links may also use mailto: and tel:. Local paths (file:) and embedded data (data:) cannot be opened on the site.',
  },
} as const satisfies Record<string, MessageEntry>;

/** The key of a message in {@link CONTENT_MESSAGES}. */
export type ContentMessageCode = keyof typeof CONTENT_MESSAGES;

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
