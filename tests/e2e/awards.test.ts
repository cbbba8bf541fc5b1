// The 荣誉榜 at a glance, on a fixture of two units' awards over twenty years published under a
// base path: the chart of awards per year by level with its data table, in every colour scheme
// and in print; award tables sortable by each column, yet complete and in order without
// JavaScript; awards of the same title told apart; the unit column on a phone.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { axeViolations, DESKTOP, horizontalOverflow, newContext, PHONE } from './helpers.ts';
import { launchChromium } from '../../scripts/browser/chromium.ts';
import { AWARD_ARCHIVE_SITE } from '../support/paths.ts';
import { serveSite, type StaticSite } from '../../scripts/browser/static-server.ts';
import { AWARD_LEVELS, formatYears } from '../../src/lib/schemas/index.ts';
import { urls } from '../../src/lib/urls.ts';

interface PublishedAward {
  title: string;
  years: number[];
  level?: string;
  unit: string;
}
const AWARDS = (JSON.parse(readFileSync(join(AWARD_ARCHIVE_SITE, 'awards.json'), 'utf8')) as { awards: PublishedAward[] }).awards;
const UNITS = [...new Set(AWARDS.map((award) => award.unit))];

let site: StaticSite;
let browser: Browser;
const url = (path: string) => new URL(path.slice(1), site.url).href;
beforeAll(async () => {
  site = await serveSite(AWARD_ARCHIVE_SITE, '/archive/');
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** What the chart draws: each row's label, and its bars' level names and counts. */
function chartRows(page: Page) {
  return page.locator('figure.award-chart svg g').evaluateAll((groups) =>
    groups.map((group) => ({
      label: group.querySelector('.chart-year')?.textContent ?? '',
      total: Number(group.querySelector('.chart-total')?.textContent ?? 0),
      bars: [...group.querySelectorAll('rect')].map((rect) => rect.querySelector('title')?.textContent ?? ''),
    })),
  );
}

/** Award-years per year of a list of awards, as the chart must count them. */
function perYear(awards: readonly PublishedAward[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const award of awards) for (const year of award.years) counts.set(year, (counts.get(year) ?? 0) + 1);
  return counts;
}

const PAGES = [
  { name: '荣誉榜', path: urls.awards(), awards: AWARDS, subject: '' },
  ...UNITS.map((unit) => ({ name: unit, path: urls.awardsUnit(unit), awards: AWARDS.filter((award) => award.unit === unit), subject: unit })),
];

describe('the chart of awards per year', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await newContext(browser, { viewport: DESKTOP, javaScriptEnabled: false });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
  });

  test.each(PAGES)('on $name, without JavaScript, it draws each year’s awards and names itself', async ({ path, awards, subject }) => {
    await page.goto(url(path));
    const svg = page.locator('figure.award-chart svg');
    expect(await svg.getAttribute('role')).toBe('img');
    expect(await svg.getAttribute('aria-label')).toContain(`${subject}各年度荣誉数量`);
    const rows = await chartRows(page);
    const expected = perYear(awards);
    const drawn = rows.filter((row) => /^\d{4}$/.test(row.label));
    expect(new Map(drawn.filter((row) => row.total > 0).map((row) => [Number(row.label), row.total]))).toEqual(expected);
    // Every year from the first to the last has a row, or lies in a folded run of empty years.
    const years = [...expected.keys()];
    for (let year = Math.min(...years); year <= Math.max(...years); year++) {
      const covered = rows.some((row) => row.label === String(year) || new RegExp(`^(\\d{4})–(\\d{4})$`).test(row.label) && year >= Number(row.label.slice(0, 4)) && year <= Number(row.label.slice(-4)));
      expect(covered, String(year)).toBe(true);
    }
    const undated = awards.filter((award) => award.years.length === 0).length;
    const caption = await page.locator('figure.award-chart figcaption').textContent();
    if (undated > 0) expect(caption).toContain(`另有 ${undated} 项荣誉未注明年份`);
  });

  test.each(PAGES)('on $name, its data table gives every number the chart draws', async ({ path }) => {
    await page.goto(url(path));
    const rows = (await chartRows(page)).filter((row) => row.total > 0);
    const table = page.locator('figure.award-chart details table');
    const headers = await table.locator('thead th').allTextContents();
    const data = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent ?? '')));
    expect(data.map((cells) => [cells[0], Number(cells.at(-1))])).toEqual(rows.map((row) => [row.label, row.total]));
    for (const [i, row] of rows.entries()) {
      const cells = data[i]!;
      const drawn = Object.fromEntries(row.bars.map((bar) => [/年(.+)荣誉/.exec(bar)![1], Number(/(\d+) 项$/.exec(bar)![1])]));
      headers.slice(1, -1).forEach((level, column) => expect(Number(cells[column + 1]), `${row.label} ${level}`).toBe(drawn[level] ?? 0));
    }
  });
});

