// Printing: the dossier page links to the print view; in print media the site chrome disappears
// and each section starts a new sheet; and the PDF that `npm run pdf` makes contains every
// section heading, every article title and every award (text extracted with pdftotext).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOSSIER, newContext, startHarness, type Harness } from './helpers.ts';
import { ROOT, SHIPPED_SITE } from '../support/paths.ts';
import { printableDossiers, printDossier, unknownDossierMessage } from '../../scripts/pdf.ts';
import { SECTION_KINDS } from '../../src/lib/constants.ts';
import { sectionName } from '../../src/lib/i18n.ts';
import { urls } from '../../src/lib/urls.ts';

const AWARD_TITLES = (JSON.parse(readFileSync(join(SHIPPED_SITE, 'awards.json'), 'utf8')) as { awards: { title: string; dossier: string }[] }).awards
  .filter((award) => award.dossier === DOSSIER)
  .map((award) => award.title);

/** Text without any whitespace: PDF lines break anywhere inside Chinese text. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

let harness: Harness;
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
  harness = await startHarness();
  context = await newContext(harness.browser);
  page = await context.newPage();
});
afterAll(async () => {
  await context?.close();
  await harness?.close();
});

test('the dossier page links to its print view', async () => {
  await page.goto(harness.url(urls.dossier(DOSSIER)));
  await page.locator('a', { hasText: '打印全文' }).click();
  await page.waitForURL((url) => url.pathname === urls.print(DOSSIER));
  expect(await page.locator('h1').textContent()).toBe('文明清风谱华章');
});

describe('in print media', () => {
  beforeAll(async () => {
    await page.emulateMedia({ media: 'print' });
  });
  afterAll(async () => {
    await page.emulateMedia({ media: 'screen' });
  });

  test('the print view hides navigation, search and the reading-mode toggle', async () => {
    await page.goto(harness.url(urls.print(DOSSIER)));
    for (const selector of ['.site-header', '.site-footer', 'nav.breadcrumbs', '.search-form', '#elder-toggle', '.skip-link']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
  });

  test('the print view has contents, and every section starts on a new page', async () => {
    await page.goto(harness.url(urls.print(DOSSIER)));
    expect(await page.locator('nav.toc h2').textContent()).toBe('目录');
    const sections = await page.locator('section.print-section').evaluateAll((elements) =>
      elements.map((section) => ({ heading: section.querySelector('h2')?.textContent, breakBefore: getComputedStyle(section).breakBefore })),
    );
    expect(sections.map((section) => section.heading)).toEqual(['前言', ...SECTION_KINDS.map((kind) => sectionName(kind))]);
    for (const section of sections) expect(section.breakBefore, section.heading ?? '').toBe('page');
  });

  test('a section page prints without navigation or the previous/next links', async () => {
    await page.goto(harness.url(urls.section(DOSSIER, 'service')));
    for (const selector of ['.site-header', 'nav.breadcrumbs', 'nav.pager']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    expect(await page.locator('main h1').isVisible()).toBe(true);
  });
});

describe('npm run pdf', () => {
  const outFile = join(ROOT, 'test-results', `${DOSSIER}.pdf`);
  let pages: string[];
  beforeAll(async () => {
    await printDossier({ siteDir: SHIPPED_SITE, dossier: DOSSIER, outFile });
    const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [outFile], { encoding: 'utf8' }))![1]);
    pages = Array.from({ length: count }, (_, i) =>
      execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', '-f', String(i + 1), '-l', String(i + 1), outFile, '-'], { encoding: 'utf8' }),
    );
  });

  test('prints every section heading, article title and award on A4', async () => {
    expect(execFileSync('pdfinfo', [outFile], { encoding: 'utf8' })).toMatch(/Page size:.*\(A4\)/);
    const text = squeeze(pages.join(''));

    // Article titles, read from the print view itself, so the test covers whatever the dossier holds.
    await page.goto(harness.url(urls.print(DOSSIER)));
    const articleTitles = await page.locator('section.print-section .article > h3').allTextContents();
    expect(articleTitles.length).toBeGreaterThan(0);
    expect(AWARD_TITLES).toHaveLength(15);

    const expected = ['文明清风谱华章', '目录', '前言', ...SECTION_KINDS.map((kind) => sectionName(kind)), ...articleTitles, ...AWARD_TITLES];
    expect(expected.filter((heading) => !text.includes(squeeze(heading)))).toEqual([]);
  });

  test('numbers every page but the cover in its footer', async () => {
    expect(pages.length).toBeGreaterThan(2);
    expect(squeeze(pages[0]!)).not.toMatch(/第\d+页/);
    pages.slice(1).forEach((text, i) => expect(squeeze(text), `page ${i + 2}`).toContain(`第${i + 2}页，共${pages.length}页`));
  });

  test('gives each entry of the 目录 the page its heading is printed on', async () => {
    await page.goto(harness.url(urls.print(DOSSIER)));
    const entries = await page.locator('nav.print-toc a').evaluateAll((links) =>
      links.map((link) => ({
        label: link.querySelector('.toc-label')?.textContent ?? '',
        heading: document.getElementById((link as HTMLAnchorElement).hash.slice(1))?.textContent ?? '',
      })),
    );
    expect(entries.length).toBeGreaterThan(5);
    const contentsPage = pages.findIndex((text) => squeeze(text).startsWith('目录')) + 1;
    expect(contentsPage).toBeGreaterThan(1);
    const contentsLines = pages[contentsPage - 1]!.split('\n').map(squeeze);
    let previous = contentsPage;
    for (const entry of entries) {
      // A 目录 line: the entry's label, a dotted leader (no text), then the page number.
      const line = contentsLines.find((text) => new RegExp(`^(\\d+\\.)?${escape(squeeze(entry.label))}\\d+$`).test(text));
      expect(line, `目录 line of ${entry.label}`).toBeDefined();
      const number = Number(/(\d+)$/.exec(line!)![1]);
      expect(number, entry.label).toBeGreaterThan(contentsPage);
      expect(number, `${entry.label} comes after the entry before it`).toBeGreaterThanOrEqual(previous);
      expect(squeeze(pages[number - 1]!), `${entry.label} is on page ${number}`).toContain(squeeze(entry.heading));
      previous = number;
    }
  });
});

test('the dossiers a built site can print are its print views, and an unknown name lists them', async () => {
  const known = printableDossiers(SHIPPED_SITE);
  expect(known).toEqual([DOSSIER]);
  const message = unknownDossierMessage('huangzhou', known);
  expect(message).toContain('没有名为“huangzhou”的纪实');
  expect(message).toContain(`您是不是要打印 ${DOSSIER}？`);
  expect(message.split('\n').at(-1)!.trim()).toBe(DOSSIER);
  expect(unknownDossierMessage(undefined, ['a', 'b'])).toMatch(/请指定要打印的纪实[\s\S]*可以打印的纪实（共 2 份）：\n  a\n  b$/);
});

/** Text as a literal inside a regular expression. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
