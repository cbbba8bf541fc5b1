import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/lib/import/block.ts';
import { structureDossier } from '../../../src/lib/import/structure.ts';
import type { BodyPart } from '../../../src/lib/import/imported.ts';
import { unitFromSubtitle } from '../../../src/lib/import/anchors.ts';

function blocks(...items: Array<string | Partial<Block>>): Block[] {
  return items.map((item, i) => ({ id: i + 1, where: `#${i + 1}`, ...(typeof item === 'string' ? { text: item } : { text: '', ...item }) }));
}

const text = (...paragraphs: string[]): BodyPart[] => paragraphs.map((t) => ({ kind: 'text', text: t }));
const HEAD = ['某某纪实', '——某某中心创建文明单位纪实', '前言第一句。前言第二句。'];

describe('structureDossier: anchors', () => {
  it('finds title, subtitle, unit and preface, and skips what comes before the title', () => {
    const { dossier, skipped } = structureDossier(blocks('无关的一行', ...HEAD, '第二段前言。'));
    expect(dossier).toMatchObject({
      title: '某某纪实',
      subtitle: '某某中心创建文明单位纪实',
      unit: '某某中心',
      preface: text('前言第一句。前言第二句。', '第二段前言。'),
    });
    expect(skipped).toEqual([{ where: '#1', text: '无关的一行', reason: 'before-title' }]);
  });

  it('splits a title and subtitle typed on one line', () => {
    const { dossier } = structureDossier(blocks('某某纪实——某某中心创建文明单位纪实', '前言。'));
    expect(dossier).toMatchObject({ title: '某某纪实', subtitle: '某某中心创建文明单位纪实' });
  });

  it('takes Word\'s Title and Subtitle styles over the order of lines', () => {
    const { dossier } = structureDossier(blocks('封面说明', { text: '标题', style: 'title', heading: 1 }, { text: '记某某站文明创建工作', style: 'subtitle' }, '前言。'));
    expect(dossier).toMatchObject({ title: '标题', subtitle: '记某某站文明创建工作', unit: '某某站' });
  });

  it('skips a table of contents that lists the sections before they begin', () => {
    const { dossier, skipped } = structureDossier(blocks(...HEAD, '管理篇', '服务篇', '成就篇', '前言续。', '管理篇', '一是甲。正文。', '服务篇', '一是乙。正文。', '成就篇', '2019年度先进单位'));
    expect(skipped.map((s) => [s.text, s.reason])).toEqual([
      ['管理篇', 'table-of-contents'],
      ['服务篇', 'table-of-contents'],
      ['成就篇', 'table-of-contents'],
    ]);
    expect(dossier.preface).toEqual(text('前言第一句。前言第二句。', '前言续。'));
    expect(dossier.sections.map((s) => s.articles.length)).toEqual([1, 1]);
  });

  it('reports a missing subtitle and unit instead of guessing', () => {
    const { notes } = structureDossier(blocks('只有标题', '前言。'));
    expect(notes.map((p) => p.code)).toEqual(['import.no-subtitle', 'import.no-unit', 'import.no-sections']);
  });

  it('takes the unit from the option when given, else from the subtitle before its verb', () => {
    expect(structureDossier(blocks(...HEAD), { unit: '另一单位' }).dossier.unit).toBe('另一单位');
    expect(unitFromSubtitle('黄州区政府办公室创建文明单位纪实')).toBe('黄州区政府办公室');
    expect(unitFromSubtitle('——记城关派出所文明创建工作')).toBe('城关派出所');
    expect(unitFromSubtitle('记清溪农商银行营业部文明单位创建工作')).toBe('清溪农商银行营业部');
    expect(unitFromSubtitle('临川市实验中学创建文明校园纪实')).toBe('临川市实验中学');
  });
});

describe('structureDossier: sections', () => {
  it('opens articles by the section\'s pattern and keeps continuation paragraphs with them', () => {
    const { dossier } = structureDossier(
      blocks(...HEAD, '管 理 篇', '认识决定思路。这是引言。', '一是强化学习，提高素质。正文一。', '继续说明学习的安排，并且这句话足够长，不像标题，中心为此专门开会。', '二是建体系。正文二。其中一是某事。'),
    );
    expect(dossier.sections).toEqual([
      {
        kind: 'management',
        reading: 'enumeration',
        intro: text('认识决定思路。这是引言。'),
        articles: [
          { title: '一是强化学习，提高素质', body: text('正文一。', '继续说明学习的安排，并且这句话足够长，不像标题，中心为此专门开会。') },
          { title: '二是建体系', body: text('正文二。其中一是某事。') },
        ],
      },
    ]);
  });

  it('uses sub-headings to open articles and keeps deeper headings inside them', () => {
    const { dossier } = structureDossier(
      blocks(...HEAD, { text: '服务篇', heading: 2 }, '引言。', { text: '小标题一', heading: 3 }, '短句。正文。', { text: '要点', heading: 4 }, '要点正文。', { text: '小标题二。', heading: 3 }, '正文二。'),
    );
    expect(dossier.sections[0]).toEqual({
      kind: 'service',
      reading: 'heading',
      intro: text('引言。'),
      articles: [
        { title: '小标题一', body: [...text('短句。正文。'), { kind: 'heading', text: '要点' }, ...text('要点正文。')] },
        { title: '小标题二', body: text('正文二。') },
      ],
    });
  });

  it('places pictures with the text they follow', () => {
    const image = { data: new Uint8Array([1]), contentType: 'image/png', alt: '合影' };
    const { dossier } = structureDossier(blocks(...HEAD, '创建篇', '建体系夯基础。正文。', { text: '', images: [image] }, '抓文化提层次。正文。'));
    expect(dossier.sections[0]!.articles[0]!.body).toEqual([...text('正文。'), { kind: 'image', image }]);
  });

  it('notes a section in which no article opens', () => {
    const { notes, dossier } = structureDossier(blocks(...HEAD, '创建篇', '中心把文明创建写进年度计划，并且每年都认真总结经验。'));
    expect(dossier.sections[0]!.articles).toEqual([]);
    expect(notes.map((n) => n.code)).toContain('import.no-articles');
  });
});

