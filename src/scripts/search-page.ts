// Runs in the browser on the search page only.
import { joinWords, searchTerm } from '../lib/search/segment.ts';

/** The parts of a Pagefind result the page rewrites. */
interface PagefindResult {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results?: Array<{ title: string; excerpt: string }>;
}

// Award records link to their row (`#award-01`, urls.awardAnchor) and carry their title as
// written; a page's title is its heading, which was indexed cut into words like the rest.
const AWARD_ROW = /#award-\d+$/;

// The index holds text cut into words (src/lib/search/segment.ts): the query is cut the same way,
// and the cutting spaces are taken out of what readers see.
function readable(result: PagefindResult): PagefindResult {
  result.excerpt = joinWords(result.excerpt);
  if (result.meta.title && !AWARD_ROW.test(result.url)) result.meta.title = joinWords(result.meta.title);
  for (const sub of result.sub_results ?? []) {
    sub.title = joinWords(sub.title);
    sub.excerpt = joinWords(sub.excerpt);
  }
  return result;
}

interface PagefindUIInstance {
  triggerSearch(term: string): void;
}
type PagefindUIConstructor = new (options: Record<string, unknown>) => PagefindUIInstance;

/** A further index for Pagefind to search alongside the main one. */
interface MergedIndex {
  bundlePath: string;
  baseUrl: string;
}

/**
 * The shard bundles listed in the main bundle's `shards.json` (empty for a site indexed in one
 * piece), with the site's base path put in front of each. Without the list, the main bundle is
 * still searched: a reader gets the awards rather than nothing.
 */
async function shardIndexes(bundle: string, baseUrl: string): Promise<MergedIndex[]> {
  const response = await fetch(`${bundle}shards.json`).catch(() => undefined);
  if (!response?.ok) {
    console.error(`搜索：无法读取 ${bundle}shards.json，只搜索主索引`);
    return [];
  }
  const { bundles } = (await response.json()) as { bundles: string[] };
  return bundles.map((path) => ({ bundlePath: `${baseUrl.replace(/\/$/, '')}${path}`, baseUrl }));
}

/**
 * Starts Pagefind's UI in `#search`, merging the index shards of a large site, and runs the
 * query the header form sent (`?q=`), so the header box works as a plain form on every page while
 * the search itself happens here.
 */
export async function startSearchPage(): Promise<void> {
  const element = document.getElementById('search');
  const PagefindUI = (window as unknown as { PagefindUI?: PagefindUIConstructor }).PagefindUI;
  if (!element || !PagefindUI) return;
  const bundle = element.dataset.bundle ?? '/pagefind/';
  const baseUrl = element.dataset.baseUrl ?? '/';
  const ui = new PagefindUI({
    element: '#search',
    bundlePath: bundle,
    baseUrl,
    mergeIndex: await shardIndexes(bundle, baseUrl),
    processTerm: searchTerm,
    processResult: readable,
    showSubResults: true,
    showImages: false,
    resetStyles: false,
    pageSize: 10,
    autofocus: true,
    translations: JSON.parse(element.dataset.translations ?? '{}') as Record<string, string>,
  });
  const term = new URLSearchParams(window.location.search).get('q');
  if (term) ui.triggerSearch(term);
}
