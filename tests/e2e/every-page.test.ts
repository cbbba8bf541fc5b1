// Every page of the three-dossier fixture site, not just one per template: different content
// (section intros, several articles, awards without years or levels) must not bring back an
// accessibility violation, a console error, a broken request or sideways scrolling on a phone.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { axeViolations, horizontalOverflow, newContext, PHONE, watchProblems } from './helpers.ts';
import { launchChromium } from '../../scripts/browser/chromium.ts';
import { FIXTURE_SITE } from '../support/paths.ts';
import { serveSite, type StaticSite } from '../../scripts/browser/static-server.ts';
import { urls } from '../../src/lib/urls.ts';

/** Site paths from the fixture's sitemap, plus each dossier's print view, which it leaves out. */
function fixturePaths(): string[] {
  const sitemap = readFileSync(join(FIXTURE_SITE, 'sitemap.xml'), 'utf8');
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => decodeURI(new URL(loc!).pathname));
  const dossiers = paths.filter((path) => /^\/[^/]+\/$/.test(path) && !path.startsWith('/awards/') && !path.startsWith('/search/'));
  return [...paths, ...dossiers.map((path) => urls.print(path.slice(1, -1)))];
}
const PATHS = fixturePaths();

let site: StaticSite;
let browser: Awaited<ReturnType<typeof launchChromium>>;
let context: BrowserContext;
let page: Page;
let problems: string[];
beforeAll(async () => {
  site = await serveSite(FIXTURE_SITE);
  browser = await launchChromium();
  context = await newContext(browser, { viewport: PHONE });
  page = await context.newPage();
  problems = watchProblems(page);
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await site?.close();
});

test('the fixture site has the pages the test expects', () => {
  expect(PATHS.length).toBeGreaterThan(20);
  expect(PATHS).toContain(urls.print('qinghe-2015'));
});

test.each(PATHS)('%s passes axe, loads cleanly and fits a phone', async (path) => {
  problems.length = 0;
  const response = await page.goto(new URL(path.slice(1), site.url).href, { waitUntil: 'load' });
  expect(response?.status()).toBe(200);
  expect(await axeViolations(page)).toEqual([]);
  expect(problems).toEqual([]);
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
});
