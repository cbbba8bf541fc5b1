import { t } from '../i18n.ts';

/**
 * The search page's own wording for Pagefind's UI, so its messages match the rest of the site
 * instead of Pagefind's built-in translation. `[SEARCH_TERM]` and `[COUNT]` are filled by Pagefind.
 */
export function pagefindUiStrings(): Record<string, string> {
  return {
    placeholder: t('search.placeholder'),
    search_label: t('search.label'),
    clear_search: t('search.clear'),
    load_more: t('search.loadMore'),
    filters_label: t('search.filters'),
    results_label: t('search.results'),
    zero_results: t('search.zeroResults'),
    many_results: t('search.manyResults'),
    one_result: t('search.oneResult'),
    searching: t('search.searching'),
  };
}
