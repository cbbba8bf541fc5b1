import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHIPPED_SITE } from '../support/paths.ts';
import { normaliseText, readPage, textsOf } from '../support/html.ts';

// A copy of ../shared/seed/000_2b473b5650339e5b.txt, kept in the repository so a clean clone can test.
const SEED = join(import.meta.dirname, '..', 'fixtures', 'import', 'seed', '000_2b473b5650339e5b.txt');
const DOSSIER = 'huangzhou-office';
const SECTIONS = ['management', 'service', 'creation', 'achievements'];

/** Line 13 of the seed is the dossier; its last token is the page count, which is page chrome. */
function seedDossierText(): string {
  const line = readFileSync(SEED, 'utf8').split('\n')[12]!.trim();
  return line.replace(/\s+12$/, '');
}

/** The award list sits between the 成就篇 introduction ("…硕果累累!") and the closing paragraph. */
function splitSeed(): { prose: string; awardItems: string[] } {
  const text = seedDossierText();
  const start = text.indexOf('——', text.indexOf('硕果累累'));
  const end = text.indexOf('光荣属于过去');
  const items = text
    .slice(start, end)
    .split('——')
    .map((item) => item.trim())
    .filter(Boolean);
  return { prose: text.slice(0, start) + ' ' + text.slice(end), awardItems: items };
}

/**
 * Sentences end at 。！？, and the title and subtitle (the first two space-separated chunks) stand
 * alone. The sentence-final mark itself is dropped, since a headline becomes a heading.
 */
function sentences(text: string): string[] {
  const [title, subtitle, ...rest] = text.split(' ');
  return [title!, subtitle!, ...normaliseText(rest.join(' ')).split(/[。！？]/)]
    .map((s) => s.replace(/^(管理篇|服务篇|创建篇|成就篇)/, ''))
    .filter((s) => s.length > 0);
}

const itemTitle = (item: string) => normaliseText(item).replace(/^(\d{4,5}(-\d{4,5})?年度?、?)+/, '');
const itemYears = (item: string) => [...item.matchAll(/\d{4,5}/g)].map((m) => m[0]);

const pagesText = () =>
  normaliseText(
    ['/', `/${DOSSIER}/`, ...SECTIONS.map((s) => `/${DOSSIER}/${s}/`)].map((path) => readPage(SHIPPED_SITE, path).mainText).join(''),
  );

