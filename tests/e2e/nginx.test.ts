// The site served the way it is published: Debian's nginx with scripts/deploy/nginx.conf (as the
// Docker image has it) over the built shipped site, at the root of a domain and under a sub-path.
// Checks content types, the 404 page, security and cache headers, compression, and search in
// Chromium under the Content-Security-Policy.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { buildSite } from '../../scripts/build.ts';
import { formatDiagnostics } from '../../src/lib/diagnostics/index.ts';
import { urls } from '../../src/lib/urls.ts';
import { launchChromium } from '../../scripts/browser/chromium.ts';
import { startNginx, DOCKERFILE, NGINX, NGINX_CONF, type NginxSite } from '../support/nginx.ts';
import { OUTPUT, ROOT, SHIPPED_SITE } from '../support/paths.ts';
import { newContext, TEMPLATES, waitForSearch, watchProblems } from './helpers.ts';

/** The content type each kind of file in dist/ must be sent with. */
const EXPECTED_TYPES: Record<string, RegExp> = {
  '.html': /^text\/html; charset=utf-8$/,
  '.css': /^text\/css; charset=utf-8$/,
  '.js': /^(application|text)\/javascript; charset=utf-8$/,
  '.json': /^application\/json; charset=utf-8$/,
  '.xml': /^(text|application)\/xml; charset=utf-8$/,
  '.txt': /^text\/plain; charset=utf-8$/,
  '.svg': /^image\/svg\+xml; charset=utf-8$/,
  '.bin': /^application\/octet-stream$/,
  '.csv': /^text\/csv; charset=utf-8$/,
  '.xlsx': /^application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet$/,
};

const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Every file of a built site, as site paths (`/_astro/x.css`). */
function siteFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `/${relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/')}`);
}

function firstFile(dir: string, pattern: RegExp): string {
  const found = siteFiles(dir).find((path) => pattern.test(path));
  if (!found) throw new Error(`no file matching ${pattern} in ${dir}`);
  return found;
}

/** The largest file matching `pattern`: one big enough for nginx to compress. */
function largest(dir: string, pattern: RegExp): string {
  const sized = siteFiles(dir)
    .filter((path) => pattern.test(path))
    .map((path) => ({ path, size: statSync(join(dir, path)).size }))
    .sort((a, b) => b.size - a.size);
  if (!sized[0]) throw new Error(`no file matching ${pattern} in ${dir}`);
  return sized[0].path;
}