/** WCAG contrast ratio of two `rgb()` colours. */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, bl] = color.match(/[\d.]+/g)!.slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe.each([
  { scheme: 'light' as const, elder: false, media: 'screen' as const },
  { scheme: 'dark' as const, elder: false, media: 'screen' as const },
  { scheme: 'light' as const, elder: true, media: 'screen' as const },
  { scheme: 'dark' as const, elder: true, media: 'screen' as const },
  { scheme: 'light' as const, elder: false, media: 'print' as const },
])('$scheme scheme, 大字模式 $elder, $media', ({ scheme, elder, media }) => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await newContext(browser, { viewport: DESKTOP, colorScheme: scheme });
    if (elder) await context.addInitScript(() => localStorage.setItem('huazhang-elder', '1'));
    page = await context.newPage();
    await page.emulateMedia({ media });
  });
  afterAll(async () => {
    await context?.close();
  });

  // The 荣誉榜 and one unit page: the two templates with a chart.
  test.each(PAGES.slice(0, 2))('$name: no axe violations, and every level’s colour stands out from the page', async ({ path }) => {
    await page.goto(url(path));
    expect(await page.evaluate(() => document.documentElement.classList.contains('elder'))).toBe(elder);
    expect(await axeViolations(page)).toEqual([]);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const fills = await page.locator('figure.award-chart rect').evaluateAll((rects) => [...new Set(rects.map((rect) => getComputedStyle(rect).fill))]);
    expect(fills.length).toBeGreaterThan(0);
    for (const fill of fills) expect(contrast(fill, background), fill).toBeGreaterThanOrEqual(3);
  });
});

/** The award rows of the page's award table, as text: years, title, level. */
function rowsOf(page: Page) {
  return page.locator('table.award-table tbody tr').evaluateAll((trs) =>
    trs.map((tr) => ({
      years: tr.querySelector('td.years')?.textContent ?? '',
      title: tr.querySelector('th a')?.firstChild?.textContent ?? '',
      level: tr.children[2]?.textContent ?? '',
      unit: tr.querySelector('td.col-unit')?.textContent ?? '',
    })),
  );
}

const collator = new Intl.Collator('zh-CN');
const yearsText = (award: PublishedAward) => (award.years.length > 0 ? formatYears(award.years) : '未注明年份');

