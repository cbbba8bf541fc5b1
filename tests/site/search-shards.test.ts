// A site whose search index is split into shards must find exactly what the same site indexed in
// one piece finds, both through Pagefind's API with merged bundles and on the search page itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/browser/chromium.ts';
import { searchTerm } from '../../src/lib/search/segment.ts';
import { serveSite, type StaticSite } from '../../scripts/browser/static-server.ts';
import { FIXTURE_SITE, SHARDED_FIXTURE_SITE } from '../support/paths.ts';

const bundles = (siteDir: string) => (JSON.parse(readFileSync(join(siteDir, 'pagefind', 'shards.json'), 'utf8')) as { bundles: string[] }).bundles;

// Page script text, so the browser's own import() loads Pagefind (Vitest rewrites it in test code).
// Bundles are merged once per page: merging again would add their results twice.
const MERGE = `async (bundles) => {
  const pagefind = await import('./pagefind/pagefind.js');
  await pagefind.options({ baseUrl: '/' });
  for (const bundle of bundles) await pagefind.mergeIndex(bundle, { baseUrl: '/' });
}`;
const QUERY = `async ({ term, filters }) => {
  const pagefind = await import('./pagefind/pagefind.js');
  const response = await pagefind.search(term, { filters });
  return Promise.all(response.results.map(async (result) => (await result.data()).url));
}`;

let browser: Browser;
const sites: Record<'whole' | 'sharded', { site: StaticSite; page: Page; bundles: string[] }> = {} as never;

async function urls(which: 'whole' | 'sharded', term: string | null, filters: Record<string, string> = {}): Promise<string[]> {
  const found = (await sites[which].page.evaluate(`(${QUERY})(${JSON.stringify({ term: term === null ? null : searchTerm(term), filters })})`)) as string[];
  return found.sort();
}

beforeAll(async () => {
  browser = await launchChromium();
  for (const [which, dir] of [['whole', FIXTURE_SITE], ['sharded', SHARDED_FIXTURE_SITE]] as const) {
    const site = await serveSite(dir);
    const page = await browser.newPage();
    await page.goto(site.url);
    await page.evaluate(`(${MERGE})(${JSON.stringify(bundles(dir))})`);
    sites[which] = { site, page, bundles: bundles(dir) };
  }
});

afterAll(async () => {
  await browser?.close();
  for (const { site } of Object.values(sites)) await site?.close();
});

describe('a search index in shards', () => {
  it('has one shard per dossier on the sharded site, the first being the main bundle, and none on the other', () => {
    expect(sites.sharded.bundles).toHaveLength(2);
    expect(sites.whole.bundles).toEqual([]);
  });

  // Pagefind decides matches per bundle: a shard without the exact word may offer a loose match
  // (书香 finds 证书 in a shard holding no 书香), so the shards find at least what one index finds.
  it.each(['文明', '清河中学', '书香', '服务', '家长学校', '滨江'])('finds every page and award one index finds for %s', async (term) => {
    const whole = await urls('whole', term);
    expect(whole.length).toBeGreaterThan(0);
    expect(await urls('sharded', term)).toEqual(expect.arrayContaining(whole));
  });

  it('finds exactly the same for words every shard contains', async () => {
    for (const term of ['文明', '服务']) expect(await urls('sharded', term)).toEqual(await urls('whole', term));
  });

  it('filters the merged index the same way', async () => {
    for (const filters of [{ 类型: '文章' }, { 单位: '清河中学' }, { 篇章: '服务篇' }]) {
      const whole = await urls('whole', null, filters);
      expect(whole.length).toBeGreaterThan(0);
      expect(await urls('sharded', null, filters)).toEqual(whole);
    }
  });

  it('shows results from the shards on the search page', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${sites.sharded.site.url}search/?q=${encodeURIComponent('书香')}`);
      await page.waitForSelector('.pagefind-ui__result');
      const links = await page.locator('.pagefind-ui__result-link').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      // The main bundle holds the first dossier (binjiang-clinic); 清河中学's pages are in shards.
      expect(links.some((path) => /^\/qinghe-2015\/(creation\/)?$/.test(path))).toBe(true);
      // The index holds text cut into words; readers see the excerpts as written, without the
      // cuts. (Award titles keep the space written between 年度 and the award's name.)
      await page.locator('.pagefind-ui__result-excerpt', { hasText: '书香' }).first().waitFor();
      const excerpts = await page.locator('.pagefind-ui__result-excerpt').allInnerTexts();
      expect(excerpts.length).toBeGreaterThan(0);
      expect(excerpts.filter((text) => /\p{Script=Han}\s+\p{Script=Han}/u.test(text))).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
