// Runs in the browser on the search page only.

interface PagefindUIInstance {
  triggerSearch(term: string): void;
}
type PagefindUIConstructor = new (options: Record<string, unknown>) => PagefindUIInstance;

/**
 * Starts Pagefind's UI in `#search` and runs the query the header form sent (`?q=`), so the
 * header box works as a plain form on every page while the search itself happens here.
 */
export function startSearchPage(): void {
  const element = document.getElementById('search');
  const PagefindUI = (window as unknown as { PagefindUI?: PagefindUIConstructor }).PagefindUI;
  if (!element || !PagefindUI) return;
  const ui = new PagefindUI({
    element: '#search',
    bundlePath: element.dataset.bundle,
    baseUrl: element.dataset.baseUrl,
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
