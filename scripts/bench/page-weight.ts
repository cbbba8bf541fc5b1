// Page weight and Lighthouse scores of a built site, per page template. Called by
// scripts/bench.ts, and runnable alone: `node scripts/bench/page-weight.ts [siteDir] [--content dir] [--no-lighthouse]`
// measures dist/ (or siteDir), built from content/ (or dir), page by page of the route table.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { routesOfContent } from '../../src/lib/checks/index.ts';
import { outputFile, type Route } from '../../src/lib/routes/index.ts';
import { contentDirFromEnv } from '../../src/lib/site-settings.ts';
import { launchChromium } from '../browser/chromium.ts';
import { serveSite } from '../browser/static-server.ts';

/** Raw and gzip-compressed bytes of one kind of resource. */
export interface Bytes {
  raw: number;
  gzip: number;
}

/** What one page of a template costs to load, before any request it makes from script. */
export interface TemplateWeight {
  /** Template name: home, dossier, section, achievements, print, awards, awards-year, … */
  template: string;
  /** Site path of the measured page: the heaviest of its template. */
  page: string;
  /** How many pages of the site use this template. */
  pages: number;
  html: Bytes;
  /** Linked stylesheets plus inline `<style>`. */
  css: Bytes;
  /** Script files plus inline `<script>` (search also loads its index on demand; not counted). */
  js: Bytes;
  total: Bytes;
}

/** Lighthouse category scores, 0–100. */
export interface LighthouseScores {
  url: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
}

/**
 * The template a page of the route table is rendered with: its kind, with the 成就篇 page apart
 * from the other sections and `404` for the not-found page; `undefined` for files that are not
 * HTML pages (the feed, the sitemap, awards.json) and for pages that are not for readers (the
 * content editor).
 */
export function templateOf(route: Route): string | undefined {
  if (!outputFile(route).endsWith('.html') || route.audience !== 'readers') return undefined;
  if (route.kind === 'section' && route.params.section === 'achievements') return 'achievements';
  return route.kind === 'not-found' ? '404' : route.kind;
}

const measure = (chunks: (string | Buffer)[]): Bytes => {
  const all = Buffer.concat(chunks.map((chunk) => (typeof chunk === 'string' ? Buffer.from(chunk) : chunk)));
  // Each resource is compressed on its own, as a server sends it.
  const gzip = chunks.reduce((sum, chunk) => sum + (chunk.length === 0 ? 0 : gzipSync(chunk, { level: 9 }).length), 0);
  return { raw: all.length, gzip };
};

/**
 * Reads a file a page links to. Links carry the site's base path (`/huazhang/_astro/x.css`), which
 * is not a folder in the build, so leading segments are dropped until the file is found.
 */
async function linked(siteDir: string, href: string): Promise<Buffer | undefined> {
  const segments = href.split(/[?#]/)[0]!.split('/').filter(Boolean);
  for (let skip = 0; skip < segments.length; skip++) {
    const file = join(siteDir, ...segments.slice(skip).map(decodeURIComponent));
    if (existsSync(file)) return readFile(file);
  }
  return undefined;
}

async function weighPage(siteDir: string, file: string): Promise<Omit<TemplateWeight, 'template' | 'pages'>> {
  const html = await readFile(join(siteDir, file));
  const text = html.toString('utf8');
  const css: (string | Buffer)[] = [];
  const js: (string | Buffer)[] = [];
  for (const [tag] of text.matchAll(/<link\b[^>]*>/g)) {
    if (!/rel="?stylesheet/.test(tag)) continue;
    const href = /href="([^"]+)"/.exec(tag)?.[1];
    const body = href ? await linked(siteDir, href) : undefined;
    if (body) css.push(body);
  }
  for (const [, content] of text.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) css.push(content!);
  for (const [, attributes, content] of text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/type="application\/(ld\+)?json"/.test(attributes!)) continue;
    const src = /src="([^"]+)"/.exec(attributes!)?.[1];
    if (src) {
      const body = await linked(siteDir, src);
      if (body) js.push(body);
    } else if (content!.trim()) js.push(content!);
  }
  const weights = { html: measure([html]), css: measure(css), js: measure(js) };
  return {
    page: `/${file.replace(/index\.html$/, '')}`,
    ...weights,
    total: {
      raw: weights.html.raw + weights.css.raw + weights.js.raw,
      gzip: weights.html.gzip + weights.css.gzip + weights.js.gzip,
    },
  };
}

