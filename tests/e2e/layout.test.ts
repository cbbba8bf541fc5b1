// Finding one's way in a long dossier: the dossier's contents beside the text on a 1280 px desktop
// (sticky, current section marked, the articles on the page listed, the article in view marked),
// the section's own contents at the top on a 375 px phone, a one-row phone header whose search and
// 大字模式 are one tap away, and one search box on the home page.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { DESKTOP, DOSSIER, newContext, PHONE, startHarness, TEMPLATES, type Harness } from './helpers.ts';
import { ARTICLE_SECTION_KINDS, SECTION_KINDS } from '../../src/lib/constants.ts';
import { sectionName } from '../../src/lib/i18n.ts';
import { urls } from '../../src/lib/urls.ts';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const contents = (page: Page) => page.locator('nav.dossier-contents');

/** Page boxes of the reading column and the contents, in CSS px. */
function boxes(page: Page) {
  return page.evaluate(() => {
    const box = (selector: string) => {
      const rect = document.querySelector(selector)!.getBoundingClientRect();
      return { left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom };
    };
    return { reading: box('.with-contents > .reading'), contents: box('nav.dossier-contents'), firstArticle: box('section.article') };
  });
}

describe('desktop, 1280 px', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await newContext(harness.browser, { viewport: DESKTOP });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
  });

  test('the dossier contents sit in the right-hand column beside the text', async () => {
    await page.goto(harness.url(urls.section(DOSSIER, 'service')));
    const { reading, contents: nav } = await boxes(page);
    expect(nav.left).toBeGreaterThanOrEqual(reading.right);
    expect(nav.left).toBeGreaterThan(DESKTOP.width / 2);
    expect(Math.abs(nav.top - reading.top)).toBeLessThan(2);
  });

  test('they list every section with its articles, and mark the current section', async () => {
    await page.goto(harness.url(urls.section(DOSSIER, 'service')));
    const sections = await contents(page).locator(':scope > ol > li > a').allTextContents();
    expect(sections).toEqual(['前言', ...SECTION_KINDS.map((kind) => sectionName(kind))]);
    const current = contents(page).locator('a[aria-current="page"]');
    expect(await current.allTextContents()).toEqual([sectionName('service')]);
    // Other sections' articles link to their section pages.
    const management = await contents(page).locator('.other-articles a').first().getAttribute('href');
    expect(management).toMatch(new RegExp(`^${urls.section(DOSSIER, 'management')}#`));
  });

  test('"本页内容" lists the articles of the page, each leading to its heading', async () => {
    await page.goto(harness.url(urls.section(DOSSIER, 'service')));
    expect(await page.locator('.contents-here').textContent()).toBe('本页内容');
    const links = await contents(page).locator('.on-this-page a').evaluateAll((anchors) =>
      anchors.map((a) => ({ text: a.textContent, target: document.getElementById((a as HTMLAnchorElement).hash.slice(1))?.textContent })),
    );
    const headings = await page.locator('section.article > h2').allTextContents();
    expect(links.map((link) => link.text)).toEqual(headings);
    for (const link of links) expect(link.target).toBe(link.text);
  });

  test('they stay in view while the text scrolls, and mark the article being read', async () => {
    await page.goto(harness.url(urls.section(DOSSIER, 'service')));
    const last = page.locator('section.article > h2').last();
    await last.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, 40));
    const top = await contents(page).evaluate((nav) => nav.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(50);
    const lastTitle = await last.textContent();
    await expect
      .poll(() => contents(page).locator('.on-this-page a').evaluateAll((anchors) => anchors.filter((a) => a.matches(':target-current')).map((a) => a.textContent)))
      .toEqual([lastTitle]);
  });

  test('the dossier page shows the preface with the contents beside it', async () => {
    await page.goto(harness.url(urls.dossier(DOSSIER)));
    const nav = await contents(page).boundingBox();
    const preface = await page.locator('#preface').boundingBox();
    expect(nav!.x).toBeGreaterThan(preface!.x + preface!.width);
    expect(await contents(page).locator('a[aria-current="page"]').allTextContents()).toEqual(['前言']);
  });

  test('the home page has one search box', async () => {
    await page.goto(harness.url(urls.home()));
    expect(await page.locator('input[type="search"]').count()).toBe(1);
    expect(await page.locator('header input[type="search"]').isVisible()).toBe(true);
  });
});

describe('phone, 375 px', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await newContext(harness.browser, { viewport: PHONE });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
  });

  test.each(ARTICLE_SECTION_KINDS)('the %s section shows its own contents at the top, before its text', async (kind) => {
    await page.goto(harness.url(urls.section(DOSSIER, kind)));
    const visible = await contents(page).isVisible();
    const articles = await page.locator('section.article').count();
    expect(visible).toBe(articles > 1);
    if (!visible) return;
    expect(await contents(page).locator('h2').innerText()).toBe('本篇目录');
    expect(await contents(page).locator('a:visible').allTextContents()).toEqual(await page.locator('section.article > h2').allTextContents());
    const { contents: nav, firstArticle } = await boxes(page);
    expect(nav.bottom).toBeLessThanOrEqual(firstArticle.top);
  });

  test('the header is one row, with 荣誉榜, 搜索 and 大字 each one tap away', async () => {
    for (const { path } of TEMPLATES.filter((template) => template.name !== 'search')) {
      await page.goto(harness.url(path));
      const header = await page.locator('header.site-header').boundingBox();
      expect(header!.height, path).toBeLessThanOrEqual(64);
      for (const name of ['荣誉榜', '搜索']) {
        const box = await page.locator('header .site-nav a', { hasText: name }).boundingBox();
        expect(box, `${path} ${name}`).not.toBeNull();
        expect(box!.height).toBeGreaterThanOrEqual(44);
      }
      const toggle = page.locator('header #elder-toggle');
      expect(await toggle.innerText()).toBe('大字');
      const box = await toggle.boundingBox();
      expect(box!.width).toBeGreaterThanOrEqual(44);
      expect(box!.height).toBeGreaterThanOrEqual(44);
    }
  });

  test('搜索 in the header leads to the search page, and 大字 switches the mode on', async () => {
    await page.goto(harness.url(urls.section(DOSSIER, 'service')));
    await page.locator('header #elder-toggle').click();
    expect(await page.evaluate(() => document.documentElement.classList.contains('elder'))).toBe(true);
    await page.locator('header #elder-toggle').click();
    await page.locator('header .site-nav a', { hasText: '搜索' }).click();
    await page.waitForURL((url) => url.pathname === urls.search());
  });
});

describe('without JavaScript', () => {
  test('the contents and their links are all there on a desktop', async () => {
    const context = await newContext(harness.browser, { viewport: DESKTOP, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(harness.url(urls.section(DOSSIER, 'creation')));
    expect(await contents(page).isVisible()).toBe(true);
    expect(await contents(page).locator('.on-this-page a').count()).toBe(await page.locator('section.article').count());
    await context.close();
  });
});