describe('sorting an award table', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await newContext(browser, { viewport: DESKTOP });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
  });

  const header = (name: string) => page.locator('table.award-table thead th', { hasText: name });

  test('the list starts latest year first, and says so', async () => {
    await page.goto(url(urls.awards()));
    expect(await header('年份').getAttribute('aria-sort')).toBe('descending');
    expect((await rowsOf(page)).map((row) => row.title)).toEqual(AWARDS.map((award) => award.title));
  });

  test('by title: in pinyin order, then reversed', async () => {
    await page.goto(url(urls.awards()));
    await header('荣誉').locator('button').click();
    expect(await header('荣誉').getAttribute('aria-sort')).toBe('ascending');
    expect(await header('年份').getAttribute('aria-sort')).toBeNull();
    const titles = (await rowsOf(page)).map((row) => row.title);
    expect(titles).toEqual(AWARDS.map((award) => award.title).sort(collator.compare));
    await header('荣誉').locator('button').click();
    expect(await header('荣誉').getAttribute('aria-sort')).toBe('descending');
    expect((await rowsOf(page)).map((row) => row.title)).toEqual([...titles].sort((a, b) => collator.compare(b, a)));
  });

  test('by level: from 国家级 down, awards without a level last', async () => {
    await page.goto(url(urls.awards()));
    await header('级别').locator('button').click();
    const levels = (await rowsOf(page)).map((row) => row.level);
    const rank = (level: string) => ((AWARD_LEVELS as readonly string[]).includes(level) ? AWARD_LEVELS.indexOf(level as never) : AWARD_LEVELS.length);
    expect(levels).toEqual([...levels].sort((a, b) => rank(a) - rank(b)));
    expect(levels.at(-1)).toBe('未注明');
  });

  test('by year: oldest first, then back to the 荣誉榜 order', async () => {
    await page.goto(url(urls.awards()));
    await header('年份').locator('button').click();
    const rows = await rowsOf(page);
    const lastYears = rows.map((row) => Number(/(\d{4})$/.exec(row.years)?.[1] ?? Infinity));
    expect(lastYears).toEqual([...lastYears].sort((a, b) => a - b));
    await header('年份').locator('button').click();
    expect((await rowsOf(page)).map((row) => [row.years, row.title])).toEqual(AWARDS.map((award) => [yearsText(award), award.title]));
  });

  test('by unit: in pinyin order of the units', async () => {
    await page.goto(url(urls.awards()));
    await header('单位').locator('button').click();
    const units = (await rowsOf(page)).map((row) => row.unit);
    expect(units).toEqual([...units].sort(collator.compare));
  });

  test('the header buttons are reached with the keyboard and sort with Enter', async () => {
    await page.goto(url(urls.awards()));
    await header('荣誉').locator('button').focus();
    await page.keyboard.press('Enter');
    expect(await header('荣誉').getAttribute('aria-sort')).toBe('ascending');
  });

  test('without JavaScript the table is complete, in the 荣誉榜 order, with no buttons', async () => {
    const plain = await newContext(browser, { viewport: DESKTOP, javaScriptEnabled: false });
    const tab = await plain.newPage();
    await tab.goto(url(urls.awards()));
    expect(await tab.locator('table.award-table thead button').count()).toBe(0);
    expect((await rowsOf(tab)).map((row) => [row.years, row.title, row.unit])).toEqual(AWARDS.map((award) => [yearsText(award), award.title, award.unit]));
    await plain.close();
  });
});

describe('awards of the same title', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await newContext(browser, { viewport: DESKTOP });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
  });

  test.each([urls.awards(), urls.awardsYear(2015), urls.awardsLevel('市级'), urls.awardsUnit('湖畔图书馆')])('are told apart on %s', async (path) => {
    await page.goto(url(path));
    const names = await page.locator('table.award-table tbody th a').evaluateAll((links) => links.map((link) => link.textContent?.trim() ?? ''));
    const titles = await page.locator('table.award-table tbody th a').evaluateAll((links) => links.map((link) => link.firstChild?.textContent ?? ''));
    const repeated = titles.filter((title, i) => titles.indexOf(title) !== i);
    expect(repeated.length, 'the fixture repeats a title on this page').toBeGreaterThan(0);
    // Each link's name is unique on the page, and names what tells it apart.
    expect(new Set(names).size).toBe(names.length);
    for (const [i, title] of titles.entries()) {
      if (repeated.includes(title)) expect(names[i]).toMatch(new RegExp(`^${title}（.+）$`));
      else expect(names[i]).toBe(title);
    }
  });
});

describe('on a phone', () => {
  test('the unit moves under the award’s name, and the 荣誉榜 does not scroll sideways', async () => {
    const context = await newContext(browser, { viewport: PHONE });
    const page = await context.newPage();
    await page.goto(url(urls.awards()));
    expect(await page.locator('table.award-table th.col-unit').isVisible()).toBe(false);
    const notes = await page.locator('table.award-table tbody .unit-note').evaluateAll((spans) => spans.map((span) => span.textContent));
    expect(notes).toEqual(AWARDS.map((award) => `单位：${award.unit}`));
    expect(await page.locator('table.award-table tbody .unit-note').first().isVisible()).toBe(true);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    const region = await page.locator('.table-scroll:has(table.award-table)').evaluate((div) => div.scrollWidth - div.clientWidth);
    expect(region, 'the award table fits a 375 px phone').toBeLessThanOrEqual(0);
    await context.close();
  });
});
