import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/lib/import/block.ts';
import { structureDossier, unitFromSubtitle } from '../../../src/lib/import/structure.ts';

function blocks(...items: Array<string | Partial<Block>>): Block[] {
  return items.map((item, i) => ({ id: i + 1, where: `#${i + 1}`, ...(typeof item === 'string' ? { text: item } : { text: '', ...item }) }));
}

const HEAD = ['某某纪实', '——某某中心创建文明单位纪实', '前言第一句。前言第二句。'];

describe('structureDossier', () => {
  it('finds title, subtitle, unit and preface, and skips what comes before the title', () => {
    const { dossier, skipped } = structureDossier(blocks('无关的一行', ...HEAD, '第二段前言。'));
    expect(dossier).toMatchObject({
      title: '某某纪实',
      subtitle: '某某中心创建文明单位纪实',
      unit: '某某中心',
      preface: ['前言第一句。前言第二句。', '第二段前言。'],
    });
    expect(skipped).toEqual([{ where: '#1', text: '无关的一行', reason: 'before-title' }]);
  });

  it('splits a title and subtitle typed on one line', () => {
    const { dossier } = structureDossier(blocks('某某纪实——某某中心创建文明单位纪实', '前言。'));
    expect(dossier).toMatchObject({ title: '某某纪实', subtitle: '某某中心创建文明单位纪实' });
  });

  it('reports a missing subtitle and unit instead of guessing', () => {
    const { problems } = structureDossier(blocks('只有标题', '前言。'));
    expect(problems.map((p) => p.code)).toEqual(['import.no-subtitle', 'import.no-unit', 'import.no-sections']);
  });

  it('takes the unit from the option when given', () => {
    expect(structureDossier(blocks(...HEAD), { unit: '另一单位' }).dossier.unit).toBe('另一单位');
    expect(unitFromSubtitle('黄州区政府办公室创建文明单位纪实')).toBe('黄州区政府办公室');
  });

  it('opens articles at 一是 openings and headline sentences and appends continuation paragraphs', () => {
    const { dossier } = structureDossier(
      blocks(
        ...HEAD,
        '管 理 篇',
        '认识决定思路。这是引言。',
        '一是强化学习，提高素质。正文一。',
        '继续说明学习的安排，并且这句话足够长，不像标题。',
        '建体系夯基础。正文二。其中一是某事。',
        '抓好协调，当好“督查部”。',
        '注重协调。这一段是上一标题的正文。',
      ),
    );
    expect(dossier.sections).toEqual([
      {
        kind: 'management',
        intro: ['认识决定思路。这是引言。'],
        articles: [
          { title: '一是强化学习，提高素质', body: ['正文一。', '继续说明学习的安排，并且这句话足够长，不像标题。'] },
          { title: '建体系夯基础', body: ['正文二。其中一是某事。'] },
          { title: '抓好协调，当好“督查部”', body: ['注重协调。这一段是上一标题的正文。'] },
        ],
      },
    ]);
  });

  it('uses sub-headings alone to open articles when a section has them', () => {
    const { dossier } = structureDossier(
      blocks(...HEAD, { text: '服务篇', heading: 2 }, '引言。', { text: '小标题一', heading: 3 }, '短句。正文。', { text: '小标题二。', heading: 3 }, '正文二。'),
    );
    expect(dossier.sections[0]).toEqual({
      kind: 'service',
      intro: ['引言。'],
      articles: [
        { title: '小标题一', body: ['短句。正文。'] },
        { title: '小标题二', body: ['正文二。'] },
      ],
    });
  });

  it('reads an award list separated by —— with an item split by a stray space, then the closing', () => {
    const { dossier } = structureDossier(
      blocks(...HEAD, '成 就 篇', '引言，硕果累累！', '——', '2009-2011年度市级文明单位', '——', '2006-2011', '年度区政府先进单位', '——', '2011年度先进单位', '结束语。新篇章。'),
    );
    expect(dossier.achievements?.intro).toEqual(['引言，硕果累累！']);
    expect(dossier.achievements?.awards.map((a) => a.award)).toEqual([
      { title: '市级文明单位', years: '2009-2011', level: '市级' },
      { title: '区政府先进单位', years: '2006-2011', level: '区县级' },
      { title: '先进单位', years: 2011 },
    ]);
    expect(dossier.achievements?.closing).toEqual(['结束语。新篇章。']);
  });

  it('reads award lists written as bullets or as plain lines', () => {
    const bullets = structureDossier(
      blocks(...HEAD, '成就篇', '引言。', { text: '2010年度先进单位', listItem: true }, { text: '全市优秀集体', listItem: true }, '结束语。'),
    );
    const lines = structureDossier(blocks(...HEAD, '成就篇', '引言。', '2010年度先进单位', '全市优秀集体', '结束语。'));
    for (const { dossier } of [bullets, lines]) {
      expect(dossier.achievements?.awards.map((a) => a.award)).toEqual([
        { title: '先进单位', years: 2010 },
        { title: '全市优秀集体', level: '市级' },
      ]);
      expect(dossier.achievements?.closing).toEqual(['结束语。']);
    }
  });

  it('records where every block went', () => {
    const { placements } = structureDossier(blocks(...HEAD, '管理篇', '引言。', '一是甲。正文。'));
    expect(placements.map((p) => p.role)).toEqual(['title', 'subtitle', 'preface', 'section-heading', 'intro', 'article']);
  });
});
