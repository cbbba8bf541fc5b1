import { describe, expect, it } from 'vitest';
import { pageCacheKey, type PageInputs } from '../../../src/lib/routes/page-cache-key.ts';
import { siteRoutes, type RoutedAward, type RoutedDossier } from '../../../src/lib/routes/index.ts';

const dossier = (slug: string, title: string): RoutedDossier & { title: string } => ({
  slug,
  title,
  sections: { management: { articles: [{ anchor: 'zhidu' }] }, service: { articles: [] }, creation: { articles: [] } },
  awards: [{ anchor: 'award-01' }],
});
const awards: (RoutedAward & { title: string })[] = [{ title: '市级文明单位', years: [2010], level: '市级', unit: '甲单位' }];
const browse = { years: [{ label: '2010', path: '/awards/2010/', count: 1 }], levels: [], units: [] };

function keys(dossiers: ReturnType<typeof dossier>[], inputs: Partial<PageInputs> = {}, list = awards): Map<string, string | undefined> {
  const digests: Record<string, string[]> = { office: ['dossiers:office:1', 'management:office/01-zhidu:2'], school: ['dossiers:school:3'] };
  const all: PageInputs = { dossierDigests: (slug) => digests[slug] ?? [], browse, linkTargets: 'none', renderer: 'r1', ...inputs };
  return new Map(siteRoutes({ dossiers, awards: list }).map((route) => [route.path, pageCacheKey(route, all)]));
}

describe('pageCacheKey', () => {
  const office = dossier('office', '清风');
  const school = dossier('school', '春雨');
  const base = keys([office, school]);

  it('keys every page made from a dossier or an award list, and no page without props', () => {
    for (const path of ['/office/', '/office/management/', '/office/achievements/', '/office/print/', '/awards/2010/', '/awards/level/city/', '/awards/unit/甲单位/']) expect(base.get(path), path).toMatch(/^[\w-]{43}$/);
    for (const path of ['/awards/awards.csv', '/awards/awards.xlsx', '/awards/unit/甲单位/awards.csv', '/awards/unit/甲单位/awards.xlsx']) expect(base.get(path), path).toMatch(/^[\w-]{43}$/);
    for (const path of ['/', '/awards/', '/awards/unit/', '/search/', '/404.html', '/rss.xml']) expect(base.get(path), path).toBeUndefined();
    expect(new Set([...base.values()].filter(Boolean)).size).toBe([...base.values()].filter(Boolean).length);
  });

  it('is the same for the same inputs', () => {
    expect(keys([office, school])).toEqual(base);
  });

  it("changes a dossier's pages, and only those, when one of its files or its model changes", () => {
    const edited = keys([office, school], { dossierDigests: (slug) => (slug === 'office' ? ['dossiers:office:1', 'management:office/01-zhidu:9'] : ['dossiers:school:3']) });
    const changed = [...base.keys()].filter((path) => edited.get(path) !== base.get(path));
    expect(changed).toEqual(['/office/', '/office/management/', '/office/service/', '/office/creation/', '/office/achievements/', '/office/print/']);
    const retitled = keys([{ ...office, title: '新标题' }, school]);
    expect([...base.keys()].filter((path) => retitled.get(path) !== base.get(path))).toHaveLength(6);
  });

  it('changes every 荣誉榜 page when the browse links change, and every dossier page when a file next to the Markdown comes or goes or the renderer changes', () => {
    const browsed = keys([office, school], { browse: { ...browse, years: [{ label: '2010', path: '/awards/2010/', count: 2 }] } });
    expect([...base.keys()].filter((path) => browsed.get(path) !== base.get(path))).toEqual(['/awards/2010/', '/awards/level/city/', '/awards/unit/甲单位/']);
    const attached = keys([office, school], { linkTargets: 'photo.jpg' });
    expect([...base.keys()].filter((path) => attached.get(path) !== base.get(path))).toHaveLength(12);
    const reinstalled = keys([office, school], { renderer: 'r2' });
    const downloads = ['/awards/awards.csv', '/awards/awards.xlsx', '/awards/unit/甲单位/awards.csv', '/awards/unit/甲单位/awards.xlsx'];
    const changed = [...base.keys()].filter((path) => reinstalled.get(path) !== base.get(path));
    expect(changed).toHaveLength(16);
    expect(changed).toEqual(expect.arrayContaining(downloads));
  });

  it('reads the browse links once per build, not once per 荣誉榜 page', () => {
    // The links name every unit, and every year, level and unit has a page that shows them.
    let reads = 0;
    const counted = { ...browse, toJSON: () => (reads++, browse) };
    const many = ['甲单位', '乙单位', '丙单位'].flatMap((unit, u) => [2010, 2011].map((year) => ({ ...awards[0]!, years: [year], unit, level: u ? ('市级' as const) : ('省级' as const) })));
    const pages = [...keys([office, school], { browse: counted }, many).entries()].filter(([path, key]) => path.startsWith('/awards/') && !path.endsWith('.csv') && !path.endsWith('.xlsx') && key);
    expect(pages.length).toBeGreaterThan(5);
    expect(reads).toBe(1);
  });

  it('changes an award page when an award it lists changes', () => {
    const renamed = keys([office, school], {}, [{ ...awards[0]!, title: '省级文明单位' }]);
    expect(renamed.get('/awards/2010/')).not.toBe(base.get('/awards/2010/'));
    for (const path of ['/awards/awards.xlsx', '/awards/unit/甲单位/awards.csv']) expect(renamed.get(path), path).not.toBe(base.get(path));
    expect(renamed.get('/office/')).toBe(base.get('/office/'));
  });
});
