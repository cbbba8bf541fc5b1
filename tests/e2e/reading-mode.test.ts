// 大字模式, the elder-friendly reading mode: switched on from the header, kept across pages without
// a flash of small text, at least 1.25× text, wider spacing, stronger contrast, no motion, and
// no horizontal scrolling at 200 % zoom, in both colour schemes.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { join } from 'node:path';
import {
  axeViolations,
  DOSSIER,
  horizontalOverflow,
  newContext,
  openTemplate,
  PHONE,
  SCREENSHOTS,
  startHarness,
  TEMPLATES,
  type Harness,
} from './helpers.ts';
import { urls } from '../../src/lib/urls.ts';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** Font size and line height, in px, of the first paragraph of running text. */
function textMetrics(page: Page): Promise<{ size: number; leading: number; color: string; background: string }> {
  return page.evaluate(() => {
    const paragraph = document.querySelector('.prose p') ?? document.querySelector('main p')!;
    const style = getComputedStyle(paragraph);
    return {
      size: parseFloat(style.fontSize),
      leading: parseFloat(style.lineHeight),
      color: style.color,
      background: getComputedStyle(document.body).backgroundColor,
    };
  });
}

const elderOn = (page: Page) => page.evaluate(() => document.documentElement.classList.contains('elder'));

describe('switching the mode on and off', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await newContext(harness.browser);
    page = await context.newPage();
    // Records the <html> classes at the moment <body> is created, i.e. before anything is painted.
    await context.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        (window as unknown as { classesAtBody: string }).classesAtBody = document.documentElement.className;
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
  });
  afterAll(async () => {
    await context?.close();
  });

  test('the toggle makes text at least 1.25× larger, spacing wider and contrast stronger', async () => {
    await page.goto(harness.url(urls.section(DOSSIER, 'management')));
    const toggle = page.locator('header #elder-toggle');
    expect(await toggle.isVisible()).toBe(true);
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    const before = await textMetrics(page);

    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await elderOn(page)).toBe(true);
    const after = await textMetrics(page);
    expect(after.size / before.size).toBeGreaterThanOrEqual(1.25);
    expect(after.leading / after.size).toBeGreaterThan(before.leading / before.size);
    expect(after.color).toBe('rgb(0, 0, 0)');
    expect(after.background).toBe('rgb(255, 255, 255)');
    await page.screenshot({ path: join(SCREENSHOTS, 'elder-mode-desktop.png') });
  });

  test('the choice stays on across pages, applied before the first paint', async () => {
    for (const path of [urls.awards(), urls.dossier(DOSSIER), urls.home()]) {
      await page.goto(harness.url(path));
      expect(await page.evaluate(() => (window as unknown as { classesAtBody: string }).classesAtBody)).toContain('elder');
      expect(await page.locator('#elder-toggle').getAttribute('aria-pressed')).toBe('true');
    }
  });

  test('nothing moves: no transitions, animations or smooth scrolling', async () => {
    const motion = await page.evaluate(() =>
      [...document.querySelectorAll('*')].filter((element) => {
        const style = getComputedStyle(element);
        const moving = (value: string) => value.split(',').some((part) => parseFloat(part) > 0);
        return moving(style.transitionDuration) || moving(style.animationDuration) || style.scrollBehavior === 'smooth';
      }).length,
    );
    expect(motion).toBe(0);
  });

  test('switching it off again is remembered too', async () => {
    await page.locator('#elder-toggle').click();
    expect(await elderOn(page)).toBe(false);
    await page.goto(harness.url(urls.awards()));
    expect(await elderOn(page)).toBe(false);
    expect(await page.locator('#elder-toggle').getAttribute('aria-pressed')).toBe('false');
  });
});

describe.each(['light', 'dark'] as const)('in the mode, %s scheme', (colorScheme) => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await newContext(harness.browser, { colorScheme });
    await context.addInitScript(() => localStorage.setItem('huazhang-elder', '1'));
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
  });

  // 200 % zoom of a 1280 px window leaves 640 CSS px; a phone in the mode is narrower still.
  test.each(TEMPLATES)('the $name page has no horizontal scrolling at 200 % zoom or on a phone, and no axe violations', async ({ name, path }) => {
    await page.setViewportSize({ width: 640, height: 450 });
    await openTemplate(page, harness, path);
    expect(await elderOn(page)).toBe(true);
    expect(await horizontalOverflow(page), '640 px (200 % zoom)').toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize(PHONE);
    expect(await horizontalOverflow(page), '375 px phone').toBeLessThanOrEqual(0);
    if (name === 'section') await page.screenshot({ path: join(SCREENSHOTS, `elder-mode-phone-${colorScheme}.png`), fullPage: true });
  });
});
