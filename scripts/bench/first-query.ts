import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../browser/chromium.ts';
import { median } from './median.ts';
import { serveSite } from '../browser/static-server.ts';
import { INDEX_DIR } from '../../src/lib/search/format.ts';
import { SEARCH_FILTERS } from '../../src/lib/search/award-records.ts';
import { t } from '../../src/lib/i18n.ts';

/** What one search from the site's search page costs a reader. */
export interface FirstQuery {
  query: string;
  /** Results the page reported for the query. */
  results: number;
  /** Bytes served for `/search/?q=…` until the first results were on screen: page, CSS, scripts, index. */
  totalBytes: number;
  /** The part of {@link totalBytes} under the index folder. */
  searchBytes: number;
  /**
   * {@link totalBytes} as a static host sends them: text files (HTML, CSS, JS, JSON) gzipped, the
   * index's binary files as they are.
   */
  transferBytes: number;
  /** Files fetched. */
  files: number;
  /** Navigation start to the first result on screen, in milliseconds (localhost, no throttling). */
  firstResultsMs: number;
}

/** One timed search on the loaded page. */
export interface TimedQuery {
  query: string;
  /** Filters chosen, as `name=value`, or none. */
  filter?: string;
  firstMs: number;
  repeatMs: number;
  results: number;
}

/** Search latency once the index is loaded. */
export interface LoadedSearch {
  /** Each query's first run (may fetch index files) and a repeat, in milliseconds, first ten results on screen. */
  queries: TimedQuery[];
}

/** What {@link measureSearch} returns. */
export interface SearchMeasurement {
  first: FirstQuery;
  loaded: LoadedSearch;
}

const TEXT = /\.(html|css|js|json|xml|txt|svg)$|\/$/;

function wireBytes(siteDir: string, path: string, bytes: number): number {
  if (!TEXT.test(path)) return bytes;
  const file = join(siteDir, path.endsWith('/') ? `${path}index.html` : path);
  return existsSync(file) ? gzipSync(readFileSync(file)).length : bytes;
}

/** The measured first query, then the queries timed once the index is loaded. */
export const BENCH_QUERIES = ['市级文明单位', '法治', '先进基层党组织', '信息', '调研', '2010 先进'] as const;

/** Awards-only searches (类型 = 荣誉), timed like the others. */
export const AWARD_QUERIES = ['市级文明单位', '先进'] as const;

/**
 * Runs one search through the page's own form and waits until its first results (or its "none
 * found") are on screen. Page script text, so it runs as the page's code does.
 */
const RUN = `async ({ term, filter }) => {
  const form = document.getElementById('search-page');
  const input = document.getElementById('search-query');
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  for (const select of form.querySelectorAll('select')) select.value = '';
  if (filter) {
    const select = form.querySelector('select[name="' + filter[0] + '"]');
    if (![...select.options].some((o) => o.value === filter[1])) select.add(new Option(filter[1], filter[1]));
    select.value = filter[1];
  }
  const searching = ${JSON.stringify(t('search.searching'))};
  const t0 = performance.now();
  input.value = term;
  form.requestSubmit();
  await new Promise((resolve) => {
    const check = () => {
      const text = status.textContent || '';
      if (text !== '' && text !== searching && (list.children.length > 0 || !/\\d/.test(text))) resolve();
      else setTimeout(check, 1);
    };
    check();
  });
  const count = Number(/(\\d+)/.exec(status.textContent || '')?.[1] ?? 0);
  return { ms: performance.now() - t0, results: count };
}`;

async function timed(page: Page, query: string, filter?: [string, string]): Promise<TimedQuery> {
  const run = () => page.evaluate(`(${RUN})(${JSON.stringify({ term: query, filter })})`) as Promise<{ ms: number; results: number }>;
  const a = await run();
  const b = await run();
  return { query, ...(filter ? { filter: filter.join('=') } : {}), firstMs: Math.round(a.ms), repeatMs: Math.round(b.ms), results: a.results };
}

/**
 * Opens the built site's search page with `?q=` in Chromium, served from `siteDir` on localhost,
 * and counts the bytes served until the first results are shown. Then runs more queries, and
 * awards-only queries, through the same page's form to time searches against the loaded index.
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
    await page.waitForSelector('#search-results > li', { timeout: 120_000 });
    const firstResultsMs = Math.round(performance.now() - started);
    const sent = [...site.sent];
    const status = (await page.locator('#search-status').textContent()) ?? '';
    const first: FirstQuery = {
      query,
      results: Number(/(\d+)/.exec(status)?.[1] ?? 0),
      totalBytes: sent.reduce((sum, [, bytes]) => sum + bytes, 0),
      searchBytes: sent.filter(([path]) => path.startsWith(`/${INDEX_DIR}/`)).reduce((sum, [, bytes]) => sum + bytes, 0),
      transferBytes: sent.reduce((sum, [path, bytes]) => sum + wireBytes(siteDir, path, bytes), 0),
      files: sent.length,
      firstResultsMs,
    };
    const queries: TimedQuery[] = [];
    for (const term of BENCH_QUERIES.slice(1)) queries.push(await timed(page, term));
    for (const term of AWARD_QUERIES) queries.push(await timed(page, term, [SEARCH_FILTERS.type, t('search.type.award')]));
    return { first, loaded: { queries } };
  } finally {
    await context.close();
    await own?.close();
    await site.close();
  }
}

/**
 * Measures the search page of each built site `rounds` times in one Chromium, the sites in turn
 * (forwards, then backwards), so that sites compared share the machine's load; prints the medians.
 */
async function main(): Promise<void> {
  const { values, positionals: sites } = parseArgs({ allowPositionals: true, options: { rounds: { type: 'string', default: '5' } } });
  const rounds = Number(values.rounds);
  if (sites.length === 0 || !Number.isInteger(rounds) || rounds < 1) {
    console.error('usage: node scripts/bench/first-query.ts <built site folder> [<another> …] [--rounds 5]');
    process.exitCode = 2;
    return;
  }
  const browser = await launchChromium();
  const runs = sites.map(() => [] as SearchMeasurement[]);
  const loads: number[] = [];
  try {
    for (let round = 0; round < rounds; round++) {
      loads.push(loadavg()[0]!);
      const order = [...sites.keys()];
      for (const s of round % 2 === 0 ? order : order.reverse()) runs[s]!.push(await measureSearch(sites[s]!, browser));
    }
  } finally {
    await browser.close();
  }
  console.log(`${rounds} rounds, load average ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}; medians, first run / repeat, in ms\n`);
  console.log(`| query | ${sites.join(' | ')} |\n|---|${sites.map(() => '---:|').join('')}`);
  const label = (q: TimedQuery) => (q.filter ? `${q.query}, ${q.filter.replace('=', ' = ')}` : q.query);
  runs[0]![0]!.loaded.queries.forEach((q, i) => {
    const cells = runs.map((site) => `${median(site.map((m) => m.loaded.queries[i]!.firstMs))} / ${median(site.map((m) => m.loaded.queries[i]!.repeatMs))}`);
    console.log(`| ${label(q)} | ${cells.join(' | ')} |`);
  });
  console.log(`| page opened with ?q=${BENCH_QUERIES[0]}, first results | ${runs.map((site) => `${median(site.map((m) => m.first.firstResultsMs))}`).join(' | ')} |`);
  console.log(`| first query over the wire, KB | ${runs.map((site) => (site[0]!.first.transferBytes / 1024).toFixed(1)).join(' | ')} |`);
}

if (import.meta.main) await main();
