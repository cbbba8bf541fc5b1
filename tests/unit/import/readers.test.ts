import { Document, EndnoteReferenceRun, FootnoteReferenceRun, Packer, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { pastedLineOf, readText } from '../../../src/lib/import/read-text.ts';
import { wrapWidthOf } from '../../../src/lib/import/broken-lines.ts';
import { readMarkdown } from '../../../src/lib/import/read-markdown.ts';
import { readDocx } from '../../../src/lib/import/read-docx.ts';
import type { Block } from '../../../src/lib/import/block.ts';
import { markdownToDocx } from '../../support/make-docx.ts';

const ONE_LINE = [
  '标题',
  '——某某单位创建文明单位纪实',
  '前言第一段，写得足够长，好让这一行像一整篇文档那样长。'.repeat(12),
  '管',
  '理',
  '篇',
  '引言。',
  '2006-2011',
  '年度先进单位',
  '12',
].join(' ');

const marks = ({ text, heading, list, lead, style }: Block) => ({ text, heading, list, lead, style });

describe('readText', () => {
  it('reads one paragraph per line and skips chrome lines with a reason', () => {
    const { blocks, skipped } = readText('第1页 / 共3页\n标题\n\n正文第一段,有逗号。\n©2024 示例文库 版权所有\n');
    expect(blocks.map((b) => b.text)).toEqual(['标题', '正文第一段，有逗号。']);
    expect(skipped.map((s) => s.reason)).toEqual(['page-counter', 'footer']);
  });

  it('splits a whole-document line at its spaces and joins a heading typed with spaces', () => {
    const { blocks } = readText(`收藏 分销(赏)\n${ONE_LINE}\n`);
    expect(blocks.map((b) => b.text)).toEqual([
      '标题',
      '——某某单位创建文明单位纪实',
      expect.stringMatching(/^前言第一段/),
      '管 理 篇',
      '引言。',
      '2006-2011',
      '年度先进单位',
    ]);
  });

  it('drops the page count glued to the end of a whole-document line, and every other line', () => {
    const { skipped } = readText(`收藏 分销(赏)\n${ONE_LINE}\n客服`);
    expect(skipped.map((s) => [s.text, s.reason])).toEqual([
      ['收藏 分销(赏)', 'navigation'],
      ['12', 'page-counter'],
      ['客服', 'outside-document'],
    ]);
  });

  it('takes a long line for a pasted page only when it holds most of the text and no other line is a section heading', () => {
    const awardLine = `—— ${'2015年度市级文明单位 —— '.repeat(30)}全市平安单位`;
    expect(pastedLineOf(['标题', '——某局创建文明单位纪实', '前言。', '管理篇', '一是甲。正文。', '成就篇', awardLine, '结束语。'])).toBe(-1);
    expect(pastedLineOf(['收藏', ONE_LINE, '客服'])).toBe(1);
    expect(pastedLineOf(['标题', '前言。'.repeat(40), '正文。'.repeat(50)])).toBe(-1);
  });

  it('reads a BOM, CRLF line ends and tab-separated rows as a table', () => {
    const { blocks } = readText('\ufeff标题\r\n荣誉名称\t年份\r\n全省先进集体\t2018年\r\n市级文明单位\t2019-2021年度\r\n结束。\r\n');
    expect(blocks.map((b) => b.text)).toEqual(['标题', '荣誉名称 年份\n全省先进集体 2018年\n市级文明单位 2019-2021年度', '结束。']);
    expect(blocks[1]!.table).toEqual([['荣誉名称', '年份'], ['全省先进集体', '2018年'], ['市级文明单位', '2019-2021年度']]);
    expect(blocks[1]!.where).toBe('第 2–4 行');
  });

  it('normalises dashes, full-width digits and half-width punctuation once', () => {
    const { blocks } = readText('――２０２１年度全省节水型单位(2021年)\n管理出效益,制度管长远;');
    expect(blocks.map((b) => b.text)).toEqual(['——2021年度全省节水型单位（2021年）', '管理出效益，制度管长远；']);
  });
});

describe('readText: paragraphs broken into lines of one width', () => {
  // Broken every 20 characters, as an editor saves text with a line length; lines with digits in
  // them are narrower on a page that counts columns, and a line of one paragraph ends at 。 early.
  const WRAPPED = [
    '标题',
    '——某某中心创建文明单位纪实',
    '某某中心成立于1985年，现有职工120',
    '人，是一所综合服务单位。中心坚持以创建促',
    '发展，把文明创建融入日常工作。',
    '管理篇',
    '一是健全制度。中心修订各项规章制度二十余',
    '项，形成用制度管人管事的良好局面。',
    '二是锻造队伍。中心组织青年职工拜师结对，',
    '每年培训一百二十人次，素质提升，获ISO',
    '9001认证，质量管理体系运行良好，评价',
    '　　职工满意度逐年上升。',
    '成就篇',
    '2019年度全国精神文明建设工作先进集体单位',
    '2020年度全国精神文明建设工作先进集体单位',
  ].join('\n');

  it('joins a line as wide as the file breaks them onto the next, and says how many it joined', () => {
    const { blocks, joined } = readText(WRAPPED);
    expect(blocks.map((b) => b.text)).toEqual([
      '标题',
      '——某某中心创建文明单位纪实',
      '某某中心成立于1985年，现有职工120人，是一所综合服务单位。中心坚持以创建促发展，把文明创建融入日常工作。',
      '管理篇',
      '一是健全制度。中心修订各项规章制度二十余项，形成用制度管人管事的良好局面。',
      // An indented line starts a paragraph, and so would a numbered point, a heading or a year.
      '二是锻造队伍。中心组织青年职工拜师结对，每年培训一百二十人次，素质提升，获ISO 9001认证，质量管理体系运行良好，评价',
      '职工满意度逐年上升。',
      '成就篇',
      '2019年度全国精神文明建设工作先进集体单位',
      '2020年度全国精神文明建设工作先进集体单位',
    ]);
    expect(blocks[2]!.where).toBe('第 3–5 行');
    expect(joined).toEqual({ lines: 5, width: 40 });
  });

  it('leaves a file of one paragraph per line as it is, award lines of one width included', () => {
    // Award lines as wide as one another, years first or last, are no paragraph broken into lines.
    const awards = ['2019年度全国精神文明建设工作先进集体', '2020年度全省精神文明建设工作先进集体', '2021年度全市精神文明建设工作先进集体'];
    const yearsLast = ['全国精神文明建设工作先进集体（2019年）', '全省精神文明建设工作先进集体（2020年）', '全市精神文明建设工作先进集体 2021年', '全县精神文明建设工作先进集体——2022年'];
    const lines = ['标题', '——某某中心创建文明单位纪实', '前言。', '管理篇', '正文一段，没有换行。', '成就篇', ...awards, ...awards, ...yearsLast, '结束。'];
    const { blocks, joined } = readText(lines.join('\n'));
    expect(blocks.map((b) => b.text)).toEqual(lines);
    expect(joined).toBeUndefined();
    expect(wrapWidthOf(lines)).toBeUndefined();
  });
});

describe('readMarkdown: paragraphs broken into lines of one width', () => {
  it('joins the lines of a paragraph broken at the width of the file, and keeps a hard break', () => {
    const source = [
      '# 标题',
      '',
      '**一是健全制度。**中心修订各项规章制度二十',
      '余项，形成用制度管人管事的良好局面。',
      '',
      '**二是锻造队伍。**中心组织青年职工拜师结对',
      '，每年培训一百二十人次，队伍素质明显提升。',
      '',
      '三是优化服务。中心设立便民服务窗口，推行预约\\',
      '办理，群众办事更方便，满意度逐年上升。',
      '',
      '四是文化建设。中心建成文化长廊和职工书屋，每',
      '年开展读书分享活动十余场，书香氛围浓厚。',
      '',
      '- 2019年度全国精神文明建设工作先进集体单位',
      '- 2020年度全国精神文明建设工作先进集体单位',
    ].join('\n');
    const { blocks, joined } = readMarkdown(source);
    expect(blocks.map((b) => b.text)).toEqual([
      '标题',
      '一是健全制度。中心修订各项规章制度二十余项，形成用制度管人管事的良好局面。',
      '二是锻造队伍。中心组织青年职工拜师结对，每年培训一百二十人次，队伍素质明显提升。',
      '三是优化服务。中心设立便民服务窗口，推行预约',
      '办理，群众办事更方便，满意度逐年上升。',
      '四是文化建设。中心建成文化长廊和职工书屋，每年开展读书分享活动十余场，书香氛围浓厚。',
      '2019年度全国精神文明建设工作先进集体单位',
      '2020年度全国精神文明建设工作先进集体单位',
    ]);
    expect(blocks[1]!.lead).toBe('一是健全制度。');
    expect(blocks[1]!.where).toBe('第 3–4 行');
    expect(joined).toEqual({ lines: 3, width: 45 });
  });
});

describe('readMarkdown', () => {
  it('keeps heading levels, splits paragraph lines and marks list items', () => {
    const { blocks } = readMarkdown('# 标题\n\n## 管理篇\n\n第一段。\n第二段。\n\n- 2010年度先进单位\n1. 2011年度先进单位\n\n<!-- 注释 -->\n');
    expect(blocks.map(marks)).toEqual([
      { text: '标题', heading: 1 },
      { text: '管理篇', heading: 2 },
      { text: '第一段。' },
      { text: '第二段。' },
      { text: '2010年度先进单位', list: 'bullet' },
      { text: '2011年度先进单位', list: 'ordered' },
    ]);
  });

  it('reads **bold leads** next to Chinese punctuation as bold, the way Word and Typora write them', () => {
    const { blocks } = readMarkdown('**一是健全制度，规范运行。**水务局修订完善制度。\n\n**网格管理全覆盖**\n\n正文中**强调**的词。\n');
    expect(blocks.map(marks)).toEqual([
      { text: '一是健全制度，规范运行。水务局修订完善制度。', lead: '一是健全制度，规范运行。' },
      { text: '网格管理全覆盖', lead: '网格管理全覆盖' },
      { text: '正文中强调的词。' },
    ]);
  });

  it('keeps a range written with single tildes as typed, as the site shows it', () => {
    const { blocks } = readMarkdown('2010~2015年，每班3~5人。\n');
    expect(blocks.map((block) => block.text)).toEqual(['2010~2015年，每班3~5人。']);
  });

  it('reads tables and pictures, and lists code, missing pictures and footnotes nothing references as not carried', () => {
    const png = new Uint8Array([0x89, 0x50]);
    const { blocks, notCarried } = readMarkdown('| 年份 | 荣誉 |\n| --- | --- |\n| 2019 | 先进单位 |\n\n![合影](photo.png)\n\n![缺](gone.png)\n\n正文。\n\n[^9]: 无处引用的脚注。\n\n```\n代码\n```\n', {
      readAsset: (url) => (url === 'photo.png' ? png : undefined),
    });
    expect(blocks[0]!.table).toEqual([['年份', '荣誉'], ['2019', '先进单位']]);
    expect(blocks[1]).toMatchObject({ text: '', images: [{ data: png, contentType: 'image/png', alt: '合影' }] });
    expect(blocks.at(-1)!.text).toBe('正文。');
    expect(notCarried.map((n) => [n.kind, n.text])).toEqual([
      ['image-missing', 'gone.png'],
      ['code', '代码'],
      ['footnote', '无处引用的脚注。'],
    ]);
  });

  it('keeps a footnote on the line that references it, where the reference stood, its text without the mark', () => {
    const { blocks, notCarried } = readMarkdown('甲单位,2019年[^a]获评先进[^b]。\n\n[^a]: 以文件日期为准。\n\n[^b]: 第一段。\n\n    第二段。\n');
    expect(blocks).toHaveLength(1);
    // The comma is made full-width as without the notes, and the offsets are those of the normalised text.
    expect(blocks[0]!.text).toBe('甲单位，2019年获评先进。');
    expect(blocks[0]!.notes).toEqual([
      { id: 'a', kind: 'footnote', text: '以文件日期为准。', where: '第 3 行', at: 9 },
      { id: 'b', kind: 'footnote', text: '第一段。\n第二段。', where: '第 5 行', at: 13 },
    ]);
    expect(notCarried).toEqual([]);
  });

  it('drops the reference to a footnote without text, which has nothing to carry', () => {
    const { blocks, notCarried } = readMarkdown('正文[^1]。\n\n[^1]: \n');
    expect(blocks).toEqual([{ id: 1, text: '正文。', where: '第 1 行' }]);
    expect(notCarried).toEqual([]);
  });

  it('keeps a footnote referenced in a heading on the heading, as a Word heading does', () => {
    const { blocks, notCarried } = readMarkdown('## 小标题[^1]的`代码`\n\n[^1]: 注。\n');
    expect(blocks).toEqual([{ id: 1, text: '小标题的代码', where: '第 1 行', heading: 2, notes: [{ id: '1', kind: 'footnote', text: '注。', where: '第 3 行', at: 3 }] }]);
    expect(notCarried).toEqual([]);
  });
});

describe('readDocx', () => {
  it('reads Word heading styles, Title, bold runs, bullets and numbering', async () => {
    const docx = await markdownToDocx('# 标题\n\n## 一、管理篇\n\n### 小标题\n\n**一是加强学习。**正文,一段。\n\n- 2010年度先进单位\n\n1. 2011年度先进单位\n');
    const { blocks } = await readDocx(docx);
    expect(blocks.map(marks)).toEqual([
      { text: '标题', heading: 1, style: 'title' },
      { text: '一、管理篇', heading: 1 },
      { text: '小标题', heading: 2 },
      { text: '一是加强学习。正文，一段。', lead: '一是加强学习。' },
      { text: '2010年度先进单位', list: 'bullet' },
      { text: '2011年度先进单位', list: 'ordered' },
    ]);
  });

  it('reads tables and pictures with their alt text', async () => {
    const { blocks } = await readDocx(await markdownToDocx('| 年份 | 荣誉 |\n| --- | --- |\n| 2019 | 先进单位 |\n\n![全体合影](a.png)\n'));
    expect(blocks[0]!.table).toEqual([['年份', '荣誉'], ['2019', '先进单位']]);
    expect(blocks[1]).toMatchObject({ text: '', images: [{ contentType: 'image/png', alt: '全体合影' }] });
  });

  it('keeps a footnote on its paragraph without a marker in the text, and lists text boxes as not carried', async () => {
    const { blocks, notCarried } = await readDocx(await markdownToDocx('正文[^1]。\n\n```textbox\n框里的话。\n```\n\n后文。\n\n[^1]: 脚注说明。\n'));
    expect(blocks.map((b) => b.text)).toEqual(['正文。', '后文。']);
    expect(blocks[0]!.notes).toEqual([{ id: 'footnote-1', kind: 'footnote', text: '脚注说明。', where: 'Word 脚注 1', at: 2 }]);
    expect(notCarried.map((n) => [n.kind, n.text])).toEqual([['text-box', '框里的话。']]);
  });

  it('keeps an endnote on its paragraph like a footnote, with each paragraph of a note on a line', async () => {
    const reference = (...texts: string[]) => ({ children: texts.map((text) => new Paragraph(text)) });
    const document = new Document({
      footnotes: { 1: reference('第一段。', '第二段。') },
      sections: [{ children: [new Paragraph({ children: [new TextRun('每周学习'), new EndnoteReferenceRun(reference('学习记录存档备查。')), new TextRun('，记录齐全'), new FootnoteReferenceRun(1), new TextRun('。')] })] }],
    });
    const { blocks, notCarried } = await readDocx(new Uint8Array(await Packer.toBuffer(document)));
    expect(blocks[0]!.text).toBe('每周学习，记录齐全。');
    expect(blocks[0]!.notes!.map((n) => [n.kind, n.text, n.at])).toEqual([
      ['endnote', '学习记录存档备查。', 4],
      ['footnote', '第一段。\n第二段。', 9],
    ]);
    expect(notCarried).toEqual([]);
  });

  it('lists a footnote referenced only from a table cell as not carried, its mark gone from the cell', async () => {
    const { blocks, notCarried } = await readDocx(await markdownToDocx('| 年份 | 荣誉 |\n| --- | --- |\n| 2019 | 先进单位[^1] |\n\n[^1]: 市级。\n'));
    expect(blocks[0]!.table).toEqual([['年份', '荣誉'], ['2019', '先进单位']]);
    expect(notCarried.map((n) => [n.kind, n.text])).toEqual([['footnote', '市级。']]);
  });

  it('finds charts, SmartArt and embedded objects the conversion drops', async () => {
    const zip = await JSZip.loadAsync(await markdownToDocx('正文。\n'));
    const document = await zip.file('word/document.xml')!.async('string');
    zip.file('word/document.xml', document.replace('</w:body>', '<w:p><w:r><dgm:relIds r:dm="x"/></w:r></w:p><w:p><w:r><w:object><o:OLEObject ProgID="Excel.Sheet.12"/></w:object></w:r></w:p></w:body>'));
    zip.file('word/charts/chart1.xml', '<c:chartSpace><c:chart><c:title><c:tx><c:rich><a:p><a:r><a:t>历年接待人数</a:t></a:r></a:p></c:rich></c:tx></c:title></c:chart></c:chartSpace>');
    const { notCarried } = await readDocx(await zip.generateAsync({ type: 'uint8array' }));
    expect(notCarried.map((n) => [n.kind, n.text])).toEqual([
      ['chart', '历年接待人数'],
      ['smart-art', ''],
      ['embedded-object', ''],
    ]);
  });
});
