import { describe, expect, it } from 'vitest';
import { assembleDossiers, ContentModelError, parseSectionFileId, type DossierSources } from '../../../src/lib/dossiers/index.ts';
import { dossierOrder } from '../../../src/lib/dossiers/assemble.ts';
import type { Dossier } from '../../../src/lib/schemas/index.ts';

const dossier = (title: string, extra: Partial<Dossier> = {}): Dossier => ({
  title,
  subtitle: `${title}纪实`,
  unit: '某单位',
  summary: '摘要。',
  period: undefined,
  ...extra,
});

function sources(overrides: Partial<DossierSources> = {}): DossierSources {
  return {
    dossiers: [{ id: 'a', data: dossier('甲') }],
    sections: { management: [], service: [], creation: [] },
    achievements: [],
    ...overrides,
  };
}

describe('parseSectionFileId', () => {
  it('splits dossier, order prefix and anchor', () => {
    expect(parseSectionFileId('huangzhou-office/03-zuofeng-jianshe')).toEqual({
      dossier: 'huangzhou-office',
      isIntro: false,
      anchor: 'zuofeng-jianshe',
      prefixOrder: 3,
    });
    expect(parseSectionFileId('a/index')).toMatchObject({ dossier: 'a', isIntro: true });
    expect(parseSectionFileId('a/notes')).toEqual({ dossier: 'a', isIntro: false, anchor: 'notes', prefixOrder: undefined });
  });
});

describe('assembleDossiers', () => {
  it('orders articles by front matter order, else by file prefix', () => {
    const [model] = assembleDossiers(
      sources({
        sections: {
          management: [
            { id: 'a/index', data: {} },
            { id: 'a/02-second', data: { title: '二' } },
            { id: 'a/01-first', data: { title: '一' } },
            { id: 'a/09-moved', data: { title: '提前', order: 0 } },
          ],
          service: [],
          creation: [],
        },
      }),
    );
    expect(model!.sections.management.introId).toBe('a/index');
    expect(model!.sections.management.articles.map((a) => a.anchor)).toEqual(['moved', 'first', 'second']);
  });

  it('numbers awards for their anchors in list order', () => {
    const [model] = assembleDossiers(
      sources({ achievements: [{ id: 'a', data: { awards: [{ title: 'x', years: [2010] }, { title: 'y', years: [] }] } }] }),
    );
    expect(model!.awards.map((a) => [a.title, a.anchor, a.index])).toEqual([
      ['x', 'award-01', 0],
      ['y', 'award-02', 1],
    ]);
  });

  it('sorts dossiers newest first by published date, then by period', () => {
    const models = assembleDossiers(
      sources({
        dossiers: [
          { id: 'old', data: dossier('旧', { period: { from: 2001, to: 2005 } }) },
          { id: 'new', data: dossier('新', { published: new Date('2021-02-01') }) },
          { id: 'mid', data: dossier('中', { period: { from: 2011, to: 2015 } }) },
        ],
      }),
    );
    expect(models.map((m) => m.slug)).toEqual(['new', 'mid', 'old']);
  });

  it('gives the same order from the overviews alone, ties broken by title, then by slug', () => {
    const dossiers = [
      { id: 'old', data: dossier('旧', { period: { from: 2001, to: 2005 } }) },
      { id: 'b', data: dossier('同', { period: { from: 2011, to: 2015 } }) },
      { id: 'new', data: dossier('新', { published: new Date('2021-02-01') }) },
      { id: 'a', data: dossier('同', { period: { from: 2012, to: 2015 } }) },
      { id: 'mid', data: dossier('中', { period: { from: 2011, to: 2015 } }) },
      { id: 'none', data: dossier('无') },
    ];
    const order = dossierOrder(dossiers);
    // Titles compare as Chinese is sorted, by pinyin: 同 (tong) before 中 (zhong).
    expect(order).toEqual(['new', 'a', 'b', 'mid', 'old', 'none']);
    expect(assembleDossiers(sources({ dossiers })).map((m) => m.slug)).toEqual(order);
  });

  it('refuses a section file whose dossier has no overview, naming the file in Chinese with a hint', () => {
    const file = 'content/management/ghost/01-x.md';
    const assemble = () =>
      assembleDossiers(sources({ sections: { management: [{ id: 'ghost/01-x', data: { title: 'x' }, filePath: file }], service: [], creation: [] } }));
    expect(assemble).toThrow(ContentModelError);
    expect(assemble).toThrow(
      `${file}  错误：这个文件属于纪实“ghost”，但没有它的概述文件 dossiers/ghost.md\n    提示：检查文件夹名是否拼错；新纪实请用 npm run new -- ghost 创建。`,
    );
  });

  it('refuses an article without order or title under the checker\'s message codes', () => {
    const refusal = (data: { title?: string }, id: string) => {
      try {
        assembleDossiers(sources({ sections: { management: [{ id, data }], service: [], creation: [] } }));
      } catch (error) {
        return (error as ContentModelError).diagnostic;
      }
      return undefined;
    };
    expect(refusal({ title: 'x' }, 'a/x')).toMatchObject({ file: 'a/x', field: 'order', code: 'order.missing' });
    expect(refusal({}, 'a/01-x')).toMatchObject({ file: 'a/01-x', field: 'title', code: 'field.required' });
  });
});
