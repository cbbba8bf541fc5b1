// Every page template, on a phone and on a desktop, in both colour schemes: accessibility (axe
// WCAG 2.1 A/AA), no console errors or failed requests, no horizontal scrolling on a phone, tap
// targets of at least 44 px, and a screenshot of each for review.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { join } from 'node:path';
import {
  axeViolations,
  DESKTOP,
  horizontalOverflow,
  newContext,
  openTemplate,
  PHONE,
  SCREENSHOTS,
  startHarness,
  TEMPLATES,
  watchProblems,
  type Harness,
} from './helpers.ts';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** Interactive elements smaller than 44×44 px that are not links inside a line of text. */
function smallTapTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    const small: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>(selector)) {
      // A checkbox's label is part of its target: tapping the label ticks the box.
      const labels = element instanceof HTMLInputElement ? [...(element.labels ?? [])] : [];
      const box = [element, ...labels]
        .map((e) => e.getBoundingClientRect())
        .reduce((a, b) => (b.width * b.height > a.width * a.height ? b : a));
      if (box.width === 0 && box.height === 0) continue; // not rendered (hidden, or the unfocused skip link)
      if (element.closest('[hidden], .visually-hidden')) continue;
      // Links inside running text are exempt (WCAG 2.5.8): enlarging them would break the line.
      const inline = getComputedStyle(element).display === 'inline';
      const inText = [...(element.parentElement?.childNodes ?? [])].some(
        (node) => node !== element && node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '',
      );
      if (inline && inText) continue;
      if (box.height < 44 || box.width < 44) {
        small.push(`${element.tagName.toLowerCase()} “${(element.textContent ?? '').trim().slice(0, 20)}” ${Math.round(box.width)}×${Math.round(box.height)}`);
      }
    }
    return small;
  });
}

const expectedStatus = (name: string) => (name === '404' ? 404 : 200);

describe.each([
  { device: 'phone', viewport: PHONE, colorScheme: 'light' as const },
  { device: 'desktop', viewport: DESKTOP, colorScheme: 'light' as const },
  { device: 'phone', viewport: PHONE, colorScheme: 'dark' as const },
  { device: 'desktop', viewport: DESKTOP, colorScheme: 'dark' as const },
])('$device, $colorScheme scheme', ({ device, viewport, colorScheme }) => {
  let context: BrowserContext;
  let page: Page;
  let problems: string[];
  beforeAll(async () => {
    context = await newContext(harness.browser, { viewport, colorScheme });
    page = await context.newPage();
    problems = watchProblems(page);
  });
  afterAll(async () => {
    await context?.close();
  });

  test.each(TEMPLATES)('$name page: no axe violations, no errors, screenshot saved', async ({ name, path }) => {
    problems.length = 0;
    const response = await openTemplate(page, harness, path);
    expect(response?.status()).toBe(expectedStatus(name));
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-${device}-${colorScheme}.png`), fullPage: true });

    expect(await axeViolations(page)).toEqual([]);
    // The 404 page is itself the one expected 404 response.
    expect(problems.filter((p) => !(name === '404' && p.includes('/no-such-page/')))).toEqual([]);
    if (device === 'phone') {
      expect(await horizontalOverflow(page), 'horizontal scrolling on a 375 px phone').toBeLessThanOrEqual(0);
      expect(await smallTapTargets(page)).toEqual([]);
    }
  });
});
