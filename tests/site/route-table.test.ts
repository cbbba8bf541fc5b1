import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { routesOfContent } from '../../src/lib/checks/index.ts';
import { outputFile, type Route } from '../../src/lib/routes/index.ts';
import { loadSiteSettings } from '../../src/lib/site-settings.ts';
import { urls, withBase } from '../../src/lib/urls.ts';
import { ARCHIVE_CONTENT, AWARD_ARCHIVE_CONTENT, AWARD_ARCHIVE_SITE, FIXTURE_CONTENT, FIXTURE_SITE, ROOT, SHARDED_ARCHIVE_SITE, SHIPPED_SITE, SUBPATH_CONTENT, SUBPATH_SITE } from '../support/paths.ts';
import { readPage } from '../support/html.ts';

// Every built site of the suite, with the content it was built from.
const SITES = [
  { name: 'the shipped site', content: join(ROOT, 'content'), site: SHIPPED_SITE },
  { name: 'the three-dossier site', content: FIXTURE_CONTENT, site: FIXTURE_SITE },
  { name: 'the six-unit search archive, indexed in shards', content: ARCHIVE_CONTENT, site: SHARDED_ARCHIVE_SITE },
  { name: 'the site under a sub-path', content: SUBPATH_CONTENT, site: SUBPATH_SITE },
  { name: 'the two-unit award archive under another sub-path', content: AWARD_ARCHIVE_CONTENT, site: AWARD_ARCHIVE_SITE },
];

// Folders the build writes beside the pages: bundles, the search index, attachments.
const NOT_PAGES = [urls.assets(), urls.searchIndex(), urls.contentFiles()].map((url) => url.slice(1));

function htmlFiles(siteDir: string): string[] {
  return readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(sep).join('/'))
    .filter((file) => file.endsWith('.html') && !NOT_PAGES.some((folder) => file.startsWith(folder)))
    .sort();
}

describe.each(SITES)('the route table of $name', ({ content, site }) => {
  const routes = routesOfContent({ root: ROOT, contentDir: content });

  it('lists exactly the HTML pages the build wrote, and every other file it lists exists', async () => {
    const listed = (await routes).map(outputFile);
    expect(listed.filter((file) => file.endsWith('.html')).sort()).toEqual(htmlFiles(site));
    for (const file of listed) expect(existsSync(join(site, file)), file).toBe(true);
  });

  it('names only anchors the built pages carry', async () => {
    for (const route of (await routes).filter((r: Route) => outputFile(r).endsWith('.html'))) {
      const ids = new Set([...readPage(site, route.path).html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
      expect(route.anchors.filter((anchor) => !ids.has(anchor)), route.path).toEqual([]);
    }
  });

  it('gives the sitemap exactly the pages meant for search engines', async () => {
    const settings = loadSiteSettings(content, {});
    const expected = (await routes).filter((r) => r.inSitemap).map((r) => new URL(withBase(settings.base, r.path), settings.url).href);
    const sitemap = readFileSync(join(site, 'sitemap.xml'), 'utf8');
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(new Set(listed)).toEqual(new Set(expected));
    expect(listed).toHaveLength(expected.length);
  });
});

describe('a site under a sub-path', () => {
  it('builds no page of undated awards when every award has a year, and no level page nobody has', () => {
    expect(existsSync(join(SUBPATH_SITE, 'awards', 'undated'))).toBe(false);
    expect(existsSync(join(SUBPATH_SITE, 'awards', 'level', 'national'))).toBe(false);
    expect(readPage(SUBPATH_SITE, '/awards/').html).not.toContain('/awards/undated/');
  });

  it('puts the base path in front of links written from the site root, once', () => {
    const { html } = readPage(SUBPATH_SITE, '/lianxiang-station/');
    expect(html).toContain('href="/jishi/lianxiang-station/achievements/"');
    expect(html).toContain('href="/jishi/awards/"');
    expect(readPage(SUBPATH_SITE, '/lianxiang-station/service/').html).toContain('href="/jishi/awards/2018/"');
  });

  it('gives every address on every page the base path, though the build ran with another BASE_URL in its environment', () => {
    const { base } = loadSiteSettings(SUBPATH_CONTENT, {});
    for (const file of htmlFiles(SUBPATH_SITE)) {
      const html = readFileSync(join(SUBPATH_SITE, file), 'utf8');
      const addresses = [...html.matchAll(/\s(?:href|src|action|data-[\w-]+)="(\/[^"]*)"/g)].map((m) => m[1]!);
      expect(addresses.length, file).toBeGreaterThan(0);
      expect(addresses.filter((address) => !address.startsWith(base)), file).toEqual([]);
    }
  });
});
