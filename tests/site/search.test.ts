// Search quality against the real Pagefind index of the shipped site, queried in Debian's Chromium
// exactly as the search page queries it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/browser/chromium.ts';
import { searchTerm } from '../../src/lib/search/segment.ts';
import { serveSite, type StaticSite } from '../../scripts/browser/static-server.ts';
import { SHIPPED_SITE } from '../support/paths.ts';

interface Hit {
  url: string;
  title: string;
  filters: Record<string, string[]>;
  subUrls: string[];
}

let site: StaticSite;
let browser: Browser;
let page: Page;

const DOSSIER = '/huangzhou-office';
const award = (n: number) => `${DOSSIER}/achievements/#award-${String(n).padStart(2, '0')}`;
const awards = (JSON.parse(readFileSync(join(SHIPPED_SITE, 'awards.json'), 'utf8')) as { awards: { years: number[]; level?: string; index: number; dossier: string }[] }).awards;

// The query runs as page script text: Vitest rewrites dynamic import() in test code, and the
// point is to load Pagefind the way the browser does.
const QUERY = `async ({ term, filters }) => {
  const pagefind = await import('./pagefind/pagefind.js');
  const response = await pagefind.search(term, { filters });
  return Promise.all(response.results.map(async (result) => {
    const data = await result.data();
    return { url: data.url, title: data.meta.title, filters: data.filters, subUrls: data.sub_results.map((s) => s.url) };
  }));
}`;

async function search(term: string | null, filters: Record<string, string> = {}): Promise<Hit[]> {
  return page.evaluate(`(${QUERY})(${JSON.stringify({ term: term === null ? null : searchTerm(term), filters })})`) as Promise<Hit[]>;
}

beforeAll(async () => {
  site = await serveSite(SHIPPED_SITE);
  browser = await launchChromium();
  page = await browser.newPage();
  await page.goto(site.url);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('search on the shipped site', () => {
  it('finds the award 市级文明单位 first, linking to its row', async () => {
    const hits = await search('市级文明单位');
    expect(hits[0]).toMatchObject({ url: award(1), title: '2009-2011年度 市级文明单位' });
    expect(hits[0]!.filters).toMatchObject({ 类型: ['荣誉'], 级别: ['市级'], 单位: ['黄州区政府办公室'] });
  });

  it('finds both rule-of-law awards for 法治', async () => {
    const urls = (await search('法治')).map((h) => h.url);
    expect(urls).toEqual(expect.arrayContaining([award(3), award(5)]));
  });

  it('finds the award 先进基层党组织 first', async () => {
    const hits = await search('先进基层党组织');
    expect(hits[0]?.url).toBe(award(7));
  });

  it('finds the information article of 服务篇 for 信息, down to its heading', async () => {
    const hits = await search('信息');
    const service = hits.find((h) => h.url === `${DOSSIER}/service/`);
    expect(service?.filters).toMatchObject({ 类型: ['文章'], 篇章: ['服务篇'] });
    expect(service?.subUrls).toContain(`${DOSSIER}/service/#buzhuo-xinxi`);
  });

  it('finds the research article of 服务篇 for 调研', async () => {
    const hits = await search('调研');
    expect(hits[0]?.url).toBe(`${DOSSIER}/service/`);
    expect(hits[0]?.subUrls).toContain(`${DOSSIER}/service/#shenru-diaoyan`);
  });

  it('narrows to exactly the awards of 2010 with the year filter', async () => {
    const expected = awards.filter((a) => a.years.includes(2010)).map((a) => award(a.index + 1));
    const all = await search(null, { 类型: '荣誉' });
    const hits = await search(null, { 年份: '2010' });
    expect(hits.map((h) => h.url).sort()).toEqual(expected.sort());
    expect(hits.length).toBeLessThan(all.length);
  });

  it('narrows to the provincial awards with the level filter', async () => {
    const unfiltered = await search('先进');
    const hits = await search('先进', { 级别: '省级' });
    expect(hits.map((h) => h.url)).toEqual([award(3)]);
    expect(unfiltered.length).toBeGreaterThan(hits.length);
    const provincial = await search(null, { 级别: '省级' });
    expect(provincial.map((h) => h.url).sort()).toEqual([award(3), award(10)]);
  });

  it('says nothing was found for a word the dossier does not contain', async () => {
    expect(await search('xylophone')).toEqual([]);
  });

  it('keeps page chrome out of the index: the footer text finds nothing', async () => {
    expect(await search('内容以原文为准')).toEqual([]);
  });
});
