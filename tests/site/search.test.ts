// Search on the shipped site, in Chromium through the search page, as a reader uses it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/browser/chromium.ts';
import { serveSite, type StaticSite } from '../../scripts/browser/static-server.ts';
import { SHIPPED_SITE } from '../support/paths.ts';
import { searchPage } from '../../scripts/bench/search-quality.ts';

let site: StaticSite;
let browser: Browser;
let page: Page;

const DOSSIER = '/huangzhou-office';
const award = (n: number) => `${DOSSIER}/achievements/#award-${String(n).padStart(2, '0')}`;
const awards = (JSON.parse(readFileSync(join(SHIPPED_SITE, 'awards.json'), 'utf8')) as { awards: { years: number[]; level?: string; index: number }[] }).awards;

const search = (q: string, filters: Record<string, string> = {}) => searchPage(page, site.url, q, filters, true);

beforeAll(async () => {
  site = await serveSite(SHIPPED_SITE);
  browser = await launchChromium();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('search on the shipped site', () => {
  it('finds the award 市级文明单位 first, shown as one line of years, title, level, unit and dossier', async () => {
    const { results } = await search('市级文明单位');
    expect(results[0]).toMatchObject({ url: award(1), title: '市级文明单位' });
    expect(results[0]!.text).toBe('2009-2011年度 · 市级文明单位 · 市级 · 黄州区政府办公室 · 《文明清风谱华章》');
  });

  it('finds both rule-of-law awards for 法治', async () => {
    const urls = (await search('法治')).results.map((r) => r.url);
    expect(urls).toEqual(expect.arrayContaining([award(3), award(5)]));
  });

  it('finds the award 先进基层党组织 first', async () => {
    expect((await search('先进基层党组织')).results[0]?.url).toBe(award(7));
  });

  it('finds the information article of 服务篇 for 信息, down to its heading', async () => {
    const service = (await search('信息')).results.find((r) => r.url === `${DOSSIER}/service/`);
    expect(service?.sections).toContain(`${DOSSIER}/service/#buzhuo-xinxi`);
  });

  it('points 调研 at the research article of 服务篇', async () => {
    const { results } = await search('调研');
    expect(results[0]?.url).toBe(`${DOSSIER}/service/`);
    expect(results[0]?.sections).toContain(`${DOSSIER}/service/#shenru-diaoyan`);
  });

  it('ranks the dossier and the unit’s 荣誉榜 first for the unit’s short name 黄州', async () => {
    const { results } = await search('黄州');
    expect(results.slice(0, 2).map((r) => r.url).sort()).toEqual(['/awards/unit/黄州区政府办公室/', `${DOSSIER}/`]);
  });

  it('narrows to exactly the awards of 2010 with the year filter, and finds them by the year too', async () => {
    const expected = awards.filter((a) => a.years.includes(2010)).map((a) => award(a.index + 1)).sort();
    expect((await search('', { 年份: '2010' })).results.map((r) => r.url).sort()).toEqual(expected);
    const byYear = (await search('2010', { 类型: '荣誉' })).results.map((r) => r.url).sort();
    expect(byYear).toEqual(expected);
  });

  it('narrows to the provincial awards with the level filter', async () => {
    expect((await search('先进', { 级别: '省级' })).results.map((r) => r.url)).toEqual([award(3)]);
    expect((await search('', { 级别: '省级' })).results.map((r) => r.url).sort()).toEqual([award(3), award(10)]);
  });

  it('finds a phrase inside a longer word, in traditional characters and with full-width digits', async () => {
    expect((await search('情报')).results.map((r) => r.url)).toEqual([`${DOSSIER}/service/`]);
    expect((await search('市級文明單位')).results[0]?.url).toBe(award(1));
    expect((await search('２００９ 文明单位')).results.map((r) => r.url)).toContain(award(1));
  });

  it('shows excerpts as written: every excerpt is a piece of the page it links to', async () => {
    for (const q of ['信息', '“情报部”', '市区', '2010']) {
      for (const result of (await search(q)).results.filter((r) => !r.url.includes('#award'))) {
        const html = readFileSync(join(SHIPPED_SITE, result.url.split('#')[0]!, 'index.html'), 'utf8');
        const text = html.replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
        const pieces = (result.text ?? '').split('\n').flatMap((line) => line.split('…')).map((p) => p.trim()).filter((p) => p.length > 8);
        for (const piece of pieces) expect(text, `${q}: ${piece}`).toContain(piece);
      }
    }
  });

  it('says nothing was found for a word the dossier does not contain, and keeps page chrome out', async () => {
    expect((await search('xylophone')).results).toEqual([]);
    expect((await search('内容以原文为准')).results).toEqual([]);
  });
});
