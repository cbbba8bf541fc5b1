// The reading pages of the award-archive fixture: the
// contents beside each section, with the headings inside its articles; and the 荣誉榜 chart.
import { describe, expect, test } from 'vitest';
import { selectAll } from 'hast-util-select';
import { AWARD_ARCHIVE_CONTENT, AWARD_ARCHIVE_SITE } from '../support/paths.ts';
import { readPage, textsOf } from '../support/html.ts';
import { loadSiteSettings } from '../../src/lib/site-settings.ts';
import { urls, withBase } from '../../src/lib/urls.ts';

// The site is published under a sub-path (`/archive/`); every link a page writes carries it, once.
const { base } = loadSiteSettings(AWARD_ARCHIVE_CONTENT, {});

describe('the contents beside a section', () => {
  const { tree } = readPage(AWARD_ARCHIVE_SITE, '/lakeside-library/management/');

  test('list the headings inside each article, leaving out a name two articles share', () => {
    expect(textsOf(tree, 'nav.dossier-contents .on-this-page > li > a')).toEqual(['一是健全制度', '二是建强队伍']);
    expect(textsOf(tree, 'nav.dossier-contents .on-this-page ol a')).toEqual(['借阅规则', '志愿者团队']);
    // Both articles have a 主要做法: a link could only reach the first, so neither is listed.
    expect(textsOf(tree, 'section.article h3')).toContain('主要做法');
  });

  test('link the other parts of the dossier by their pages, and the page itself by anchor', () => {
    const links = selectAll('nav.dossier-contents a', tree).map((a) => String(a.properties.href));
    expect(links.filter((href) => href.startsWith('#'))).toEqual(['#zhidu', '#借阅规则', '#duiwu', '#志愿者团队']);
    const pages = links.filter((href) => !href.startsWith('#'));
    expect(base).not.toBe('/');
    expect(pages).toEqual(
      [
      urls.dossier('lakeside-library'),
      urls.section('lakeside-library', 'management'),
      urls.section('lakeside-library', 'service'),
      urls.article('lakeside-library', 'service', 'yuedu'),
      urls.section('lakeside-library', 'creation'),
      ...['huodong', 'zhiyuan', 'wenming'].map((anchor) => urls.article('lakeside-library', 'creation', anchor)),
      urls.section('lakeside-library', 'achievements'),
      ].map((path) => withBase(base, path)),
    );
  });
});

describe('the 荣誉榜 chart', () => {
  test('folds the empty years between 2000 and 2012 into one row, and notes the undated award', () => {
    const { tree } = readPage(AWARD_ARCHIVE_SITE, '/awards/');
    expect(textsOf(tree, 'figure.award-chart .chart-year')).toEqual(['2020', '2019', '2018', '2017', '2016', '2015', '2014', '2013', '2012', '2001–2011', '2000', '1999', '1998']);
    expect(textsOf(tree, 'figure.award-chart figcaption')[0]).toContain('另有 1 项荣誉未注明年份');
    expect(textsOf(tree, 'figure.award-chart .chart-legend li')).toEqual(['国家级', '省级', '市级', '区县级', '乡镇级', '单位内部', '未注明']);
  });

  test('is on each unit page with that unit’s awards only', () => {
    const { tree } = readPage(AWARD_ARCHIVE_SITE, '/awards/unit/山坡小学/');
    expect(textsOf(tree, 'figure.award-chart .chart-year')).toEqual(['2016', '2015', '2014', '2013']);
    expect(textsOf(tree, 'figure.award-chart .chart-total')).toEqual(['1', '2', '1', '1']);
  });

  test('is not drawn on the year and level pages', () => {
    expect(textsOf(readPage(AWARD_ARCHIVE_SITE, '/awards/2015/').tree, 'figure.award-chart')).toEqual([]);
    expect(textsOf(readPage(AWARD_ARCHIVE_SITE, '/awards/level/city/').tree, 'figure.award-chart')).toEqual([]);
  });
});
