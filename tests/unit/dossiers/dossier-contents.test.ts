import { describe, expect, it } from 'vitest';
import { dossierContents } from '../../../src/lib/dossiers/dossier-contents.ts';
import type { DossierModel } from '../../../src/lib/dossiers/index.ts';

const article = (anchor: string, title: string, order: number) => ({ id: `x/${anchor}`, anchor, title, order, summary: undefined });
const dossier: DossierModel = {
  slug: 'qinghe',
  data: { title: '清河纪实', subtitle: 's', unit: '清河中学', summary: 's', period: undefined },
  sections: {
    management: { kind: 'management', introId: undefined, articles: [article('zhidu', '制度建设', 1), article('duiwu', '队伍建设', 2)] },
    service: { kind: 'service', introId: undefined, articles: [] },
    creation: { kind: 'creation', introId: undefined, articles: [article('chuangjian', '创建活动', 1)] },
  },
  achievementsId: 'qinghe',
  awards: [{ title: '奖', years: [2010], index: 0, anchor: 'award-01' }],
};

describe('dossierContents', () => {
  it('lists the preface, the three article sections with their articles, then 成就篇 with its award count', () => {
    const contents = dossierContents(dossier);
    expect(contents.map((entry) => [entry.label, entry.path, entry.articles.length, entry.note])).toEqual([
      ['前言', '/qinghe/', 0, undefined],
      ['管理篇', '/qinghe/management/', 2, undefined],
      ['服务篇', '/qinghe/service/', 0, undefined],
      ['创建篇', '/qinghe/creation/', 1, undefined],
      ['成就篇', '/qinghe/achievements/', 0, '共 1 项荣誉'],
    ]);
    expect(contents[1]!.articles[1]).toEqual({ title: '队伍建设', anchor: 'duiwu', path: '/qinghe/management/#duiwu' });
  });

  it('marks only the part the reader is on', () => {
    expect(dossierContents(dossier, 'creation').filter((entry) => entry.current).map((entry) => entry.part)).toEqual(['creation']);
    expect(dossierContents(dossier).some((entry) => entry.current)).toBe(false);
  });
});