describe('structureDossier: achievements', () => {
  it('reads an award list separated by —— with an item split by a stray space, then the closing', () => {
    const { dossier, placements } = structureDossier(
      blocks(...HEAD, '成 就 篇', '引言，硕果累累！', '——', '2009-2011年度市级文明单位', '——', '2006-2011', '年度区政府先进单位', '——', '2011年度先进单位', '结束语。新篇章。'),
    );
    expect(dossier.achievements?.intro).toEqual(text('引言，硕果累累！'));
    expect(dossier.achievements?.awards.map((a) => a.award)).toEqual([
      { title: '市级文明单位', years: '2009-2011', level: '市级' },
      { title: '区政府先进单位', years: '2006-2011', level: '区县级' },
      { title: '先进单位', years: 2011 },
    ]);
    expect(dossier.achievements?.closing).toEqual(text('结束语。新篇章。'));
    expect(placements.filter((p) => p.role === 'award-separator')).toHaveLength(3);
  });

  it('reads award lists written as bullets, as plain lines, or on one line', () => {
    const bullets = structureDossier(blocks(...HEAD, '成就篇', '引言：', { text: '2010年度先进单位', list: 'bullet' }, { text: '全市优秀集体', list: 'bullet' }, '结束语。'));
    const lines = structureDossier(blocks(...HEAD, '成就篇', '引言。', '2010年度先进单位', '全市优秀集体', '结束语。'));
    const oneLine = structureDossier(blocks(...HEAD, '成就篇', '先后获得：—— 2010年度先进单位 —— 全市优秀集体', '结束语。'));
    for (const { dossier } of [bullets, lines, oneLine]) {
      expect(dossier.achievements?.awards.map((a) => a.award)).toEqual([
        { title: '先进单位', years: 2010 },
        { title: '全市优秀集体', level: '市级' },
      ]);
      expect(dossier.achievements?.closing).toEqual(text('结束语。'));
    }
    expect(oneLine.dossier.achievements?.intro).toEqual(text('先后获得：'));
  });

  it('never takes a heading or prose for an award, and finds the list after them', () => {
    const { dossier } = structureDossier(
      blocks(...HEAD, '成就篇', { text: '供水保障更有力', heading: 3 }, '全年供水量增长一成。', '近年来获得以下荣誉：', { text: '2019年度市级文明单位', list: 'bullet' }, { text: '2021年度全省节水型单位', list: 'bullet' }, '荣誉属于过去。'),
    );
    expect(dossier.achievements?.intro).toEqual([{ kind: 'heading', text: '供水保障更有力' }, ...text('全年供水量增长一成。', '近年来获得以下荣誉：')]);
    expect(dossier.achievements?.awards.map((a) => a.award.title)).toEqual(['市级文明单位', '全省节水型单位']);
  });

  it('reads an award table in any column order', () => {
    const table = [['级别', '荣誉名称', '年份', '授予单位'], ['省级', '文明单位', '2019-2021年度', '省委、省政府'], ['国家级', '第六届全国文明单位', '', '中央文明委']];
    const { dossier } = structureDossier(blocks(...HEAD, '成就篇', '荣誉如下：', { text: '表', table }, '结束语。'));
    expect(dossier.achievements?.awards.map((a) => a.award)).toEqual([
      { title: '文明单位', years: '2019-2021', level: '省级', issuer: '省委、省政府' },
      { title: '第六届全国文明单位', level: '国家级', issuer: '中央文明委' },
    ]);
  });

  it('gives a group label\'s level to the awards under it that name none, and places the label', () => {
    const { dossier, placements } = structureDossier(blocks(...HEAD, '成就篇', '荣誉有：', '省级：', '• 2019年度农信系统示范网点', '• 2020年度全国示范单位', '结束。'));
    expect(dossier.achievements?.awards.map((a) => a.award)).toEqual([
      { title: '农信系统示范网点', years: 2019, level: '省级' },
      { title: '全国示范单位', years: 2020, level: '国家级' },
    ]);
    expect(placements.find((p) => p.text === '省级：')?.role).toBe('award-group');
  });

  it('gives a year label\'s years to the awards under it that name none, as a line or a heading', () => {
    const { dossier, placements } = structureDossier(
      blocks(...HEAD, '成就篇', '荣誉有：', { text: '2019年', heading: 3 }, '• 全省示范单位', '• 2018年度区级先进集体', '2020—2022年度：', '• 市级文明单位', '结束。'),
    );
    expect(dossier.achievements?.awards.map((a) => a.award)).toEqual([
      { title: '全省示范单位', years: 2019, level: '省级' },
      { title: '区级先进集体', years: 2018, level: '区县级' },
      { title: '市级文明单位', years: '2020-2022', level: '市级' },
    ]);
    expect(placements.filter((p) => p.role === 'award-group').map((p) => p.text)).toEqual(['2019年', '2020—2022年度：']);
    expect(dossier.achievements?.closing).toEqual(text('结束。'));
  });

  it("keeps the issuer written after an award that takes its year label's years", () => {
    const { dossier } = structureDossier(blocks(...HEAD, '成就篇', '荣誉有：', '2019年', '• 全省示范单位 省文明委', '• 先进集体 市总工会', '结束。'));
    expect(dossier.achievements?.awards.map((a) => a.award)).toEqual([
      { title: '全省示范单位', years: 2019, level: '省级', issuer: '省文明委' },
      { title: '先进集体', years: 2019, level: '市级', issuer: '市总工会' },
    ]);
  });

  it('leaves the ； or 。 that ends each item of a list typed as running text out of the award\'s name', () => {
    const { dossier } = structureDossier(blocks(...HEAD, '成就篇', '先后获得：', '1、2019年度全国示范单位；', '2、全省先进集体（2020年）；', '3、2021—2023年度市级文明单位。', '结束。'));
    expect(dossier.achievements?.awards.map((a) => a.award)).toEqual([
      { title: '全国示范单位', years: 2019, level: '国家级' },
      { title: '全省先进集体', years: 2020, level: '省级' },
      { title: '市级文明单位', years: '2021-2023', level: '市级' },
    ]);
    expect(dossier.achievements?.closing).toEqual(text('结束。'));
  });

  it('reads awards written one sentence a line, keeps each sentence in note and says so', () => {
    const { dossier, notes } = structureDossier(
      blocks(...HEAD, '成就篇', '先后获得以下荣誉：', '2019年，中心被评为全国示范单位。', '2021—2023年度，荣获“省级文明单位”称号。', '荣誉属于过去，奋斗成就未来。'),
    );
    expect(dossier.achievements?.awards.map((a) => [a.award.title, a.award.years])).toEqual([
      ['全国示范单位', 2019],
      ['省级文明单位', '2021-2023'],
    ]);
    expect(dossier.achievements?.closing).toEqual(text('荣誉属于过去，奋斗成就未来。'));
    expect(notes.filter((n) => n.code === 'import.award-from-sentence')).toHaveLength(2);
  });

  it('notes an award-like line left outside the list', () => {
    const { notes } = structureDossier(blocks(...HEAD, '成就篇', '2019年度市级文明单位', '2020年度市级先进集体', '中间插了一段说明。', '2021年度全省先进集体'));
    expect(notes.map((n) => n.code)).toContain('import.doubt-award-out');
  });

  it('puts a theme written after a section\'s name at the head of its introduction', () => {
    const { dossier, placements } = structureDossier(blocks(...HEAD, '管理篇：从严治理强根基', '一是甲。正文。', '二是乙。正文。', '服务篇', '一是丙。正文。', '创建篇', '一是丁。正文。', '成就篇', '2019年度市级文明单位'));
    const management = dossier.sections.find((s) => s.kind === 'management')!;
    expect(management.intro).toEqual([{ kind: 'heading', text: '从严治理强根基' }]);
    expect(management.articles.map((a) => a.title)).toEqual(['一是甲', '二是乙']);
    expect(placements.filter((p) => p.block.text === '管理篇：从严治理强根基').map((p) => [p.role, p.text])).toEqual([
      ['section-heading', '管理篇：从严治理强根基'],
      ['intro', '从严治理强根基'],
    ]);
  });

  it('warns about a section that is missing when the others are found', () => {
    const { notes } = structureDossier(blocks(...HEAD, '管理篇', '一是甲。正文。', '服 务 篇 章', '一是丙。正文。', '创建篇', '一是丁。正文。', '成就篇', '2019年度市级文明单位'));
    expect(notes.filter((n) => n.code === 'import.section-missing').map((n) => n.values.sectionEn)).toEqual(['service']);
  });

  it('records where every block went', () => {
    const { placements } = structureDossier(blocks(...HEAD, '管理篇', '引言是这样写的。', '一是甲。正文。'));
    expect(placements.map((p) => p.role)).toEqual(['title', 'subtitle', 'preface', 'section-heading', 'intro', 'article']);
  });
});
