// The content editor's page as the builds publish it: the fixture site sets up online editing in
// its site.yaml, the shipped site does not. Either way the editor costs the reading pages nothing
// and stays out of search engines and the site's search.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decapDist, decapFiles, decapFolder, decapScript } from '../../src/lib/cms/assets.ts';
import { routesOfContent } from '../../src/lib/checks/index.ts';
import { outputFile } from '../../src/lib/routes/index.ts';
import { indexablePages } from '../../src/lib/search/site-pages.ts';
import { urls } from '../../src/lib/urls.ts';
import { readPage } from '../support/html.ts';
import { FIXTURE_CONTENT, FIXTURE_SITE, ROOT, SHIPPED_SITE } from '../support/paths.ts';

const ADMIN_PAGE = 'admin/index.html';

/** The HTML pages of the fixture site's route table for one audience, as files of the build. */
async function pagesFor(audience: 'readers' | 'editors'): Promise<string[]> {
  const routes = await routesOfContent({ root: ROOT, contentDir: FIXTURE_CONTENT });
  return routes.filter((route) => route.audience === audience).map(outputFile).filter((file) => file.endsWith('.html'));
}

/** The addresses of the scripts a page loads. */
function scriptsOf(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1]!);
}

/** The generated configuration the editor's page carries. */
function configOf(site: string): Record<string, unknown> {
  const json = /<script type="application\/json" id="cms-config">([\s\S]*?)<\/script>/.exec(readPage(site, urls.admin()).html)?.[1];
  return JSON.parse(json!) as Record<string, unknown>;
}

describe('the content editor of a site set up for online editing', () => {
  it('starts Decap CMS from the site itself with the generated configuration for the repository of site.yaml', () => {
    const { html } = readPage(FIXTURE_SITE, urls.admin());
    expect(scriptsOf(html)).toContain(decapScript());
    for (const name of decapFiles()) {
      expect(readFileSync(join(FIXTURE_SITE, decapFolder(), name)).equals(readFileSync(join(decapDist(), name))), name).toBe(true);
    }
    expect(scriptsOf(html).every((src) => src.startsWith('/'))).toBe(true);
    expect(configOf(FIXTURE_SITE).backend).toEqual({
      name: 'gitlab',
      repo: 'wenming/jishi',
      branch: 'main',
      auth_type: 'pkce',
      app_id: '3f8d0c2a9b7e4d15',
      base_url: 'https://git.test.example.org',
      api_root: 'https://git.test.example.org/api/v4',
    });
  });

  it('keeps the editor out of search engines: noindex, robots.txt and the sitemap', () => {
    const { html } = readPage(FIXTURE_SITE, urls.admin());
    expect(html).toContain('<html lang="zh-CN"');
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(readFileSync(join(FIXTURE_SITE, 'robots.txt'), 'utf8')).toMatch(/^Disallow: \/admin\/$/m);
    expect(readFileSync(join(FIXTURE_SITE, 'sitemap.xml'), 'utf8')).not.toContain('/admin/');
  });

  it('keeps the editor out of the site\'s search index', async () => {
    const indexed = indexablePages(FIXTURE_SITE).pages.map((page) => page.file);
    expect(indexed.length).toBeGreaterThan(5);
    expect(indexed).not.toContain(ADMIN_PAGE);
  });

  it('is the one page for editors, and adds no script to any reading page, none of which names it', async () => {
    expect(await pagesFor('editors')).toEqual([ADMIN_PAGE]);
    const editorScripts = scriptsOf(readPage(FIXTURE_SITE, urls.admin()).html);
    expect(editorScripts.length).toBeGreaterThan(1);
    const reading = await pagesFor('readers');
    expect(reading.length).toBeGreaterThan(10);
    for (const file of reading) {
      const html = readFileSync(join(FIXTURE_SITE, file), 'utf8');
      expect(scriptsOf(html).filter((src) => editorScripts.includes(src)), file).toEqual([]);
      expect(html, file).not.toMatch(/decap|\/admin\//i);
    }
  });
});

describe('the content editor of a site without online editing', () => {
  it('explains how to set it up instead, without any of Decap CMS', () => {
    const { html, mainText } = readPage(SHIPPED_SITE, urls.admin());
    expect(mainText).toContain('本站还没有设置在线编辑');
    expect(mainText).toContain('npm run edit');
    expect(scriptsOf(html)).toEqual([]);
    expect(existsSync(join(SHIPPED_SITE, decapFolder()))).toBe(false);
  });
});
