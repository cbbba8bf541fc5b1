// Runs the search-quality suite (search-suite.ts) against a built site in Chromium,
// through the search page itself, and scores it: recall@10 and precision@10 per query.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../browser/chromium.ts';
import { serveSite } from '../browser/static-server.ts';
import { SEARCH_SUITE, type SuiteQuery } from './search-suite.ts';
import type { IndexShards } from './index-shards.ts';
import { INDEX_DIR } from '../../src/lib/search/format.ts';
import { SearchEngine } from '../../src/lib/search/engine.ts';
import { t } from '../../src/lib/i18n.ts';

/** One result as the page shows it: where it links, and where its first sub-result links. */
export interface ShownResult {
  url: string;
  section?: string;
  /** Every sub-result's address. */
  sections?: string[];
  /** The result's title link text. */
  title?: string;
  /** The result's whole text as shown (title, excerpt, award line, sub-results). */
  text?: string;
}

/** What the search page showed for one address. */
export interface ShownSearch {
  status: string;
  /** The number of results the page reported. */
  total: number;
  /** Every result, paging through 显示更多结果 when `all` is asked for, else the first page. */
  results: ShownResult[];
}

/**
 * Searches on the search page of the site at `siteUrl` as a reader does: types the query, sets the
 * filters and submits the form (opening the page first when it is not open yet, so a suite of
 * queries loads the index once, as one reader's session would), then reads the results off the
 * page.
 */
export async function searchPage(page: Page, siteUrl: string, q: string, filters: Record<string, string> = {}, all = false): Promise<ShownSearch> {
  const target = `${siteUrl}search/`;
  if (!page.url().startsWith(target)) {
    await page.goto(target);
    // The 筛选 button appears once the index is open.
    await page.locator('#filter-toggle').waitFor({ state: 'visible' });
  }
  await page.evaluate(
    ({ q, filters }) => {
      const form = document.getElementById('search-page') as HTMLFormElement;
      for (const select of form.querySelectorAll('select')) {
        const value = filters[select.name] ?? '';
        if (value && ![...select.options].some((o) => o.value === value)) select.add(new Option(value, value));
        select.value = value;
      }
      (document.getElementById('search-query') as HTMLInputElement).value = q;
      form.requestSubmit();
    },
    { q, filters },
  );
  await page.waitForFunction((searching) => {
    const text = document.getElementById('search-status')?.textContent ?? '';
    return text !== '' && text !== searching && (document.querySelectorAll('#search-results > li').length > 0 || !/\d/.test(text));
  }, t('search.searching'));
  const status = (await page.locator('#search-status').textContent()) ?? '';
  while (all && (await page.locator('#search-more').isVisible())) {
    const before = await page.locator('#search-results > li').count();
    await page.locator('#search-more').click();
    await page.waitForFunction((n) => document.querySelectorAll('#search-results > li').length > n, before);
  }
  const shown = await page.locator('#search-results > li').evaluateAll((items) =>
    items.map((li) => {
      const link = li.querySelector('a.result-link') as HTMLAnchorElement;
      const sections = [...li.querySelectorAll('.result-sections a')].map((a) => (a as HTMLAnchorElement).href);
      return { url: link.href, title: link.textContent ?? '', sections, text: (li as HTMLElement).innerText };
    }),
  );
  const results = shown.map((s) => ({
    url: pathOf(s.url),
    ...(s.sections.length > 0 ? { section: pathOf(s.sections[0]!), sections: s.sections.map(pathOf) } : {}),
    title: s.title,
    text: s.text,
  }));
  return { status, total: Number(/(\d+)\s*条/.exec(status)?.[1] ?? 0), results };
}

/** How one query did. */
export interface QueryScore {
  query: SuiteQuery;
  /** The results the page showed first (at most ten). */
  top: ShownResult[];
  /** The number of results the page reported. */
  total: number;
  recall: number;
  precision: number;
  /** The `first` results were all ranked first. */
  firstOk: boolean;
}

/** The suite's figures, for the benchmark report; its shards are those of the sharded build. */
export interface QualityReport extends IndexShards {
  dossiers: number;
  queries: number;
  recall: number;
  precision: number;
  /** Dossiers per shard of the sharded build it was compared with. */
  shardSize: number;
  identicalFiles: boolean;
  /** Queries whose results (all of them, in order) were the same on both builds. */
  sameResults: number;
  /** One line per query that lost recall or precision, or whose first results were wrong. */
  misses: string[];
}

const pathOf = (href: string) => {
  const url = new URL(href);
  return decodeURIComponent(url.pathname + url.hash);
};

