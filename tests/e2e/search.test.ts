// Search as a reader uses it: the header box on any page, Pagefind's results and its Chinese
// filters (年份, 级别), a query with no hits, and result links that land on the award's row.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { DOSSIER, newContext, startHarness, waitForSearch, watchProblems, type Harness } from './helpers.ts';
import { urls } from '../../src/lib/urls.ts';

let harness: Harness;
let context: BrowserContext;
let page: Page;
let problems: string[];
beforeAll(async () => {
  harness = await startHarness();
  context = await newContext(harness.browser);
  page = await context.newPage();
  problems = watchProblems(page);
});
afterAll(async () => {
  await context?.close();
  await harness?.close();
});

// Top-level results only; sub-results (headings inside a page) are nested in them.
const resultLinks = () => page.locator('.pagefind-ui__result-inner > .pagefind-ui__result-title > .pagefind-ui__result-link');
const message = () => page.locator('.pagefind-ui__message').first();

/** Runs a query from the search page's own address, as the header form does. */
async function search(query: string): Promise<void> {
  await page.goto(harness.url(`${urls.search()}?q=${encodeURIComponent(query)}`));
  await waitForSearch(page);
}

/** The number in Pagefind's "找到 N 个 … 的相关结果" line. */
async function resultCount(): Promise<number> {
  const text = (await message().textContent()) ?? '';
  return Number(/(\d+)/.exec(text)?.[1] ?? 0);
}

/** The years a result title such as "2006-2011年度 …" or "2010、2011年度 …" covers. */
function yearsOf(title: string): number[] {
  const years: number[] = [];
  for (const [, from, to] of title.matchAll(/(\d{4})(?:-(\d{4}))?/g)) {
    for (let year = Number(from); year <= Number(to ?? from); year++) years.push(year);
  }
  return years;
}

/** Ticks one value of a Pagefind filter group and waits for the narrowed results. */
async function chooseFilter(group: string, value: string): Promise<void> {
  const before = await message().textContent();
  await page.locator('.pagefind-ui__filter-name', { hasText: group }).click();
  await page.locator(`label[for="${group}-${value}"]`).click();
  await page.waitForFunction((old) => document.querySelector('.pagefind-ui__message')?.textContent !== old, before);
  await waitForSearch(page);
}

test('typing 市级文明单位 in the header box finds that award', async () => {
  await page.goto(harness.url(urls.home()));
  await page.locator('header #site-search').fill('市级文明单位');
  await page.locator('header #site-search').press('Enter');
  await page.waitForURL((url) => url.pathname === urls.search());
  await waitForSearch(page);
  expect(await page.inputValue('.pagefind-ui__search-input')).toBe('市级文明单位');
  expect(await resultLinks().allTextContents()).toContain('2009-2011年度 市级文明单位');
});

test('a result links to the award row on its dossier page', async () => {
  await search('市级文明单位');
  const link = resultLinks().filter({ hasText: '2009-2011年度 市级文明单位' });
  expect(await link.getAttribute('href')).toBe(urls.award(DOSSIER, 0));
  await link.click();
  await page.waitForURL((url) => url.pathname === urls.section(DOSSIER, 'achievements'));
  expect(new URL(page.url()).hash).toBe('#award-01');
  const row = page.locator('tr:target');
  await expect.poll(() => row.count()).toBe(1);
  expect(await row.locator('th').textContent()).toContain('市级文明单位');
});

test('an article result links to the article heading on its section page', async () => {
  await search('参谋部');
  const hrefs = await page.locator('.pagefind-ui__result-link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  const article = hrefs.find((href) => href.startsWith(urls.section(DOSSIER, 'service')) && href.includes('#'));
  expect(article).toBeDefined();
  await page.goto(harness.url(article!));
  const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
  expect(await page.locator(`[id="${id}"]`).count()).toBe(1);
});

test('choosing year 2010 narrows the results to awards of 2010', async () => {
  await search('先进单位');
  const all = await resultCount();
  await chooseFilter('年份', '2010');
  const narrowed = await resultCount();
  expect(narrowed).toBeGreaterThan(0);
  expect(narrowed).toBeLessThan(all);
  for (const title of await resultLinks().allTextContents()) expect(yearsOf(title), title).toContain(2010);
});

test('choosing level 省级 narrows the results to provincial awards', async () => {
  await search('先进');
  const all = await resultCount();
  await chooseFilter('级别', '省级');
  expect(await resultCount()).toBeLessThan(all);
  expect(await resultLinks().allTextContents()).toEqual(['2006-2011年度 湖北省法制宣传教育和法治建设先进县（市、区）']);
});

test('a query with no hits says so', async () => {
  await search('qxzvbnmkljh');
  expect(await message().textContent()).toMatch(/未找到|没有找到/);
  expect(await resultLinks().count()).toBe(0);
});

test('searching causes no console errors or failed requests', () => {
  expect(problems).toEqual([]);
});
