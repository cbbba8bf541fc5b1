// Getting around: home → dossier → every section → previous/next, breadcrumbs, the 404 page, the
// 荣誉榜 pages with JavaScript switched off, and the whole site by keyboard alone.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOSSIER, newContext, openTemplate, startHarness, TEMPLATES, type Harness } from './helpers.ts';
import { SHIPPED_SITE } from '../support/paths.ts';
import { SECTION_KINDS } from '../../src/lib/constants.ts';
import { sectionName } from '../../src/lib/i18n.ts';
import { urls } from '../../src/lib/urls.ts';

interface PublishedAward {
  title: string;
  years: number[];
  level?: string;
  unit: string;
  dossier: string;
  index: number;
}
/** The awards the build published: what every 荣誉榜 page must agree with. */
const AWARDS = (JSON.parse(readFileSync(join(SHIPPED_SITE, 'awards.json'), 'utf8')) as { awards: PublishedAward[] }).awards;
const DOSSIER_TITLE = '文明清风谱华章';
const UNIT = '黄州区政府办公室';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const pathOf = (page: Page) => decodeURIComponent(new URL(page.url()).pathname);
const crumbs = (page: Page) => page.locator('nav.breadcrumbs li').allTextContents();

describe('navigation', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await newContext(harness.browser);
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
  });

  test('home leads to the dossier, whose breadcrumbs lead back home', async () => {
    await page.goto(harness.url(urls.home()));
    await page.locator('.card h3 a', { hasText: DOSSIER_TITLE }).click();
    await page.waitForURL((url) => url.pathname === urls.dossier(DOSSIER));
    expect(await page.locator('h1').textContent()).toBe(DOSSIER_TITLE);
    expect(await crumbs(page)).toEqual(['首页', DOSSIER_TITLE]);
    expect(await page.locator('nav.breadcrumbs [aria-current="page"]').textContent()).toBe(DOSSIER_TITLE);
    await page.locator('nav.breadcrumbs a', { hasText: '首页' }).click();
    await page.waitForURL((url) => url.pathname === urls.home());
  });

  test.each(SECTION_KINDS)('the dossier contents lead to the %s section, with breadcrumbs', async (kind) => {
    await page.goto(harness.url(urls.dossier(DOSSIER)));
    await page.locator('nav.toc > ol > li > a', { hasText: sectionName(kind) }).click();
    await page.waitForURL((url) => url.pathname === urls.section(DOSSIER, kind));
    expect(await page.locator('h1').textContent()).toContain(sectionName(kind));
    expect(await crumbs(page)).toEqual(['首页', DOSSIER_TITLE, sectionName(kind)]);
    await page.locator('nav.breadcrumbs a', { hasText: DOSSIER_TITLE }).click();
    await page.waitForURL((url) => url.pathname === urls.dossier(DOSSIER));
  });

  test('next leads through the sections in order, previous leads back to the cover', async () => {
    await page.goto(harness.url(urls.section(DOSSIER, SECTION_KINDS[0])));
    const forward = [pathOf(page)];
    while ((await page.locator('a[rel="next"]').count()) > 0) {
      await page.locator('a[rel="next"]').click();
      await page.waitForLoadState();
      forward.push(pathOf(page));
    }
    expect(forward).toEqual(SECTION_KINDS.map((kind) => urls.section(DOSSIER, kind)));
    const back = [pathOf(page)];
    while ((await page.locator('a[rel="prev"]').count()) > 0 && pathOf(page) !== urls.dossier(DOSSIER)) {
      await page.locator('a[rel="prev"]').click();
      await page.waitForLoadState();
      back.push(pathOf(page));
    }
    expect(back).toEqual([...forward].reverse().concat(urls.dossier(DOSSIER)));
  });

  test('an unknown address shows the 404 page, which leads home', async () => {
    const response = await page.goto(harness.url('/no-such-dossier/management/'));
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('页面不存在');
    await page.locator('main a', { hasText: '返回首页' }).click();
    await page.waitForURL((url) => url.pathname === urls.home());
  });
});

