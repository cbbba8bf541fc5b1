// Prepares a site's pages for its search index while the build is still writing them: Astro
// renders on one core, and this fills the other by reading each page as soon as it is written,
// extracting its text and indexing its documents (prepared-pages.ts). When the build is done,
// indexing the site only adds up prepared pages, merges and writes.
import { preparePage, PreparedPageStore } from './prepared-pages.ts';
import { SitePageScanner, type IndexablePage } from './site-pages.ts';

/** Pages prepared while the site was built: what the index builder is given instead of looking for them. */
export interface PreparedSitePages {
  /** The indexable pages of the finished site, as `indexablePages` lists them. */
  pages: IndexablePage[];
  /** The cache folder whose {@link PreparedPageStore} holds them. */
  cacheDir: string;
}

/** A running {@link streamSitePages}. */
export interface SitePageStream {
  /** Once the site is complete: reads what is left and returns every indexable page. */
  finish(): Promise<PreparedSitePages>;
  /** Stops watching, for a build that failed. */
  stop(): Promise<void>;
}

// How long to wait between looks at the folder; listing a large folder is not repeated sooner
// than twice the time it takes, so that the listing never takes more than a third of a core.
const INTERVAL_MS = 500;

/**
 * Watches `siteDir`, which a build is writing, and keeps every indexable page prepared in
 * `cacheDir` under its file and bytes (a page already there from an earlier build is not prepared
 * again). Pages written after the last look, and any that cannot be prepared here, are left for
 * the index builder, which prepares them on every core and reports what fails.
 */
export function streamSitePages(siteDir: string, cacheDir: string): SitePageStream {
  const store = new PreparedPageStore(cacheDir);
  const scanner = new SitePageScanner(siteDir, async (page, bytes) => {
    const key = PreparedPageStore.key(page.file, page.digest);
    if (store.has(key)) return;
    try {
      const prepared = preparePage(page.file, page.group, bytes.toString('utf8'));
      if (prepared) await store.put(key, prepared);
    } catch {
      // The index builder prepares the page again from its file, and fails there with its reason.
    }
  });
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    running = scanner
      .pass()
      .catch(() => INTERVAL_MS)
      .then((listing) => {
        if (!stopped) timer = setTimeout(tick, Math.max(INTERVAL_MS, 2 * listing));
      });
  };
  timer = setTimeout(tick, INTERVAL_MS);
  const stop = async () => {
    stopped = true;
    clearTimeout(timer);
    scanner.halt();
    await running;
  };
  return {
    async finish() {
      await stop();
      await scanner.pass(true);
      return { pages: scanner.pages(), cacheDir };
    },
    stop,
  };
}