/**
 * Bytes of HTML, CSS and JS for each page template of a built site, raw and gzip. Each template is
 * represented by its heaviest page, so the figures are the worst case a reader meets.
 *
 * @example const rows = await measurePageWeight('dist') // [{ template: 'home', total: { gzip: 6123, … } }, …]
 */
export async function measurePageWeight(siteDir: string, routes: readonly Route[]): Promise<TemplateWeight[]> {
  const root = resolve(siteDir);
  const byTemplate = new Map<string, TemplateWeight>();
  for (const route of routes) {
    const template = templateOf(route);
    if (!template) continue;
    const weight = await weighPage(root, outputFile(route));
    const previous = byTemplate.get(template);
    const pages = (previous?.pages ?? 0) + 1;
    if (!previous || weight.total.gzip > previous.total.gzip) byTemplate.set(template, { template, pages, ...weight });
    else previous.pages = pages;
  }
  // Templates in the route table's reading order.
  return [...byTemplate.values()];
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * Lighthouse's four category scores for one URL, with its default mobile settings (emulated
 * phone, simulated slow 4G and CPU slowdown), run in the given Chromium.
 *
 * @see https://github.com/GoogleChrome/lighthouse/blob/main/docs/readme.md#using-programmatically
 */
export async function runLighthouse(url: string): Promise<LighthouseScores> {
  const { default: lighthouse } = await import('lighthouse');
  const port = await freePort();
  const browser = await launchChromium([`--remote-debugging-port=${port}`]);
  try {
    const result = await lighthouse(url, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    if (result?.lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${result.lhr.runtimeError.message}`);
    const categories = result?.lhr.categories;
    if (!categories) throw new Error(`Lighthouse returned no result for ${url}`);
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    return { url, performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo') };
  } finally {
    await browser.close();
  }
}

/** Lighthouse scores for the page of each template, given the served site's root URL. */
async function runLighthouseOnTemplates(siteUrl: string, weights: readonly TemplateWeight[]): Promise<(LighthouseScores & { template: string })[]> {
  const results: (LighthouseScores & { template: string })[] = [];
  // One at a time: parallel runs would share the CPU and skew the performance scores.
  for (const row of weights) {
    // The 404 template is audited as /404.html itself: Lighthouse refuses pages answered with 404.
    results.push({ template: row.template, ...(await runLighthouse(new URL(row.page.slice(1), siteUrl).href)) });
  }
  return results;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** The page-weight rows as a plain-text table, in KB. */
function formatWeights(rows: readonly TemplateWeight[]): string {
  const lines = [['template', 'pages', 'HTML', 'CSS', 'JS', 'total', 'gzip HTML', 'gzip CSS', 'gzip JS', 'gzip total'].join('\t')];
  for (const row of rows) {
    lines.push(
      [row.template, row.pages, kb(row.html.raw), kb(row.css.raw), kb(row.js.raw), kb(row.total.raw), kb(row.html.gzip), kb(row.css.gzip), kb(row.js.gzip), kb(row.total.gzip)].join('\t'),
    );
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const args = process.argv.slice(2);
  const siteDir = resolve(root, args.find((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--content') ?? 'dist');
  if (!existsSync(join(siteDir, 'index.html'))) {
    console.error(`${siteDir} 里没有生成好的网站：请先运行 npm run build。`);
    process.exitCode = 1;
    return;
  }
  const contentDir = resolve(root, args[args.indexOf('--content') + 1] && args.includes('--content') ? args[args.indexOf('--content') + 1]! : contentDirFromEnv(root));
  const weights = await measurePageWeight(siteDir, await routesOfContent({ root, contentDir }));
  console.log(`Page weight of ${relative(root, siteDir) || '.'}, heaviest page per template, KB (1 KB = 1024 bytes)\n`);
  console.log(formatWeights(weights));
  if (args.includes('--no-lighthouse')) return;

  // The same static server the browser tests use: directory URLs serve index.html, misses the 404 page.
  const site = await serveSite(siteDir);
  try {
    const scores = await runLighthouseOnTemplates(site.url, weights);
    console.log('\nLighthouse (mobile preset)\n');
    console.log(['template', 'performance', 'accessibility', 'best practices', 'SEO'].join('\t'));
    for (const row of scores) console.log([row.template, row.performance, row.accessibility, row.bestPractices, row.seo].join('\t'));
  } finally {
    await site.close();
  }
}

if (import.meta.main) await main();
