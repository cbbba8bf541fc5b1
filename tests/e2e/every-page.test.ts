// Every page of the three-dossier fixture site, not just one per template: different content
// (section intros, several articles, awards without years or levels) must not bring back an
// accessibility violation, a console error, a broken request or sideways scrolling on a phone.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations, horizontalOverflow, newContext, PHONE, watchProblems } from './helpers.ts';
import { launchChromium } from '../../scripts/browser/chromium.ts';
import { FIXTURE_CONTENT, FIXTURE_SITE, ROOT } from '../support/paths.ts';
import { routesOfContent } from '../../src/lib/checks/index.ts';
import { outputFile } from '../../src/lib/routes/index.ts';
import { urls } from '../../src/lib/urls.ts';
import { serveSite, type StaticSite } from '../../scripts/browser/static-server.ts';

/**
 * Every reading page of the fixture's route table, print views included; the 404 page is the
 * templates test's. The content editor, for editors only, is Decap CMS's own interface: the
 * content-editor tests cover it.
 */
const PATHS = (await routesOfContent({ root: ROOT, contentDir: FIXTURE_CONTENT }))
  .filter((route) => outputFile(route).endsWith('.html') && route.kind !== 'not-found' && route.audience === 'readers')
  .map((route) => route.path);

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
