// The footer as readers and inspectors meet it: what the site is, the feed explained, and the
// records of site.yaml (sponsor, contact, ICP and public-security filings, site code, the party
// and government mark), linked where they should be; accessible, keyboard-reachable, usable with
// 大字模式 at 200 % zoom, without pop-ups, and without JavaScript.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/browser/chromium.ts';
import { FIXTURE_SITE, SHIPPED_SITE } from '../support/paths.ts';
import { serveSite, type StaticSite } from '../../scripts/browser/static-server.ts';
import { axeViolations, DESKTOP, horizontalOverflow, newContext, PHONE } from './helpers.ts';

/** A 1280 px wide window at 200 % zoom lays the page out in 640 CSS px. */
const ZOOM_200 = { width: 640, height: 450 };

let browser: Browser;
let fixture: StaticSite;
let shipped: StaticSite;
beforeAll(async () => {
  [browser, fixture, shipped] = await Promise.all([launchChromium(), serveSite(FIXTURE_SITE), serveSite(SHIPPED_SITE)]);
});
afterAll(async () => {
  await browser?.close();
  await Promise.all([fixture?.close(), shipped?.close()]);
});

/** Opens the fixture site's home page in a fresh context. */
async function open(options: Parameters<typeof newContext>[1] = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(browser, options);
  const page = await context.newPage();
  await page.goto(fixture.url);
  return { context, page };
}

/** Each footer link: its text, address, target, and its box. */
function footerLinks(page: Page) {
  return page.locator('footer a').evaluateAll((links) =>
    links.map((link) => {
      const box = link.getBoundingClientRect();
      return {
        text: (link.textContent ?? '').trim(),
        href: link.getAttribute('href') ?? '',
        target: link.getAttribute('target'),
        width: box.width,
        height: box.height,
      };
    }),
  );
}

describe('the footer records of the fixture site', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    ({ context, page } = await open());
  });
  afterAll(async () => {
    await context?.close();
  });

  test('shows every record of site.yaml under its label', async () => {
    const rows = await page.locator('footer .footer-records > div').evaluateAll((divs) =>
      divs.map((div) => [div.querySelector('dt')?.textContent?.trim(), div.querySelector('dd')?.textContent?.trim()]),
    );
    expect(rows).toEqual([
      ['主办单位', '清河县精神文明建设办公室'],
      ['承办单位', '清河县融媒体中心'],
      ['地址', '湖北省清河县人民路 18 号'],
      ['电话', '0710-3216549（工作日 8:30—17:30）、13907101234'],
      ['电子邮箱', 'wmb@qinghe.example.gov.cn'],
      ['网站标识码', '4206000001'],
    ]);
  });

  test('links each filing to where it can be verified, each number to dial, and opens no new window', async () => {
    const links = await footerLinks(page);
    const byText = (start: string) => links.find((link) => link.text.startsWith(start));
    expect(byText('0710-3216549')?.href).toBe('tel:07103216549');
    expect(byText('13907101234')?.href).toBe('tel:13907101234');
    expect(byText('wmb@')?.href).toBe('mailto:wmb@qinghe.example.gov.cn');
    expect(byText('鄂ICP备20250123号-2')?.href).toBe('https://beian.miit.gov.cn/');
    expect(byText('鄂公网安备42060202000456号')?.href).toBe('https://beian.mps.gov.cn/#/query/webSearch?code=42060202000456');
    const mark = page.locator('footer a.party-gov-mark');
    expect(await mark.getAttribute('href')).toBe('https://bszs.conac.cn/sitename?method=show&id=0A1B2C3D4E5F');
    // No pop-ups: every link opens in the same window.
    expect(links.filter((link) => link.target !== null)).toEqual([]);
  });

  test('draws the public-security badge itself and shows the mark image kept with the content', async () => {
    const badge = page.locator('footer a[href^="https://beian.mps.gov.cn/"] svg.police-badge');
    expect(await badge.getAttribute('aria-hidden')).toBe('true');
    expect(await badge.locator('path').count()).toBeGreaterThan(0);
    const image = page.locator('footer a.party-gov-mark img');
    expect(await image.getAttribute('alt')).toBe('党政机关网站标识');
    expect(await image.getAttribute('src')).toMatch(/^\/_files\//);
    await image.scrollIntoViewIfNeeded();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  });

  test('gives every footer link a target of at least 44×44 px', async () => {
    const small = (await footerLinks(page)).filter((link) => link.height < 44 || link.width < 44);
    expect(small).toEqual([]);
  });

  test('reaches every footer link with Tab, each with a visible focus outline', async () => {
    const expected = await page.locator('footer a').count();
    const reached: string[] = [];
    await page.keyboard.press('Tab');
    for (let i = 0; i < 200 && reached.length < expected; i++) {
      const focused = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element?.closest('footer')) return null;
        const style = getComputedStyle(element);
        return { href: element.getAttribute('href'), outline: style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth) };
      });
      if (focused) {
        expect(focused.outline, focused.href ?? '').toBeGreaterThanOrEqual(2);
        reached.push(focused.href ?? '');
      }
      await page.keyboard.press('Tab');
    }
    expect(reached).toHaveLength(expected);
  });
});