/** Whether a shown result is the expected one (and, for a page, points into the expected section). */
const hits = (shown: ShownResult, expected: SuiteQuery['expect'][number]) => shown.url === expected.url && (!expected.section || shown.section === expected.section);

/** Scores one query's shown results against what it should find. */
function scoreQuery(query: SuiteQuery, top: readonly ShownResult[], total: number): QueryScore {
  const relevant = top.filter((shown) => query.expect.some((e) => hits(shown, e))).length;
  const recall = query.expect.length === 0 ? 1 : query.expect.filter((e) => top.some((shown) => hits(shown, e))).length / Math.min(10, query.expect.length);
  const precision = top.length === 0 ? (query.expect.length === 0 ? 1 : 0) : relevant / top.length;
  const first = query.first ?? [];
  const firstOk = first.every((url) => top.slice(0, first.length).some((shown) => shown.url === url));
  return { query, top: [...top], total, recall, precision, firstOk };
}

/**
 * Runs every query of the suite on the site served from `siteDir`, through its search page: each
 * query is opened as an address (`/search/?q=…&类型=荣誉`), as the header box and shared links do,
 * and the first ten results are read from the page. Also returns every result's address of each
 * query (paging through 显示更多结果), to compare two builds result for result.
 */
export async function runSuite(siteDir: string, browser?: Browser): Promise<{ scores: QueryScore[]; all: string[][] }> {
  const site = await serveSite(siteDir);
  const own = browser ? undefined : await launchChromium();
  const context = await (browser ?? own!).newContext();
  const page = await context.newPage();
  const scores: QueryScore[] = [];
  const all: string[][] = [];
  try {
    for (const query of SEARCH_SUITE) {
      const shown = await searchPage(page, site.url, query.q, query.filters, true);
      all.push(shown.results.map((r) => r.url));
      scores.push(scoreQuery(query, shown.results.slice(0, 10).map(({ url, section }) => ({ url, ...(section ? { section } : {}) })), shown.total));
    }
  } finally {
    await context.close();
    await own?.close();
    await site.close();
  }
  return { scores, all };
}

/** Mean recall@10 and precision@10 over the queries. */
export function suiteFigures(scores: readonly QueryScore[]): { recall: number; precision: number } {
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
  return { recall: mean(scores.map((s) => s.recall)), precision: mean(scores.map((s) => s.precision)) };
}

/** The files of a built site's index, by path, for comparing two builds. */
function indexFiles(siteDir: string): Map<string, Buffer> {
  const dir = join(siteDir, INDEX_DIR);
  const files = (readdirSync(dir, { recursive: true, withFileTypes: true }) as Array<{ isFile(): boolean; parentPath: string; name: string }>).filter((e) => e.isFile());
  return new Map(files.map((e) => [join(e.parentPath, e.name).slice(dir.length), readFileSync(join(e.parentPath, e.name))]));
}

/** Whether two builds wrote the same index, file for file and byte for byte. */
export function sameIndex(a: string, b: string): boolean {
  const [x, y] = [indexFiles(a), indexFiles(b)];
  return x.size === y.size && [...x].every(([path, bytes]) => y.get(path)?.equals(bytes) === true);
}

/** One line about a query that did not score fully. */
export function describeMiss(score: QueryScore): string {
  const filters = Object.entries(score.query.filters ?? {}).map(([k, v]) => ` ${k}=${v}`).join('');
  return `“${score.query.q}”${filters}: recall ${(score.recall * 100).toFixed(0)} %, precision ${(score.precision * 100).toFixed(0)} %${score.firstOk ? '' : ', wrong first results'}; shown ${score.top.map((r) => r.section ?? r.url).join(' ')}`;
}

/** The engine over a built site's index files, read from disk: the search page's answers, in Node. */
export function openIndex(siteDir: string): Promise<SearchEngine> {
  const dir = join(siteDir, INDEX_DIR);
  return SearchEngine.open({
    bytes: async (path) => new Uint8Array(readFileSync(join(dir, path))),
    json: async (path) => JSON.parse(readFileSync(join(dir, path), 'utf8')) as never,
  });
}

/** Every result (entry number, in order) of every suite query, answered by the engine in Node. */
export async function suiteAnswers(siteDir: string): Promise<number[][]> {
  const engine = await openIndex(siteDir);
  const answers: number[][] = [];
  for (const query of SEARCH_SUITE) {
    const filters = Object.fromEntries(Object.entries(query.filters ?? {}).map(([name, value]) => [name, [value]]));
    answers.push(Array.from((await engine.search(query.q, filters)).ranked));
  }
  return answers;
}
