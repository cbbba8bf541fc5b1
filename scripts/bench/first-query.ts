import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../browser/chromium.ts';
import { serveSite } from '../browser/static-server.ts';
import { searchTerm } from '../../src/lib/search/segment.ts';

/** What one search from the site's search page costs a reader. */
export interface FirstQuery {
  query: string;
  /** Results Pagefind reported for the query. */
  results: number;
  /** Bytes served for `/search/?q=…` until the first results were on screen: page, CSS, scripts, index. */
  totalBytes: number;
  /** The part of {@link totalBytes} under `/pagefind/`. */
  searchBytes: number;
  /**
   * {@link totalBytes} as a static host sends them: text files gzipped, Pagefind's index files
   * as they are (Pagefind writes them already compressed).
   */
  transferBytes: number;
  /** Files fetched, by path, for the report. */
  files: number;
  /** Navigation start to the first result on screen, in milliseconds (localhost, no throttling). */
  firstResultsMs: number;
}

/** Search latency once the index is loaded. */
export interface LoadedSearch {
  /** Each query's first run (may fetch index chunks) and a repeat, in milliseconds. */
  queries: Array<{ query: string; firstMs: number; repeatMs: number; results: number }>;
}

/** What {@link measureSearch} returns. */
export interface SearchMeasurement {
  first: FirstQuery;
  loaded: LoadedSearch;
}

// Pagefind's index, fragment, filter and meta files and its wasm are gzip streams already.
const PRECOMPRESSED = /\.pf_\w+$|\/wasm\.[\w-]+\.pagefind$/;

function wireBytes(siteDir: string, path: string, bytes: number): number {
  if (PRECOMPRESSED.test(path)) return bytes;
  const file = join(siteDir, path.endsWith('/') ? `${path}index.html` : path);
  return existsSync(file) ? gzipSync(readFileSync(file)).length : bytes;
}

/** The queries the search quality tests use; the first one is the measured first query. */
export const BENCH_QUERIES = ['市级文明单位', '法治', '先进基层党组织', '信息', '调研'] as const;

/**
 * Opens the built site's search page with `?q=` in Chromium, served from `siteDir` on localhost,
 * and counts the bytes served until the first results are shown. Then runs the other queries
 * through the same page's Pagefind instance to time searches against the loaded index.
 */
export async function measureSearch(siteDir: string, browser?: Browser): Promise<SearchMeasurement> {
  const site = await serveSite(siteDir);
  const own = browser ? undefined : await launchChromium();
  const context = await (browser ?? own!).newContext();
  try {
    const page = await context.newPage();
    const query = BENCH_QUERIES[0];
    site.sent.clear();
    const started = performance.now();
    await page.goto(`${site.url}search/?q=${encodeURIComponent(query)}`);
    await page.waitForSelector('.pagefind-ui__result', { timeout: 60_000 });
    const firstResultsMs = Math.round(performance.now() - started);
    const sent = [...site.sent];
    const first: FirstQuery = {
      query,
      results: await page.evaluate(async (term) => {
        const pf = (await import(`${location.origin}/pagefind/pagefind.js`)) as { search(q: string): Promise<{ results: unknown[] }> };
        return (await pf.search(term)).results.length;
      }, searchTerm(query)),
      totalBytes: sent.reduce((sum, [, bytes]) => sum + bytes, 0),
      searchBytes: sent.filter(([path]) => path.startsWith('/pagefind/')).reduce((sum, [, bytes]) => sum + bytes, 0),
      transferBytes: sent.reduce((sum, [path, bytes]) => sum + wireBytes(siteDir, path, bytes), 0),
      files: sent.length,
      firstResultsMs,
    };
    const queries = await page.evaluate(async (terms) => {
      type Result = { data(): Promise<unknown> };
      const pf = (await import(`${location.origin}/pagefind/pagefind.js`)) as { search(q: string): Promise<{ results: Result[] }> };
      const run = async (term: string) => {
        const t0 = performance.now();
        const found = await pf.search(term);
        // A reader sees results once the first page of them is loaded, as the search UI shows ten.
        await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
        return { ms: performance.now() - t0, results: found.results.length };
      };
      const out = [];
      for (const term of terms) {
        const a = await run(term);
        const b = await run(term);
        out.push({ query: term, firstMs: Math.round(a.ms), repeatMs: Math.round(b.ms), results: a.results });
      }
      return out;
    }, BENCH_QUERIES.slice(1).map(searchTerm));
    return { first, loaded: { queries } };
  } finally {
    await context.close();
    await own?.close();
    await site.close();
  }
}

/** A first query run through Pagefind's own API, merging shard bundles when the site has them. */
export interface ApiFirstQuery {
  bundles: number;
  results: number;
  /** Bytes under `/pagefind*` for init, filter counts, the search and the first ten results' data. */
  searchBytes: number;
  /** The same, as sent over the wire (see {@link FirstQuery.transferBytes}). */
  transferBytes: number;
  ms: number;
}

/**
 * Runs the first query the way the search UI does (init, filter counts, search, ten results'
 * data) through `pagefind.js` directly, merging every bundle in `pagefind/shards.json`. This
 * measures a sharded index before the search page merges shards itself, and an unsharded one
 * the same way, so the two compare like for like.
 */
export async function measureApiFirstQuery(siteDir: string, browser?: Browser): Promise<ApiFirstQuery> {
  const manifest = join(siteDir, 'pagefind', 'shards.json');
  const bundles = existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as { bundles: string[] }).bundles : [];
  const site = await serveSite(siteDir);
  const own = browser ? undefined : await launchChromium();
  const context = await (browser ?? own!).newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${site.url}404.html`);
    site.sent.clear();
    const outcome = await page.evaluate(
      async ({ query, bundles }) => {
        type Pagefind = {
          options(o: object): Promise<void>;
          mergeIndex(path: string, o?: object): Promise<void>;
          filters(): Promise<unknown>;
          search(q: string): Promise<{ results: Array<{ data(): Promise<unknown> }> }>;
        };
        const t0 = performance.now();
        const pf = (await import(`${location.origin}/pagefind/pagefind.js`)) as Pagefind;
        await pf.options({ baseUrl: '/' });
        for (const bundle of bundles) await pf.mergeIndex(bundle, { baseUrl: '/' });
        await pf.filters();
        const found = await pf.search(query);
        await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
        return { results: found.results.length, ms: Math.round(performance.now() - t0) };
      },
      { query: searchTerm(BENCH_QUERIES[0]), bundles },
    );
    const sent = [...site.sent].filter(([path]) => path.startsWith('/pagefind'));
    return {
      bundles: bundles.length + 1,
      results: outcome.results,
      searchBytes: sent.reduce((sum, [, bytes]) => sum + bytes, 0),
      transferBytes: sent.reduce((sum, [path, bytes]) => sum + wireBytes(siteDir, path, bytes), 0),
      ms: outcome.ms,
    };
  } finally {
    await context.close();
    await own?.close();
    await site.close();
  }
}