describe.each([
  { name: 'phone, light', viewport: PHONE, colorScheme: 'light' as const, elder: false },
  { name: 'desktop, dark', viewport: DESKTOP, colorScheme: 'dark' as const, elder: false },
  { name: '200 % zoom with 大字模式, light', viewport: ZOOM_200, colorScheme: 'light' as const, elder: true },
  { name: '200 % zoom with 大字模式, dark', viewport: ZOOM_200, colorScheme: 'dark' as const, elder: true },
])('the footer on a $name', ({ viewport, colorScheme, elder }) => {
  test('passes axe, fits the width and keeps its links 44 px', async () => {
    const { context, page } = await open({ viewport, colorScheme });
    try {
      if (elder) {
        // Switched on from the keyboard, as someone who cannot use a mouse would.
        const toggle = page.locator('#elder-toggle');
        await toggle.focus();
        await page.keyboard.press('Enter');
        expect(await toggle.getAttribute('aria-pressed')).toBe('true');
        expect(await toggle.isVisible()).toBe(true);
      }
      await page.locator('footer').scrollIntoViewIfNeeded();
      expect(await axeViolations(page)).toEqual([]);
      expect(await horizontalOverflow(page)).toBe(0);
      const small = (await footerLinks(page)).filter((link) => link.height < 44 || link.width < 44);
      expect(small).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('without JavaScript', () => {
  test('shows every record and tells the reader how to enlarge the page, not about the switch it cannot run', async () => {
    const { context, page } = await open({ javaScriptEnabled: false });
    try {
      expect(await page.locator('footer .footer-records > div').count()).toBe(6);
      expect(await page.locator('footer .footer-filings a').count()).toBe(3);
      const help = page.locator('footer .zoom-help');
      expect(await help.innerText()).toContain('Ctrl 和 +');
      expect(await help.innerText()).not.toContain('大字模式');
      expect(await page.locator('#elder-toggle').isVisible()).toBe(false);
    } finally {
      await context.close();
    }
  });

  test('with JavaScript the footer names the 大字模式 switch too', async () => {
    const { context, page } = await open();
    try {
      expect(await page.locator('footer .zoom-help').innerText()).toContain('大字模式');
    } finally {
      await context.close();
    }
  });
});

describe('the footer of the shipped site, which has no records', () => {
  test('says what the site is in plain words and explains the feed', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    try {
      await page.goto(shipped.url);
      const footer = await page.locator('footer').innerText();
      expect(footer).toContain('本网站汇集各单位创建文明单位的纪实材料');
      expect(footer).not.toMatch(/Markdown/);
      const feed = page.locator('footer .site-feed');
      expect(await feed.locator('a').getAttribute('href')).toBe('/rss.xml');
      expect(await feed.innerText()).toContain('RSS 阅读器');
      expect(await page.locator('footer .footer-records, footer .footer-filings').count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
