import type { SectionKind } from './constants.ts';

/**
 * Every string the site shows that does not come from content. Keys are flat and dotted,
 * `area.item`; `{{name}}` placeholders are filled by {@link t}.
 */
export const STRINGS = {
  // Layout
  'site.lang': 'zh-CN',
  'layout.skip': '跳到正文',
  'layout.nav': '主导航',
  'layout.home': '首页',
  'layout.awards': '荣誉榜',
  'layout.search': '搜索',
  'layout.breadcrumbs': '当前位置',
  'layout.elder': '大字模式',
  'layout.elderShort': '大字',

  // Footer
  'footer.about':
    '本网站汇集各单位创建文明单位的纪实材料，介绍他们在管理、服务和创建工作中的做法，并列出历年获得的荣誉，供公众查阅。内容以各单位提供的原始材料为准。',
  'footer.feed': '订阅更新（RSS）',
  'footer.feedHelp': '用 RSS 阅读器订阅本站，有新的纪实发布时会自动收到，不必反复打开网站查看。',
  'footer.zoom': '看不清楚时，电脑上可按 Ctrl 和 +（苹果电脑按 ⌘ 和 +）放大网页，手机上可用两指张开放大。',
  'footer.elderHint': '页面顶部的“大字模式”按钮能放大文字、加强对比，打开后在本站各页面都有效。',
  'footer.sponsor': '主办单位',
  'footer.organizer': '承办单位',
  'footer.address': '地址',
  'footer.phone': '电话',
  'footer.email': '电子邮箱',
  'footer.siteCode': '网站标识码',
  'footer.icpHelp': '（ICP 备案号，在工业和信息化部备案系统中查询）',
  'footer.policeHelp': '（公安机关备案号，在全国互联网安全管理服务平台中查询）',
  'footer.partyGovMark': '党政机关网站标识',

  // Search box and page
  'search.label': '搜索纪实和荣誉',
  'search.landmark': '页眉搜索',
  'search.placeholder': '搜索：如 市级文明单位、法治、调研',
  'search.submit': '搜索',
  'search.heading': '搜索',
  'search.intro': '输入词语的任何一部分即可，如“血压”能找到“高血压”；多个词用空格隔开，结果须包含全部词语；年份能找到跨越该年的荣誉；加引号搜索完整短语。',
  'search.noscript': '搜索需要浏览器启用 JavaScript。也可以从荣誉榜按年份、级别和单位浏览全部荣誉。',
  'search.form': '全站搜索',
  'search.filter.type': '类型',
  'search.filter.dossier': '纪实',
  'search.filter.unit': '单位',
  'search.filter.section': '篇章',
  'search.filter.year': '年份',
  'search.filter.level': '级别',
  'search.type.article': '文章',
  'search.type.award': '荣誉',
  'search.type.dossier': '纪实概述',
  'search.type.unitAwards': '单位荣誉',
  'search.zeroResults': '没有找到与“{{term}}”相关的结果',
  'search.manyResults': '找到 {{count}} 条与“{{term}}”相关的结果',
  'search.filteredResults': '按所选条件找到 {{count}} 条结果',
  'search.searching': '正在搜索……',
  'search.loosened': '没有完全符合“{{term}}”的结果，以下结果包含“{{words}}”。',
  'search.failed': '搜索索引未能加载，请稍后再试，或从荣誉榜浏览。',
  'search.results': '搜索结果',
  'search.loadMore': '显示更多结果',
  'search.filters': '筛选',
  'search.filtersActive': '筛选（已选 {{count}} 项）',
  'search.filterAll': '全部',
  'search.filterValue': '{{value}}（{{count}}）',
  'search.filterClear': '清除筛选',
  'search.inSections': '本页相关段落',

  // Home
  'home.dossiers': '纪实',
  'home.latestAwards': '最新荣誉',
  'home.allAwards': '查看全部荣誉',
  'home.latestCaption': '最新 {{count}} 项荣誉',
  'home.period': '时间：{{period}}',
  'home.unit': '单位：{{unit}}',
  'home.empty': '还没有纪实。',

  // Dossier page
  'dossier.preface': '前言',
  'dossier.contents': '目录',
  'dossier.read': '阅读{{section}}',
  'dossier.awardCount': '共 {{count}} 项荣誉',
  'dossier.print': '打印全文',
  'dossier.noArticles': '本篇暂无文章。',

  // Print view of a whole dossier
  'print.title': '{{title}}（打印版）',
  'print.hint': '本页汇集纪实全文，适合打印或另存为 PDF：请使用浏览器的“打印”功能（Ctrl+P）。',
  'print.back': '返回在线阅读',
  'print.pageFooter': '第 {{page}} 页，共 {{pages}} 页',

  // Sections
  'section.management': '管理篇',
  'section.service': '服务篇',
  'section.creation': '创建篇',
  'section.achievements': '成就篇',
  'section.prev': '上一篇：{{title}}',
  'section.next': '下一篇：{{title}}',
  'section.pager': '篇章导航',
  'section.contents': '本篇目录',

  // Footnotes at the end of an article
  'article.footnotes': '注释',
  'article.footnoteBack': '返回正文中注释 {{n}} 的位置',
  'article.footnoteBackAgain': '返回正文中注释 {{n}} 的第 {{k}} 处位置',

  // Contents beside a section (a dossier's sections and articles)
  'contents.here': '本页内容',

  // Award tables
  'awards.heading': '荣誉榜',
  'awards.intro': '历年所获荣誉，最新的在前。可按年份、级别或单位浏览。',
  'awards.caption': '{{unit}}所获荣誉',
  'awards.col.years': '年份',
  'awards.col.title': '荣誉',
  'awards.col.level': '级别',
  'awards.col.unit': '单位',
  'awards.col.issuer': '颁发单位',
  'awards.col.note': '备注',
  'awards.noYear': '未注明年份',
  'awards.noLevel': '未注明',
  'awards.byYear': '按年份',
  'awards.byLevel': '按级别',
  'awards.byUnit': '按单位',
  'awards.allUnits': '全部单位（{{count}} 个）',
  'awards.unitsTitle': '各单位的荣誉',
  'awards.yearTitle': '{{year}} 年度荣誉',
  'awards.undatedTitle': '未注明年份的荣誉',
  'awards.levelTitle': '{{level}}荣誉',
  'awards.unspecifiedLevelTitle': '未注明级别的荣誉',
  'awards.unitTitle': '{{unit}}的荣誉',
  'awards.count': '{{count}} 项',
  'awards.note': '注：{{note}}',
  'awards.issuer': '颁发：{{issuer}}',
  'awards.empty': '暂无荣誉。',
  'awards.unstated': '未注明',
  'awards.nth': '第 {{n}} 项',
  'awards.apartSeparator': '，',
  'awards.unitNote': '单位：{{unit}}',
  'awards.list': '荣誉清单',
  'awards.download.label': '下载这份清单',
  'awards.download.xlsx': '下载 Excel 表格（.xlsx）',
  'awards.download.csv': '下载 CSV 文件（.csv）',

  // Award chart (awards per year by level)
  'chart.heading': '各年度荣誉',
  'chart.label': '{{subject}}各年度荣誉数量条形图，按级别分色，数据见图下的表格',
  'chart.caption': '每年所获荣誉的数量，按级别分色；跨年度的荣誉计入所涵盖的每一年。',
  'chart.segment': '{{year}} 年{{level}}荣誉 {{count}} 项',
  'chart.undated': '另有 {{count}} 项荣誉未注明年份，不在图中。',
  'chart.yearRun': '{{from}}–{{to}}',
  'chart.legend': '图例',
  'chart.data': '查看图表数据',
  'chart.dataCaption': '{{subject}}各年度荣誉数量（按级别）',
  'chart.yearColumn': '年份',
  'chart.totalColumn': '合计',

  // Content editor (/admin/)
  'admin.title': '内容编辑 · {{site}}',
  'admin.noscript': '内容编辑需要浏览器启用 JavaScript。',
  'admin.loading': '正在载入内容编辑……',
  'admin.notConfigured': '本站还没有设置在线编辑。',
  'admin.notConfigured.hint': '在 content/site.yaml 中填写 editing（代码仓库的位置）后重新发布，就可以在这里编辑；在自己的电脑上编辑请运行 npm run edit。详见 content/README.md 编辑指南。',
  'admin.collection.dossier': '纪实概述',
  'admin.collection.dossierOne': '纪实',
  'admin.collection.intro': '{{section}}引言',
  'admin.collection.article': '{{section}}',
  'admin.collection.articleOne': '{{section}}文章',
  'admin.collection.achievements': '成就篇',
  'admin.collection.site': '网站设置',
  'admin.award': '荣誉',
  'admin.file.number': '序号',
  'admin.file.name': '网址名',
  'admin.file.numberAuto': '不填：排在最后',
  'admin.file.nameAuto': '不填：按标题的拼音',
  'admin.file.saved': '文件 {{file}}（网页上的位置 #{{name}}）',
  'admin.dossier.choose': '请选择纪实',
  'admin.image': '图片',
  'admin.image.file': '图片文件',
  'admin.image.alt': '图片说明',
  'admin.image.title': '悬停提示（可选）',
  'admin.markdown.rawForNotes':
    '这段文字有注释（正文中的 [^1] 和末尾的 [^1]: 注释内容），可视化编辑会把注释改坏，所以这里直接显示 Markdown 原文。照原样修改文字即可；新加注释时，在正文处写 [^2]，在末尾另起一段写 [^2]: 注释内容。',

  // 404
  'notFound.title': '页面不存在',
  'notFound.body': '您要找的页面不存在，可能已经移动或删除。',
  'notFound.home': '返回首页',
} as const satisfies Record<string, string>;

/** A key of {@link STRINGS}. */
export type StringKey = keyof typeof STRINGS;

// A site's pages ask for these strings hundreds of thousands of times (a row of an award table
// asks for up to three), so each is cut at its placeholders once: text, name, text, … text.
const cutStrings = new Map<StringKey, readonly string[]>();

function templateParts(key: StringKey): readonly string[] {
  let parts = cutStrings.get(key);
  if (parts === undefined) cutStrings.set(key, (parts = STRINGS[key].split(/\{\{(\w+)\}\}/)));
  return parts;
}

/**
 * A UI string with its `{{placeholders}}` filled in.
 *
 * @example t('awards.yearTitle', { year: 2010 }) // '2010 年度荣誉'
 */
export function t(key: StringKey, values: Record<string, string | number> = {}): string {
  const parts = templateParts(key);
  let text = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) text += String(values[parts[i]!] ?? '') + parts[i + 1]!;
  return text;
}

/** The Chinese name of a section: 管理篇, 服务篇, 创建篇 or 成就篇. */
export function sectionName(kind: SectionKind): string {
  return t(`section.${kind}`);
}