/** Requests a site path without following redirects; fetch still unpacks gzip for `text()`. */
function get(site: NginxSite, path: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(new URL(path.replace(/^\//, ''), site.url), { headers, redirect: 'manual' });
}

/** Collects the Content-Security-Policy violations the page reports. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

/**
 * Searches for 市级文明单位 from the search page in Chromium and returns the first result's address,
 * failing on any policy violation or console error along the way.
 */
async function searchUnderPolicy(site: NginxSite): Promise<string | null> {
  const context = await newContext(browser);
  const page = await context.newPage();
  const problems = watchProblems(page);
  const violations = await watchViolations(page);
  try {
    await page.goto(new URL(`${urls.search().slice(1)}?q=${encodeURIComponent('市级文明单位')}`, site.url).href);
    await waitForSearch(page);
    const result = page.locator('main').getByRole('link', { name: /市级文明单位/ }).first();
    await result.waitFor();
    expect(await violations()).toEqual([]);
    expect(problems).toEqual([]);
    return await result.getAttribute('href');
  } finally {
    await context.close();
  }
}

let nginx: NginxSite;
let browser: Browser;
beforeAll(async () => {
  nginx = await startNginx(SHIPPED_SITE);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await nginx?.close();
});

describe('the shipped site behind nginx', () => {
  test('serves every file of the built site with 200 and its content type', async () => {
    const files = siteFiles(SHIPPED_SITE);
    expect(files.length).toBeGreaterThan(30);
    const wrong: string[] = [];
    for (const path of files) {
      const response = await get(nginx, path);
      const type = response.headers.get('content-type') ?? '';
      const expected = EXPECTED_TYPES[extname(path)];
      if (response.status !== 200 || !expected?.test(type)) wrong.push(`${path}: ${response.status} ${type}`);
    }
    expect(wrong).toEqual([]);
  });

  test('serves every page template at its address, and redirects a folder without its slash', async () => {
    for (const { name, path } of TEMPLATES.filter((template) => template.name !== '404')) {
      const response = await get(nginx, path);
      expect(response.status, name).toBe(200);
      expect(response.headers.get('content-type'), name).toBe('text/html; charset=utf-8');
    }
    const redirect = await get(nginx, urls.awards().replace(/\/$/, ''));
    expect(redirect.status).toBe(301);
    // Relative, so it keeps the host and port the reader used (a mapped Docker port, a proxy).
    expect(redirect.headers.get('location')).toBe(urls.awards());
  });

  test("answers a missing page and a missing file with the site's own 404 page and status 404", async () => {
    const notFound = readFileSync(join(SHIPPED_SITE, '404.html'), 'utf8');
    for (const path of ['/no-such-page/', '/huangzhou-office/no-such-section/', '/_astro/no-such-file.js', '/search-index/k/no-such.bin']) {
      const response = await get(nginx, path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type'), path).toBe('text/html; charset=utf-8');
      expect(await response.text(), path).toBe(notFound);
    }
  });

  test('sends the security headers a government site scanner checks, on pages, files and errors alike', async () => {
    const css = firstFile(SHIPPED_SITE, /^\/_astro\/.*\.css$/);
    for (const path of ['/', css, '/search-index/manifest.json', '/no-such-page/']) {
      const headers = (await get(nginx, path)).headers;
      const csp = headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("default-src 'self'");
      expect(csp, path).toContain("script-src 'self';");
      expect(csp, path).toContain("frame-ancestors 'self'");
      expect(csp, path).toContain("object-src 'none'");
      expect(csp, path).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      expect(headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
      expect(headers.get('x-frame-options'), path).toBe('SAMEORIGIN');
      expect(headers.get('server'), path).toBe('nginx');
    }
  });

  test('lets browsers keep hashed files for a year and makes them ask again for pages and unhashed files', async () => {
    const cacheControl = async (path: string) => (await get(nginx, path)).headers.get('cache-control');
    expect(await cacheControl(firstFile(SHIPPED_SITE, /^\/_astro\/.*\.css$/))).toBe(IMMUTABLE);
    expect(await cacheControl(firstFile(SHIPPED_SITE, /^\/_astro\/.*\.js$/))).toBe(IMMUTABLE);
    // The search index keeps its file names from build to build: never cached without asking.
    for (const path of ['/', urls.awards(), '/search-index/manifest.json', firstFile(SHIPPED_SITE, /^\/search-index\/.*\.bin$/), '/rss.xml', '/no-such-page/']) {
      expect(await cacheControl(path), path).toBe('no-cache');
    }
    // Revalidation is cheap: an unchanged page answers 304 without a body.
    const etag = (await get(nginx, '/')).headers.get('etag');
    expect(etag).toBeTruthy();
    expect((await get(nginx, '/', { 'if-none-match': etag! })).status).toBe(304);
  });

  test('compresses text and the search index', async () => {
    const gzip = { 'accept-encoding': 'gzip' };
    for (const path of ['/', firstFile(SHIPPED_SITE, /^\/_astro\/.*\.css$/), firstFile(SHIPPED_SITE, /^\/_astro\/.*\.js$/), '/awards.json', largest(SHIPPED_SITE, /^\/search-index\/.*\.bin$/)]) {
      const response = await get(nginx, path, gzip);
      expect(response.headers.get('content-encoding'), path).toBe('gzip');
      expect(response.headers.get('vary'), path).toBe('Accept-Encoding');
    }
  });

  test('has no inline script on any page, which is what lets the policy forbid them', () => {
    const inline = siteFiles(SHIPPED_SITE)
      .filter((path) => path.endsWith('.html'))
      .flatMap((path) => {
        const html = readFileSync(join(SHIPPED_SITE, path), 'utf8');
        return [...html.matchAll(/<script\b([^>]*)>/g)]
          .filter(([, attributes]) => !/\bsrc=/.test(attributes!) && !/type="application\/(ld\+)?json"/.test(attributes!))
          .map(([tag]) => `${path}: ${tag}`);
      });
    expect(inline).toEqual([]);
  });

  test('every template works in Chromium under the policy: no violation, no console error', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const problems = watchProblems(page);
    const violations = await watchViolations(page);
    try {
      for (const { name, path } of TEMPLATES.filter((template) => template.name !== '404' && template.name !== 'search')) {
        const response = await page.goto(new URL(path.slice(1), nginx.url).href, { waitUntil: 'load' });
        expect(response?.headers()['content-security-policy'], name).toContain("default-src 'self'");
        // The reading-mode switch appears only once its script has run.
        await page.locator('#elder-toggle').waitFor({ state: 'visible' });
        expect(await violations(), name).toEqual([]);
      }
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('search finds an award under the policy', async () => {
    expect(await searchUnderPolicy(nginx)).toMatch(/^\//);
  });
});

describe('a site under a sub-path behind nginx, as the Dockerfile builds it', () => {
  const base = '/wenming/';
  const siteDir = join(OUTPUT, 'shipped-wenming');
  let site: NginxSite;
  beforeAll(async () => {
    const result = await buildSite({ root: ROOT, contentDir: 'content', outDir: siteDir, env: { BASE_PATH: base }, logLevel: 'warn' });
    if (!result.ok) throw new Error(`sub-path site did not build:\n${formatDiagnostics(result.diagnostics)}\n${result.failure ?? ''}`);
    site = await startNginx(siteDir, base);
  });
  afterAll(async () => {
    await site?.close();
  });

  test('serves its pages and files under the sub-path, with the same cache rules', async () => {
    expect(site.url.endsWith(base)).toBe(true);
    for (const { name, path } of TEMPLATES.filter((template) => template.name !== '404')) {
      expect((await get(site, path)).status, name).toBe(200);
    }
    const css = await get(site, firstFile(siteDir, /^\/_astro\/.*\.css$/));
    expect(css.headers.get('cache-control')).toBe(IMMUTABLE);
    expect((await get(site, '/')).headers.get('cache-control')).toBe('no-cache');
  });

  test('links every page, script and style sheet under the sub-path', () => {
    const outside = siteFiles(siteDir)
      .filter((path) => path.endsWith('.html'))
      .flatMap((path) => {
        const html = readFileSync(join(siteDir, path), 'utf8');
        return [...html.matchAll(/\b(?:href|src|action)="(\/[^"]*)"/g)].map(([, url]) => url!).filter((url) => !url.startsWith(base)).map((url) => `${path}: ${url}`);
      });
    expect(outside).toEqual([]);
  });

  test("answers a missing page under the sub-path with the site's own 404 page, its links under the sub-path", async () => {
    const response = await get(site, '/no-such-page/');
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).toBe(readFileSync(join(siteDir, '404.html'), 'utf8'));
    expect(html).toContain(`href="${base}"`);
  });

  test('search works under the sub-path and the policy', async () => {
    expect(await searchUnderPolicy(site)).toMatch(new RegExp(`^${base}`));
  });
});

describe('on a Debian server', () => {
  test("passes nginx -t inside Debian's own nginx.conf, as the publishing guide installs it", () => {
    const stock = readFileSync('/etc/nginx/nginx.conf', 'utf8');
    const work = mkdtempSync(join(tmpdir(), 'huazhang-nginx-debian-'));
    try {
      // The guide copies the file into conf.d/ and removes the default site; the pid file goes
      // somewhere this test may write.
      expect(stock).toContain('include /etc/nginx/conf.d/*.conf;');
      const main = stock
        .replace('include /etc/nginx/conf.d/*.conf;', `include ${NGINX_CONF};`)
        .replace(/^\s*include \/etc\/nginx\/sites-enabled\/\*;$/m, '')
        .replace(/^pid .*$/m, `pid ${join(work, 'nginx.pid')};`);
      writeFileSync(join(work, 'nginx.conf'), main);
      const result = spawnSync(NGINX, ['-t', '-c', join(work, 'nginx.conf')], { encoding: 'utf8' });
      expect(result.stderr).toContain('test is successful');
      expect(result.status).toBe(0);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});

describe('the Dockerfile', () => {
  const dockerfile = readFileSync(DOCKERFILE, 'utf8');

  test('serves the nginx configuration tested above, and the site at its base path', () => {
    expect(dockerfile).toMatch(/^COPY scripts\/deploy\/nginx\.conf \/etc\/nginx\/conf\.d\/default\.conf$/m);
    expect(dockerfile).toMatch(/^COPY --from=build \/site\/dist \/usr\/share\/nginx\/html\$\{BASE_PATH\}$/m);
    expect(dockerfile).toMatch(/^RUN SITE_URL="\$\{SITE_URL\}" BASE_PATH="\$\{BASE_PATH\}" npm run build$/m);
  });

  test("builds with the Node major version the project pins", () => {
    const pinned = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }).devDependencies.node!;
    const image = /^ARG NODE_IMAGE=node:(\d+)/m.exec(dockerfile)?.[1];
    expect(image).toBe(/\d+/.exec(pinned)?.[0]);
  });
});
