import { ARTICLE_SECTION_KINDS, AWARDS_MARKER } from '../constants.ts';
import { contentPaths } from '../content-paths.ts';
import { sectionName } from '../i18n.ts';
import { yamlScalar as scalar } from '../front-matter/index.ts';
import { articleName } from '../content-names.ts';

/** What an editor gives for a new dossier; the rest of the overview is derived and easy to edit. */
export interface ScaffoldInput {
  /** Folder and file name, and the dossier's address: `/<slug>/`. @example huangzhou-office */
  slug: string;
  /** @example 文明清风谱华章 */
  title: string;
  /** @example 黄州区政府办公室 */
  unit: string;
  /** One year or a range; empty when not known yet. @example 2007-2011 */
  period?: string;
}

/** One file to create, relative to the content folder. */
export interface ScaffoldFile {
  path: string;
  text: string;
}

const SECTIONS = ARTICLE_SECTION_KINDS.map((kind) => ({
  kind,
  name: sectionName(kind),
  example: `示例：${sectionName(kind)}第一篇文章的标题`,
}));

function overview(input: ScaffoldInput): string {
  const period = input.period?.trim();
  return `---
# 纪实标题，印在封面上
title: ${scalar(input.title)}
# 标题下面的一行说明（网站会在前面加“——”）
subtitle: ${scalar(`${input.unit}创建文明单位纪实`)}
# 纪实写的是哪个单位；荣誉榜按单位归类
unit: ${scalar(input.unit)}
# 纪实涵盖的年份：一年（2010）或一段（2007-2011）；不清楚时删掉这一行
${period ? `period: ${scalar(period)}` : '# period: 2007-2011'}
# 一两句话的简介，显示在首页、订阅源和搜索结果中
summary: ${scalar(`${input.unit}${period ? `${period}年` : ''}创建文明单位工作纪实。`)}
---

<!--
  在这里写纪实的前言（可以不写）。这段说明是注释，网站上不显示，可以删除。
-->
`;
}

function article(section: (typeof SECTIONS)[number]): string {
  return `---
# 文章标题，通常是原文的小标题
title: ${scalar(section.example)}
# 可选：一句话摘要，显示在目录和搜索结果中
# summary: …
# 可选：排列顺序，默认取文件名开头的数字（01-… 排在 02-… 前面）
# order: 1
---

<!--
  这是${section.name}的示例文章。把标题和正文改成第一篇正式文章，
  并把文件改名为 01-拼音名.md（文件名中不要有空格）；文件名去掉数字后就是文章在网页上的位置名。
  再写一篇就新建 02-….md。正文用 Markdown：空一行分段，**加粗**，[链接文字](/纪实名/service/)。
-->

这是一篇示例文章的正文。请改写成正式内容。
`;
}

function intro(section: (typeof SECTIONS)[number]): string {
  return `<!--
  ${section.name}的引言（可选），显示在所有文章之前。没有字段，直接写正文；不需要时可以删除本文件。
-->
`;
}

function achievements(): string {
  return `---
# 荣誉列表，按原文顺序一项一项列出。添加第一项时，把下面的 [] 删掉，
# 再去掉示例行开头的 “# ”：
#
#   - title: 市级文明单位             # 奖项名称，不含年份
#     years: 2009-2011                # 一年（2010）、一段（2009-2011）或 [2010, 2011]
#     level: 市级                     # 国家级、省级、市级、区县级、乡镇级、单位内部
#     issuer: 中共黄冈市委、黄冈市人民政府   # 可选：颁奖单位
#     note: 原文作“2006-20011年”      # 可选：说明
awards: []
---

<!-- 荣誉表格前的引言写在这里；表格出现在下面的标记处，标记后面可以写结语。 -->

${AWARDS_MARKER}
`;
}

/**
 * The files of a new dossier: its overview, an introduction and a commented example article in
 * each of the three article sections, and an achievements file with a commented example award.
 * Every file passes the content check as written.
 */
export function dossierFiles(input: ScaffoldInput): ScaffoldFile[] {
  return [
    { path: contentPaths.dossier(input.slug), text: overview(input) },
    ...SECTIONS.flatMap((section) => [
      { path: contentPaths.intro(section.kind, input.slug), text: intro(section) },
      // Named as the importer names articles, from the title, so both tools lay out the same files.
      { path: contentPaths.article(section.kind, input.slug, articleName(section.example), 1), text: article(section) },
    ]),
    { path: contentPaths.achievements(input.slug), text: achievements() },
  ];
}

/** Dossier slugs are addresses: lowercase letters, digits and single hyphens. */
export function isValidSlug(slug: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug);
}
