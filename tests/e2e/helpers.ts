// Shared by the browser test files: the page templates of the shipped site, and small probes run
// inside the page. Each test file starts one browser and one server and reuses them.
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../../scripts/browser/chromium.ts';
import { ROOT, SHIPPED_SITE } from '../support/paths.ts';
import { serveSite, type StaticSite } from '../../scripts/browser/static-server.ts';
import { urls } from '../../src/lib/urls.ts';
import { routesOfContent } from '../../src/lib/checks/index.ts';
import { templateOf } from '../../scripts/bench/page-weight.ts';
import { t } from '../../src/lib/i18n.ts';

/** The dossier the repository ships. */
export const DOSSIER = 'huangzhou-office';

/**
 * One page per reading template of the shipped site, the first of each in its route table, so a
 * template added to the site is tested without being listed here. Search runs a query; the 404
 * template is reached as a real miss. The content editor is for editors, not readers (its
 * route's `audience`): its own tests (content-editor*.test.ts) cover it.
 */
export const TEMPLATES: readonly { name: string; path: string }[] = await (async () => {
  const templates = new Map<string, string>();
  for (const route of await routesOfContent({ root: ROOT, contentDir: join(ROOT, 'content') })) {
    const name = templateOf(route);
    if (name && !templates.has(name)) templates.set(name, route.path);
  }
  templates.set('search', `${urls.search()}?q=${encodeURIComponent('市级文明单位')}`);
  templates.set('404', '/no-such-page/');
  return [...templates].map(([name, path]) => ({ name, path }));
})();

/** A phone (iPhone X size) and a desktop viewport. */
export const PHONE = { width: 375, height: 812 };
export const DESKTOP = { width: 1280, height: 900 };

/** Where screenshots go (git-ignored; CI keeps them as artifacts). */
export const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

/** The served shipped site and a browser, for one test file. */
export interface Harness {
  site: StaticSite;
  browser: Browser;
  /** An absolute URL for a site path (which starts with `/`). */
  url(path: string): string;
  close(): Promise<void>;
}

/** Serves the shipped build and starts Chromium. */
export async function startHarness(): Promise<Harness> {
  const site = await serveSite(SHIPPED_SITE);
  const browser = await launchChromium();
  return {
    site,
    browser,
    url: (path) => new URL(path.slice(1), site.url).href,
    close: async () => {
      await browser.close();
      await site.close();
    },
  };
}

/** Console errors, uncaught exceptions and failed or 4xx/5xx requests a page produced. */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText ?? '';
    // Leaving a page cancels what it was still loading (often the favicon): not a broken link.
    if (error === 'net::ERR_ABORTED') return;
    problems.push(`failed: ${request.url()} ${error}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}

/** Waits until the search page has shown its results, or said that it found none, for the current query. */
export async function waitForSearch(page: Page): Promise<void> {
  // The status says "searching" first; then the count, with the first results already listed.
  await page.waitForFunction((searching) => {
    const status = document.getElementById('search-status')?.textContent ?? '';
    if (status === '' || status === searching) return false;
    return document.querySelectorAll('#search-results > li').length > 0 || !/\d/.test(status);
  }, t('search.searching'));
}

/** Loads a template page and waits until it is ready to inspect (search results included). */
export async function openTemplate(page: Page, harness: Harness, path: string): Promise<Response | null> {
  const response = await page.goto(harness.url(path), { waitUntil: 'load' });
  if (path.startsWith(urls.search())) await waitForSearch(page);
  return response;
}

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

// axe files these under best practice, not WCAG; the issue asks for them all the same: headings
// in order, one h1, and landmarks that are unique, top-level and cover the whole page.
const STRUCTURE_RULES = [
  'heading-order',
  'page-has-heading-one',
  'empty-heading',
  'landmark-one-main',
  'landmark-unique',
  'landmark-no-duplicate-banner',
  'landmark-no-duplicate-contentinfo',
  'landmark-banner-is-top-level',
  'landmark-contentinfo-is-top-level',
  'landmark-main-is-top-level',
  'region',
  'skip-link',
];

/**
 * WCAG 2.1 A and AA violations axe-core finds, plus the heading and landmark rules above, as
 * readable lines (empty when there are none).
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(WCAG_TAGS)
    .options({ rules: Object.fromEntries(STRUCTURE_RULES.map((id) => [id, { enabled: true }])) })
    .analyze();
  const wanted = result.violations.filter((v) => STRUCTURE_RULES.includes(v.id) || v.tags.some((tag) => WCAG_TAGS.includes(tag)));
  return wanted.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')} — ${node.failureSummary?.split('\n')[1]?.trim() ?? ''}`),
  );
}

/** How far the page is wider than the viewport, in CSS pixels (0: no horizontal scrolling). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** A new context with the given viewport and colour scheme; JavaScript on unless told otherwise. */
export function newContext(
  browser: Browser,
  options: { viewport?: { width: number; height: number }; colorScheme?: 'light' | 'dark'; javaScriptEnabled?: boolean } = {},
): Promise<BrowserContext> {
  return browser.newContext({
    viewport: options.viewport ?? DESKTOP,
    colorScheme: options.colorScheme ?? 'light',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    locale: 'zh-CN',
  });
}
