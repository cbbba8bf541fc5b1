import { describe, expect, it } from 'vitest';
import { awardPageKind, isReservedSlug, outputFile, reservedNames, routesOfKind, siteRoutes, type RoutedAward, type RoutedDossier } from '../../../src/lib/routes/index.ts';

function dossier(slug: string, articles: Partial<Record<'management' | 'service' | 'creation', string[]>>, awards = 0): RoutedDossier {
  const section = (names: string[] = []) => ({ articles: names.map((anchor) => ({ anchor })) });
  return {
    slug,
    sections: { management: section(articles.management), service: section(articles.service), creation: section(articles.creation) },
    awards: Array.from({ length: awards }, (_, i) => ({ anchor: `award-0${i + 1}` })),
  };
}

const office = dossier('office', { management: ['zhidu', 'duiwu'], service: ['xinxi'] }, 2);
const awards: RoutedAward[] = [
  { years: [2010, 2011], level: '市级', unit: '甲单位' },
  { years: [], unit: '甲单位' },
];

// What the table lists after the pages: the 404 page, the data files and the award lists to download.
const FILES = [
  '/404.html',
  '/rss.xml',
  '/sitemap.xml',
  '/robots.txt',
  '/awards.json',
  ...['/awards/awards', '/awards/unit/甲单位/awards'].flatMap((list) => [`${list}.xlsx`, `${list}.csv`]),
];

describe('siteRoutes', () => {
  const routes = siteRoutes({ dossiers: [office], awards });

  it('lists every page in reading order, then the 404 page, the data files and the award lists to download', () => {
    expect(routes.map((r) => r.path)).toEqual([
      '/',
      '/office/',
      '/office/management/',
      '/office/service/',
      '/office/creation/',
      '/office/achievements/',
      '/office/print/',
      '/awards/',
      '/awards/2011/',
      '/awards/2010/',
      '/awards/undated/',
      '/awards/level/city/',
      '/awards/level/unspecified/',
      '/awards/unit/',
      '/awards/unit/甲单位/',
      '/search/',
      '/admin/',
      ...FILES,
    ]);
  });

  it('builds no page for a level, year or undated list that no award has', () => {
    const dated = siteRoutes({ dossiers: [], awards: [awards[0]!] }).map((r) => r.path);
    expect(dated).not.toContain('/awards/undated/');
    expect(dated).not.toContain('/awards/level/national/');
    expect(dated).not.toContain('/awards/level/unspecified/');
  });

  it('gives each page file its params and props', () => {
    const [management] = routesOfKind(routes, 'section');
    expect(management).toMatchObject({ params: { dossier: 'office', section: 'management' }, props: { dossier: office, kind: 'management' } });
    const [year] = routesOfKind(routes, 'awards-year');
    expect(year).toMatchObject({ params: { year: '2011' }, props: { year: 2011, awards: [awards[0]] } });
    expect(routesOfKind(routes, 'awards-undated')[0]).toMatchObject({ params: { page: undefined }, props: { awards: [awards[1]] } });
    expect(routesOfKind(routes, 'awards-level').map((r) => r.params.level)).toEqual(['city', 'unspecified']);
  });

  it('offers the whole 荣誉榜 and each unit page’s list for download, holding that page’s awards', () => {
    const unitAwards: RoutedAward[] = [...awards, { years: [2012], level: '省级', unit: '乙 单位' }];
    const withTwoUnits = siteRoutes({ dossiers: [office], awards: unitAwards });
    expect(routesOfKind(withTwoUnits, 'awards-file').map((r) => [r.params, r.props.awards])).toEqual([
      [{ format: 'xlsx' }, unitAwards],
      [{ format: 'csv' }, unitAwards],
    ]);
    const units = routesOfKind(withTwoUnits, 'awards-unit-file');
    expect(units.map((r) => [r.path, r.params])).toEqual([
      ['/awards/unit/甲单位/awards.xlsx', { unit: '甲单位', format: 'xlsx' }],
      ['/awards/unit/甲单位/awards.csv', { unit: '甲单位', format: 'csv' }],
      ['/awards/unit/乙-单位/awards.xlsx', { unit: '乙-单位', format: 'xlsx' }],
      ['/awards/unit/乙-单位/awards.csv', { unit: '乙-单位', format: 'csv' }],
    ]);
    // Each unit's file holds what its page lists, and sits beside that page.
    const page = routesOfKind(withTwoUnits, 'awards-unit').find((r) => r.props.unit === '乙 单位')!;
    expect(units.filter((r) => r.path.startsWith(page.path)).map((r) => r.props.awards)).toEqual([page.props.awards, page.props.awards]);
    expect(units.every((r) => r.anchors.length === 0 && !r.inSitemap)).toBe(true);
  });

  it('names the anchors of articles, awards, the print view and the template', () => {
    const anchors = (path: string) => routes.find((r) => r.path === path)!.anchors;
    // Every section page has the dossier's contents; 本页内容 lists its articles, when it has any.
    expect(anchors('/office/management/')).toEqual(['main', 'section-contents', 'contents-here', 'zhidu', 'duiwu']);
    expect(anchors('/office/service/')).toEqual(['main', 'section-contents', 'contents-here', 'xinxi']);
    expect(anchors('/office/creation/')).toEqual(['main', 'section-contents']);
    expect(anchors('/office/achievements/')).toEqual(['main', 'section-contents', 'award-01', 'award-02']);
    expect(anchors('/office/print/')).toEqual(expect.arrayContaining(['preface', 'management-zhidu', 'service-xinxi', 'creation', 'achievements', 'award-02']));
    expect(anchors('/awards/')).toEqual(expect.arrayContaining(['all-awards', 'chart-heading']));
    expect(anchors('/awards/unit/甲单位/')).toEqual(expect.arrayContaining(['chart-heading', 'list-heading']));
    // No chart where no award has a year.
    expect(siteRoutes({ dossiers: [], awards: [awards[1]!] }).find((r) => r.path === '/awards/')!.anchors).not.toContain('chart-heading');
    expect(anchors('/rss.xml')).toEqual([]);
  });

  it('tells search engines about reading pages only', () => {
    const unlisted = routes.filter((r) => !r.inSitemap).map((r) => r.path);
    expect(unlisted).toEqual(['/office/print/', '/admin/', ...FILES]);
  });

  it('marks the content editor, and only it, as a page for editors', () => {
    expect(routes.filter((r) => r.audience === 'editors').map((r) => r.path)).toEqual(['/admin/']);
  });
});

