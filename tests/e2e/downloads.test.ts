// The award lists to download, on the award-archive fixture published under a base path: from the
// 荣誉榜 and from each unit page, the Excel and CSV files are downloaded as a reader would, opened
// with a spreadsheet reader and compared row by row with the table on the page they came from.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { readSheet } from 'read-excel-file/node';
import { DESKTOP, newContext } from './helpers.ts';
import { launchChromium } from '../../scripts/browser/chromium.ts';
import { serveSite, type StaticSite } from '../../scripts/browser/static-server.ts';
import { AWARD_ARCHIVE_CONTENT, AWARD_ARCHIVE_SITE } from '../support/paths.ts';
import { AWARD_FILE_FORMATS, type AwardFileFormat } from '../../src/lib/downloads/formats.ts';
import { t } from '../../src/lib/i18n.ts';
import { loadSiteSettings } from '../../src/lib/site-settings.ts';
import { urls } from '../../src/lib/urls.ts';

const { base } = loadSiteSettings(AWARD_ARCHIVE_CONTENT, {});
const UNITS = ['湖畔图书馆', '山坡小学'];
const PAGES = [
  { name: '荣誉榜', path: urls.awards(), unit: undefined, saveAs: t('awards.heading') },
  ...UNITS.map((unit) => ({ name: unit, path: urls.awardsUnit(unit), unit, saveAs: t('awards.unitTitle', { unit }) })),
];
const HEADERS = { years: t('awards.col.years'), title: t('awards.col.title'), level: t('awards.col.level'), unit: t('awards.col.unit') };
const ISSUER = t('awards.col.issuer');
const NOTE = t('awards.col.note');

let site: StaticSite;
let browser: Browser;
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
  site = await serveSite(AWARD_ARCHIVE_SITE, base);
  browser = await launchChromium();
  context = await newContext(browser, { viewport: DESKTOP });
  page = await context.newPage();
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await site?.close();
});

/** An award table as read on the page: its column headers, and each row's cells by header. */
function pageTable(page: Page) {
  return page.locator('table.award-table').evaluate((table) => {
    const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => {
      const cells = [...tr.children] as HTMLElement[];
      const titleCell = tr.querySelector('th[scope="row"]')!;
      // The title cell also holds what sets an award apart and the lines under it (unit, issuer, note).
      const title = titleCell.cloneNode(true) as HTMLElement;
      for (const extra of title.querySelectorAll('.apart, .note')) extra.remove();
      const notes = [...titleCell.querySelectorAll('.note')].map((note) => note.textContent!.trim());
      return { cells: Object.fromEntries(headers.map((header, i) => [header, cells[i]!.textContent!.trim()])), title: title.textContent!.trim(), notes };
    });
    return { headers, rows };
  });
}

/** Clicks a download link and reads the file the browser saved, with the name it offered. */
async function download(page: Page, format: AwardFileFormat): Promise<{ name: string; body: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(`ul.downloads a[href$=".${format}"]`).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), body: await readFile(path) };
}

/** A file's rows as text, header first; an empty spreadsheet cell reads as an empty string. */
async function rowsOf(format: AwardFileFormat, body: Buffer): Promise<string[][]> {
  if (format === 'csv') return parse(body, { bom: true }) as string[][];
  return (await readSheet(body)).map((row) => row.map((cell) => (cell === null ? '' : String(cell))));
}

describe.each(PAGES)('the award list of $name', ({ path, unit, saveAs }) => {
  test('offers an Excel and a CSV file, each at least 44 px tall to tap', async () => {
    await page.goto(new URL(path.slice(1), site.url).href);
    const links = page.locator('ul.downloads a');
    expect(await links.count()).toBe(AWARD_FILE_FORMATS.length);
    for (const box of await links.evaluateAll((anchors) => anchors.map((a) => a.getBoundingClientRect().height))) expect(box).toBeGreaterThanOrEqual(44);
  });

  test.each(AWARD_FILE_FORMATS)('the %s file holds the rows of the table, in its order, with the same values', async (format) => {
    await page.goto(new URL(path.slice(1), site.url).href);
    const table = await pageTable(page);
    const { name, body } = await download(page, format);
    expect(name).toBe(`${saveAs}.${format}`);
    if (format === 'csv') expect(body.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    else expect(body.subarray(0, 2).toString()).toBe('PK');

    const [header, ...rows] = await rowsOf(format, body);
    // The table's columns, with 单位 always (a file leaves the page that names the unit), then
    // the issuer and note the table shows under each title.
    expect(header).toEqual([HEADERS.years, HEADERS.title, HEADERS.level, HEADERS.unit, ISSUER, NOTE]);
    expect(table.headers).toEqual(unit === undefined ? Object.values(HEADERS) : [HEADERS.years, HEADERS.title, HEADERS.level]);
    expect(rows).toHaveLength(table.rows.length);
    rows.forEach(([years, title, level, rowUnit, issuer, note], i) => {
      const onPage = table.rows[i]!;
      expect([years, title, level], `row ${i + 1}`).toEqual([onPage.cells[HEADERS.years], onPage.title, onPage.cells[HEADERS.level]]);
      expect(rowUnit).toBe(unit ?? onPage.cells[HEADERS.unit]);
      const lines = [...(issuer ? [t('awards.issuer', { issuer })] : []), ...(note ? [t('awards.note', { note })] : [])];
      expect(onPage.notes.filter((line) => !line.startsWith(t('awards.unitNote', { unit: '' })))).toEqual(lines);
    });
  });
});

test('the files carry the issuer and the note the table shows under a title', async () => {
  await page.goto(new URL(urls.awards().slice(1), site.url).href);
  const [, ...rows] = await rowsOf('xlsx', (await download(page, 'xlsx')).body);
  expect(rows.filter((row) => row[4] !== '' || row[5] !== '').map((row) => [row[1], row[4], row[5]])).toEqual([
    ['全国文明单位', '中央精神文明建设指导委员会', ''],
    ['市级文明单位', '', '首次获评'],
  ]);
});