describe('荣誉榜 without JavaScript', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await newContext(harness.browser, { javaScriptEnabled: false });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
  });

  /** The award titles in the page's table, in order, and where each title links. */
  async function tableAwards(): Promise<{ title: string; href: string | null }[]> {
    return page.locator('table.award-table tbody th[scope="row"]').evaluateAll((cells) =>
      cells.map((cell) => {
        const link = cell.querySelector('a');
        // The title is the cell's first text; notes and issuers follow in their own spans.
        return { title: (link ?? cell).childNodes[0]?.textContent?.trim() ?? '', href: link?.getAttribute('href') ?? null };
      }),
    );
  }
  const sorted = (titles: string[]) => [...titles].sort();

  test.each([
    { name: 'year 2010', path: urls.awardsYear(2010), count: 12, keep: (a: PublishedAward) => a.years.includes(2010) },
    { name: 'level 省级', path: urls.awardsLevel('省级'), count: 2, keep: (a: PublishedAward) => a.level === '省级' },
    { name: `unit ${UNIT}`, path: urls.awardsUnit(UNIT), count: 15, keep: (a: PublishedAward) => a.unit === UNIT },
    { name: 'undated', path: urls.awardsUndated(), count: 1, keep: (a: PublishedAward) => a.years.length === 0 },
    { name: 'all awards', path: urls.awards(), count: 15, keep: () => true },
  ])('the $name page lists exactly its awards, each linking to its row', async ({ path, count, keep }) => {
    await page.goto(harness.url(path));
    const expected = AWARDS.filter(keep);
    expect(expected).toHaveLength(count);
    const rows = await tableAwards();
    expect(sorted(rows.map((row) => row.title))).toEqual(sorted(expected.map((award) => award.title)));
    for (const award of expected) {
      expect(rows.find((row) => row.title === award.title)?.href).toBe(urls.award(award.dossier, award.index));
    }
    // The shipped site holds one unit's dossier, so no page repeats its name in a unit column.
    expect(await page.locator('table.award-table thead th[scope="col"]').allTextContents()).toEqual(['年份', '荣誉', '级别']);
  });

  test('the 荣誉榜 links to every year, level and unit page', async () => {
    await page.goto(harness.url(urls.awards()));
    const hrefs = await page.locator('main nav a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    for (const path of [urls.awardsYear(2010), urls.awardsLevel('省级'), urls.awardsUnit(UNIT), urls.awardsUndated()]) {
      expect(hrefs.map((href) => decodeURIComponent(href ?? ''))).toContain(path);
    }
  });

  test('reading pages work and the reading-mode toggle stays out of sight', async () => {
    await page.goto(harness.url(urls.section(DOSSIER, 'management')));
    expect(await page.locator('h1').textContent()).toContain(sectionName('management'));
    expect(await page.locator('#elder-toggle').isVisible()).toBe(false);
  });
});

describe('keyboard only', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await newContext(harness.browser);
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
  });

  test('the first Tab shows the skip link, and it moves focus to the main content', async () => {
    await page.goto(harness.url(urls.section(DOSSIER, 'service')));
    await page.keyboard.press('Tab');
    const skip = page.locator('a.skip-link');
    expect(await skip.evaluate((a) => a === document.activeElement)).toBe(true);
    const box = await skip.boundingBox();
    expect(box && box.y >= 0 && box.height > 0, 'skip link visible when focused').toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true);
  });

  // Tabs through the whole page and checks every focusable element was reached, each with a
  // visible focus indicator (an outline at least 2 px wide).
  test.each(TEMPLATES)('every interactive element of the $name page is reachable, with visible focus', async ({ path }) => {
    await openTemplate(page, harness, path);
    const total = await page.evaluate(() => {
      const candidates = document.querySelectorAll<HTMLElement>(
        'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])',
      );
      let n = 0;
      for (const element of candidates) {
        // Not rendered (hidden, or inside a closed <details>) means not focusable either.
        if (element.hasAttribute('disabled') || !element.checkVisibility({ visibilityProperty: true })) continue;
        element.dataset.e2eFocus = String(n++);
      }
      return n;
    });
    const reached = new Set<string>();
    const unfocusedLooks: string[] = [];
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    for (let presses = 0; presses < total + 5; presses++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element || element === document.body) return null;
        const style = getComputedStyle(element);
        const visible = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
        return { id: element.dataset.e2eFocus ?? '', visible, label: `${element.tagName} ${(element.textContent ?? '').trim().slice(0, 16)}` };
      });
      if (!focus) continue;
      if (focus.id) reached.add(focus.id);
      if (!focus.visible) unfocusedLooks.push(focus.label);
    }
    const missed = await page.evaluate(
      (seen) =>
        [...document.querySelectorAll<HTMLElement>('[data-e2e-focus]')]
          .filter((element) => !seen.includes(element.dataset.e2eFocus!))
          .map((element) => `${element.tagName} ${(element.textContent ?? '').trim().slice(0, 16)}`),
      [...reached],
    );
    expect(missed, 'not reachable with Tab').toEqual([]);
    expect(unfocusedLooks, 'focused without a visible indicator').toEqual([]);
  });
});
