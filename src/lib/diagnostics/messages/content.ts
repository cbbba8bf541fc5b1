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
    zh: '类型不对：应为{{expected}}，实际是{{received}}',
    en: 'wrong type: expected {{expectedEn}}, got {{receivedEn}}',
    hintZh: '检查这一行的写法，参见 content/README.md 编辑指南。',
    hintEn: "Check how the value is written; see the editor guide, content/README.md.",
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
    hintZh: '参见 content/README.md 编辑指南中这个字段的示例。',
    hintEn: "See this field's example in the editor guide, content/README.md.",
  },
  'field.integer': {
    zh: '应为整数，实际是 {{given}}',
    en: 'must be a whole number, got {{given}}',
    hintZh: '去掉小数部分，例如写成 3。',
    hintEn: 'Drop the fraction, e.g. write 3.',
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
    hintZh: '写成“年-月-日”：2012-01-10（四位年份，月、日各两位，用半角数字和短横线，且是实际存在的日期）。',
    hintEn: 'Write year-month-day: 2012-01-10 (four-digit year, two-digit month and day, a day that exists).',
  },
  'level.unknown': {
    zh: '{{awardZh}}的级别“{{given}}”不在允许范围内',
    en: '{{awardEn}}: unknown level "{{given}}"',
    hintZh: '可用的级别：{{allowed}}。是否想写“{{nearest}}”？',
    hintEn: 'Allowed levels: {{allowed}}. Did you mean "{{nearest}}"?',
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
    zh: '第 {{line}} 行用 Tab 键缩进，字段区只能用空格缩进',
    en: 'line {{line}} is indented with a tab; front matter may only be indented with spaces',
    hintZh: '把这一行开头的 Tab 换成空格（每层两个空格）。',
    hintEn: 'Replace the tab at the start of the line with spaces (two per level).',
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
    zh: '“{{field}}”中含有看不见的字符（{{chars}}），会影响搜索和排版',
    en: '"{{field}}" contains invisible characters ({{chars}}) that break search and layout',
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
    zh: '这个位置的文件不会生成任何页面',
    en: 'no page is built from a file in this place',
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
  'dossier.missing-overview': {
    zh: '{{what}}属于纪实“{{dossier}}”，但没有它的概述文件 {{expected}}',
    en: '{{whatEn}} belongs to the dossier "{{dossier}}", which has no overview file {{expected}}',
    hintZh: '检查文件夹名是否拼错；新纪实请用 npm run new -- {{dossier}} 创建。',
    hintEn: 'Check the folder name for a typo; create new dossiers with npm run new -- {{dossier}}.',
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
    zh: '文件名不以序号开头（如 01-），也没有 order 字段，无法排序',
    en: 'the file name does not start with a number (like 01-) and there is no order field',
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

  // The build
  'build.content-rejected': {
    zh: '内容检查发现错误，网站没有生成',
    en: 'the content check found errors, so the site was not built',
    hintZh: '按上面列出的文件和行号逐条改正后重新生成；只想检查时运行 npm run check。',
    hintEn: 'Fix each problem listed above at its file and line, then build again; npm run check checks without building.',
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