describe('the shipped site', () => {
  it('builds every page the site promises', () => {
    const expected = [
      '/',
      `/${DOSSIER}/`,
      ...SECTIONS.map((s) => `/${DOSSIER}/${s}/`),
      '/awards/',
      ...['2006', '2007', '2008', '2009', '2010', '2011'].map((y) => `/awards/${y}/`),
      '/awards/undated/',
      '/awards/level/provincial/',
      '/awards/level/city/',
      '/awards/level/county/',
      '/awards/level/unspecified/',
      '/awards/unit/',
      '/awards/unit/黄州区政府办公室/',
      '/search/',
    ];
    for (const path of expected) expect(existsSync(join(SHIPPED_SITE, path, 'index.html')), path).toBe(true);
    for (const file of ['404.html', 'sitemap.xml', 'rss.xml', 'robots.txt', 'awards.json', 'search-index/manifest.json']) {
      expect(existsSync(join(SHIPPED_SITE, file)), file).toBe(true);
    }
    const sitemap = readFileSync(join(SHIPPED_SITE, 'sitemap.xml'), 'utf8');
    for (const path of expected) expect(sitemap).toContain(`<loc>https://example.gov.cn${encodeURI(path)}</loc>`);
  });

  it('marks every page as Chinese and gives it one h1 and a main landmark', () => {
    for (const path of ['/', `/${DOSSIER}/`, `/${DOSSIER}/service/`, '/awards/2010/', '/search/', '/404.html']) {
      const { html, tree } = readPage(SHIPPED_SITE, path);
      expect(html, path).toContain('<html lang="zh-CN"');
      expect(textsOf(tree, 'h1'), path).toHaveLength(1);
      expect(textsOf(tree, 'main'), path).toHaveLength(1);
    }
  });

  it('shows every sentence of the seed dossier', () => {
    const text = pagesText();
    const missing = sentences(splitSeed().prose).filter((sentence) => !text.includes(sentence));
    expect(missing).toEqual([]);
    // The count guards against a seed that failed to split into sentences at all.
    expect(sentences(splitSeed().prose).length).toBeGreaterThan(90);
  });

  it('shows the cover: title, subtitle and unit', () => {
    const { tree } = readPage(SHIPPED_SITE, `/${DOSSIER}/`);
    expect(textsOf(tree, 'h1')).toEqual(['文明清风谱华章']);
    expect(textsOf(tree, '.cover .subtitle')).toEqual(['——黄州区政府办公室创建文明单位纪实']);
    expect(textsOf(tree, '.cover .meta')[0]).toContain('黄州区政府办公室');
  });

  it('keeps the articles of each section in their original order, with anchors', () => {
    const { tree } = readPage(SHIPPED_SITE, `/${DOSSIER}/management/`);
    const headings = textsOf(tree, 'section.article h2');
    expect(headings).toEqual([
      '一是强化职能定位，突出创新意识',
      '二是强化素质提升，突出学习意识',
      '三是强化作风建设，突出责任意识',
      '四是强化勤政廉政，突出廉洁意识',
    ]);
    const service = readPage(SHIPPED_SITE, `/${DOSSIER}/service/`);
    expect(textsOf(service.tree, 'section.article h2')).toEqual([
      '捕捉信息，当好“情报部”',
      '深入调研，当好“参谋部”',
      '抓好协调，当好“督查部”',
      '高效办事，当好“勤务部”',
    ]);
    for (const heading of [...(readPage(SHIPPED_SITE, `/${DOSSIER}/creation/`).html.matchAll(/<h2 id="([^"]+)"/g))]) {
      expect(heading[1]).toMatch(/^[a-z0-9-]+$/);
    }
  });

  it('lists every award of the seed on the 荣誉榜, on each of its year pages and on the 成就篇 page', () => {
    const { awardItems } = splitSeed();
    expect(awardItems).toHaveLength(15);
    const rows = (path: string) => textsOf(readPage(SHIPPED_SITE, path).tree, 'table.award-table tbody tr').map(normaliseText);
    const overall = rows('/awards/');
    const achievements = rows(`/${DOSSIER}/achievements/`);
    expect(overall).toHaveLength(15);
    expect(achievements).toHaveLength(15);
    for (const item of awardItems) {
      const title = itemTitle(item);
      const years = itemYears(item).map((y) => (y === '20011' ? '2011' : y));
      expect(overall.some((row) => row.includes(title)), title).toBe(true);
      expect(achievements.some((row) => row.includes(title)), title).toBe(true);
      const first = Number(years[0]);
      const last = Number(years.at(-1));
      const covered = years.length === 0 ? [] : item.includes('-') ? Array.from({ length: last - first + 1 }, (_, i) => first + i) : years.map(Number);
      for (const year of covered) expect(rows(`/awards/${year}/`).some((row) => row.includes(title)), `${title} in ${year}`).toBe(true);
      if (covered.length === 0) expect(rows('/awards/undated/').some((row) => row.includes(title)), title).toBe(true);
    }
  });

  it('keeps the typo of the source in a note while filing the award under 2006-2011', () => {
    const row = textsOf(readPage(SHIPPED_SITE, `/${DOSSIER}/achievements/`).tree, 'tbody tr').find((r) => r.includes('法制宣传教育'))!;
    expect(row).toContain('2006-2011');
    expect(row).toContain('2006-20011');
    expect(row).toContain('省级');
  });

  it('lists awards newest first on the 荣誉榜', () => {
    const years = textsOf(readPage(SHIPPED_SITE, '/awards/').tree, 'tbody td.years');
    const lastYear = (cell: string) => Math.max(...(cell.match(/\d{4}/g) ?? ['0']).map(Number));
    const values = years.map(lastYear);
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });

  it("ships reading pages with no script but the 大字模式 switch and the award tables' sorting, as files, and no web fonts", () => {
    const scriptsOf = (path: string) =>
      [...readPage(SHIPPED_SITE, path).html.matchAll(/<script\b([^>]*)>/g)]
        .map(([, attributes]) => attributes!)
        .filter((attributes) => !/type="application\/(ld\+)?json"/.test(attributes))
        .map((attributes) => /src="([^"]*)"/.exec(attributes)?.[1] ?? 'inline');
    const readingMode = expect.stringMatching(/^\/_astro\/reading-mode\.[\w-]+\.js$/);
    for (const path of ['/', `/${DOSSIER}/`, `/${DOSSIER}/management/`]) expect(scriptsOf(path), path).toEqual([readingMode]);
    for (const path of [`/${DOSSIER}/achievements/`, '/awards/', '/awards/2010/']) {
      expect(scriptsOf(path), path).toEqual([readingMode, expect.stringMatching(/^\/_astro\/SortableTables\.[^"]+\.js$/)]);
    }
    for (const path of ['/', `/${DOSSIER}/`, `/${DOSSIER}/management/`, `/${DOSSIER}/achievements/`, '/awards/', '/awards/2010/']) {
      expect(readPage(SHIPPED_SITE, path).html, path).not.toMatch(/@font-face|fonts\.googleapis|\.woff2?/);
    }
    expect(readPage(SHIPPED_SITE, '/search/').html).toMatch(/<script[^>]*\ssrc=/);
  });

  it('publishes an RSS feed of the dossier and a robots.txt pointing at the sitemap', () => {
    const rss = readFileSync(join(SHIPPED_SITE, 'rss.xml'), 'utf8');
    expect(rss).toContain('文明清风谱华章——黄州区政府办公室创建文明单位纪实');
    expect(rss).toContain('https://example.gov.cn/huangzhou-office/');
    expect(readFileSync(join(SHIPPED_SITE, 'robots.txt'), 'utf8')).toContain('Sitemap: https://example.gov.cn/sitemap.xml');
  });

  it('answers unknown addresses with a Chinese 404 page', () => {
    expect(readPage(SHIPPED_SITE, '/404.html').mainText).toContain('页面不存在');
  });
});
