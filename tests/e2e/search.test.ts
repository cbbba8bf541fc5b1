// Search as a reader uses it: the header box on any page, the results (an award as one line, an
// article pointing at its heading), the 筛选 control on a phone, a query with no hits, the
// keyboard, and no errors along the way.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { DESKTOP, DOSSIER, newContext, PHONE, startHarness, waitForSearch, watchProblems, type Harness } from './helpers.ts';
import { urls } from '../../src/lib/urls.ts';
import { t } from '../../src/lib/i18n.ts';

let harness: Harness;
let context: BrowserContext;
let page: Page;
let problems: string[];
beforeAll(async () => {
  harness = await startHarness();
  context = await newContext(harness.browser, { viewport: PHONE });
  page = await context.newPage();
  problems = watchProblems(page);
});
afterAll(async () => {
  await context?.close();
  await harness?.close();
});

const resultLinks = () => page.locator('#search-results > li > .result-link, #search-results > li .award-line > .result-link');
const status = () => page.locator('#search-status');

/** The years an award line such as "2006-2011年度" or "2010、2011年度" covers. */
function yearsOf(text: string): number[] {
  const years: number[] = [];
  for (const [, from, to] of text.matchAll(/(\d{4})(?:-(\d{4}))?/g)) {
    for (let year = Number(from); year <= Number(to ?? from); year++) years.push(year);
  }
  return years;
}

/** Runs a query from the search page's own address, as the header form does. */
async function search(query: string): Promise<void> {
  await page.goto(harness.url(`${urls.search()}?q=${encodeURIComponent(query)}`));
  await waitForSearch(page);
}

test('typing 市级文明单位 in the header box on a desktop finds that award', async () => {
  // A phone's header has no box (the 搜索 link leads to the search page's own), so this is a desktop's.
  const desktop = await newContext(harness.browser, { viewport: DESKTOP });
  const wide = await desktop.newPage();
  const wideProblems = watchProblems(wide);
  try {
    await wide.goto(harness.url(urls.section(DOSSIER, 'service')));
    await wide.locator('header #site-search').fill('市级文明单位');
    await wide.locator('header #site-search').press('Enter');
    await wide.waitForURL((url) => url.pathname === urls.search());
    await waitForSearch(wide);
    expect(await wide.inputValue('#search-query')).toBe('市级文明单位');
    const found = wide.locator('#search-results > li > .result-link, #search-results > li .award-line > .result-link');
    expect(await found.allTextContents()).toContain('市级文明单位');
    expect(wideProblems).toEqual([]);
  } finally {
    await desktop.close();
  }
});

test('on a phone the header hides its box and its 搜索 link leads to the search page', async () => {
  await page.goto(harness.url(urls.section(DOSSIER, 'service')));
  expect(await page.locator('header #site-search').isVisible()).toBe(false);
  await page.locator('header .nav-search a').click();
  await page.waitForURL((url) => url.pathname === urls.search());
  await page.locator('#search-query').fill('市级文明单位');
  await page.locator('#search-query').press('Enter');
  await waitForSearch(page);
  expect(await resultLinks().allTextContents()).toContain('市级文明单位');
});

test('an award result links to the award row on its dossier page', async () => {
  await search('市级文明单位');
  const link = resultLinks().filter({ hasText: '市级文明单位' }).first();
  expect(await link.getAttribute('href')).toBe(urls.award(DOSSIER, 0));
  await link.click();
  await page.waitForURL((url) => url.pathname === urls.section(DOSSIER, 'achievements'));
  expect(new URL(page.url()).hash).toBe('#award-01');
  const row = page.locator('tr:target');
  await expect.poll(() => row.count()).toBe(1);
  expect(await row.locator('th').textContent()).toContain('市级文明单位');
});

test('an article result points at the heading of the article that holds the phrase', async () => {
  await search('参谋部');
  const section = page.locator('.result-sections a').first();
  const href = (await section.getAttribute('href'))!;
  expect(href).toBe(urls.article(DOSSIER, 'service', 'shenru-diaoyan'));
  await section.click();
  await page.waitForURL((url) => url.hash === '#shenru-diaoyan');
  expect(await page.locator('[id="shenru-diaoyan"]').count()).toBe(1);
});

test('on a phone the results come first, and the filters wait behind one 筛选 button that counts them', async () => {
  await search('先进单位');
  const toggle = page.locator('#filter-toggle');
  const panel = page.locator('#filter-panel');
  expect(await panel.isHidden()).toBe(true);
  const firstResult = await page.locator('#search-results > li').first().boundingBox();
  expect(firstResult!.y).toBeLessThan(PHONE.height);
  const all = Number(/(\d+)/.exec((await status().textContent()) ?? '')?.[1]);

  await toggle.focus();
  await page.keyboard.press('Enter');
  expect(await toggle.getAttribute('aria-expanded')).toBe('true');
  const year = page.locator('select[name="年份"]');
  await expect.poll(() => year.locator('option').count()).toBeGreaterThan(1);
  // Each year shows how many of this query's results it keeps, not how many the archive has.
  const shown = new Map((await year.locator('option').allTextContents()).slice(1).map((text) => [/^(\S+?)（/.exec(text)![1]!, Number(/（(\d+)）$/.exec(text)![1])]));
  const index = await page.evaluate(async () => {
    const manifest = await (await fetch(`${document.getElementById('search-page')!.dataset.index}manifest.json`)).json();
    const at = manifest.filters.findIndex((f: { name: string }) => f.name === '年份');
    return (await (await fetch(`${document.getElementById('search-page')!.dataset.index}filters/${at}.json`)).json()) as Array<[string, number]>;
  });
  const archive = new Map(index);
  expect([...shown.keys()].every((value) => (archive.get(value) ?? 0) >= shown.get(value)!)).toBe(true);
  expect([...shown.keys()].some((value) => archive.get(value)! > shown.get(value)!)).toBe(true);
  // Read the status before choosing, so a search that finishes at once is not waited for in vain.
  const before = await status().textContent();
  await year.selectOption('2010');
  await page.waitForFunction((previous) => document.getElementById('search-status')?.textContent !== previous, before);
  await waitForSearch(page);
  const narrowed = Number(/(\d+)/.exec((await status().textContent()) ?? '')?.[1]);
  expect(narrowed).toBeGreaterThan(0);
  expect(narrowed).toBeLessThan(all);
  expect(narrowed).toBe(shown.get('2010'));
  expect(await toggle.textContent()).toBe(t('search.filtersActive', { count: 1 }));
  expect(new URL(page.url()).searchParams.get('年份')).toBe('2010');
  for (const line of await page.locator('.award-years').allTextContents()) expect(yearsOf(line), line).toContain(2010);

  await page.locator('#filter-clear').click();
  await waitForSearch(page);
  expect(await toggle.textContent()).toBe(t('search.filters'));
});

test('a query with no hits says so', async () => {
  await search('qxzvbnmkljh');
  expect(await status().textContent()).toMatch(/没有找到/);
  expect(await page.locator('#search-results > li').count()).toBe(0);
});

test('a run of words that occurs nowhere as written is found by its words, and says so', async () => {
  await search('黄州法治');
  expect(await status().textContent()).toContain('没有完全符合');
  expect(await page.locator('#search-results > li').count()).toBeGreaterThan(0);
});

test('searching causes no console errors or failed requests', () => {
  expect(problems).toEqual([]);
});