describe('outputFile', () => {
  it('writes pages as index.html in their folder and files under their own name', () => {
    expect(outputFile({ path: '/' })).toBe('index.html');
    expect(outputFile({ path: '/awards/unit/甲单位/' })).toBe('awards/unit/甲单位/index.html');
    expect(outputFile({ path: '/404.html' })).toBe('404.html');
    expect(outputFile({ path: '/awards/unit/甲单位/awards.csv' })).toBe('awards/unit/甲单位/awards.csv');
  });
});

describe('awardPageKind', () => {
  it('reads a path back into the kind of 荣誉榜 page it would be', () => {
    expect(awardPageKind('/awards/2030/')).toBe('awards-year');
    expect(awardPageKind('/awards/undated/')).toBe('awards-undated');
    expect(awardPageKind('/awards/level/national/')).toBe('awards-level');
    expect(awardPageKind('/awards/unit/乙单位/')).toBe('awards-unit');
    expect(awardPageKind('/awards/level/galactic/')).toBeUndefined();
    expect(awardPageKind('/awards/unit/乙单位/more/')).toBeUndefined();
    expect(awardPageKind('/awards/unit/乙单位/awards.xlsx')).toBe('awards-unit-file');
    expect(awardPageKind('/awards/unit/乙单位/awards.pdf')).toBeUndefined();
    expect(awardPageKind('/awards/unit/乙/单位/awards.csv')).toBeUndefined();
    expect(awardPageKind('/office/')).toBeUndefined();
  });
});

describe('reserved names', () => {
  it('are the first segments of the site own addresses and folders, never a dossier page', () => {
    expect([...reservedNames()].sort()).toEqual(
      ['404', '404.html', '_astro', '_files', 'admin', 'awards', 'awards.json', 'robots.txt', 'rss.xml', 'search', 'search-index', 'sitemap.xml'].sort(),
    );
    expect(isReservedSlug('Awards')).toBe(true);
    expect(isReservedSlug('awards-office')).toBe(false);
  });
});
