// Runs in the browser on the search page only: reads the form, asks the engine, shows the results.
// Every text comes from content or i18n.ts and is set as text, never as HTML.
import { t } from '../lib/i18n.ts';
import { AWARD_META, type IndexFiles } from '../lib/search/format.ts';
import { SearchEngine, type FilterChoice, type SearchOutcome } from '../lib/search/engine.ts';
import type { Highlight } from '../lib/search/excerpt.ts';
import type { ResultView } from '../lib/search/result-view.ts';

/** Results shown at first and added by each 显示更多结果. */
const PAGE = 10;

function indexFiles(root: string): IndexFiles {
  const get = async (path: string) => {
    const response = await fetch(`${root}${path}`);
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    return response;
  };
  return {
    bytes: async (path) => new Uint8Array(await (await get(path)).arrayBuffer()),
    json: async (path) => (await get(path)).json(),
  };
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function highlighted(parts: readonly Highlight[], className: string): HTMLParagraphElement {
  const p = element('p', className);
  for (const part of parts) p.append(part.mark ? element('mark', undefined, part.text) : document.createTextNode(part.text));
  return p;
}

/** An award as one tidy line: years, title (the link), level, unit and dossier. */
function awardItem(result: ResultView, link: (url: string) => string): HTMLLIElement {
  const li = element('li', 'result result-award');
  const line = element('p', 'award-line');
  const fields: Array<string | HTMLElement> = [];
  const years = result.meta[AWARD_META.years];
  if (years) fields.push(element('span', 'award-years', years));
  const title = element('a', 'result-link', result.title);
  title.href = link(result.url);
  fields.push(title);
  for (const key of [AWARD_META.level, AWARD_META.unit] as const) if (result.meta[key]) fields.push(element('span', undefined, result.meta[key]));
  const dossier = result.meta[AWARD_META.dossier];
  if (dossier) {
    const a = element('a', 'award-dossier', `《${dossier}》`);
    a.href = link(result.meta[AWARD_META.dossierUrl] ?? result.url);
    fields.push(a);
  }
  fields.forEach((field, i) => {
    if (i > 0) line.append(element('span', 'sep', ' · '));
    line.append(field);
  });
  li.append(line);
  return li;
}

function pageItem(result: ResultView, link: (url: string) => string): HTMLLIElement {
  const li = element('li', 'result');
  const title = element('a', 'result-link', result.title);
  title.href = link(result.url);
  li.append(title);
  if (result.excerpt.length > 0) li.append(highlighted(result.excerpt, 'excerpt'));
  if (result.sections.length > 0) {
    const list = element('ul', 'result-sections');
    list.setAttribute('aria-label', t('search.inSections'));
    for (const section of result.sections.slice(0, 3)) {
      const item = element('li');
      const a = element('a', 'result-link', section.title);
      a.href = link(section.url);
      item.append(a, highlighted(section.excerpt, 'excerpt'));
      list.append(item);
    }
    li.append(list);
  }
  return li;
}

/**
 * Starts the search page: opens the index, builds the filter panel, runs the query of the
 * address (the header box on every page sends `?q=`), and keeps the address in step with the
 * form so a search can be shared and reloaded.
 */
export async function startSearchPage(): Promise<void> {
  const form = document.getElementById('search-page') as HTMLFormElement | null;
  if (!form) return;
  const input = form.querySelector<HTMLInputElement>('#search-query')!;
  const toggle = document.getElementById('filter-toggle') as HTMLButtonElement;
  const panel = document.getElementById('filter-panel') as HTMLFieldSetElement;
  const fields = document.getElementById('filter-fields')!;
  const clear = document.getElementById('filter-clear') as HTMLButtonElement;
  const status = document.getElementById('search-status')!;
  const list = document.getElementById('search-results') as HTMLOListElement;
  const more = document.getElementById('search-more') as HTMLButtonElement;
  const base = (form.dataset.baseUrl ?? '/').replace(/\/$/, '');
  const link = (url: string) => `${base}${url}`;

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  let engine: SearchEngine;
  try {
    engine = await SearchEngine.open(indexFiles(form.dataset.index ?? '/search-index/'));
  } catch (error) {
    status.textContent = t('search.failed');
    console.error(error);
    return;
  }

  // One select per filter. Its values, each with the number of results it would give for the
  // query and the other filters, are filled in when the panel first opens and after every search
  // while it has been open; values that would give nothing are left out, except the chosen one.
  const selects = engine.manifest.filters.map((filter) => {
    const label = element('label', 'filter-field');
    label.append(element('span', 'filter-name', filter.name));
    const select = element('select');
    select.name = filter.name;
    select.append(new Option(t('search.filterAll'), ''));
    const chosen = params.get(filter.name);
    if (chosen) select.append(new Option(chosen, chosen, true, true));
    label.append(select);
    fields.append(label);
    const fill = (values: ReadonlyArray<[string, number]>) => {
      const current = select.value;
      select.length = 1;
      for (const [value, count] of values) {
        if (count > 0 || value === current) select.append(new Option(t('search.filterValue', { value, count }), value, false, value === current));
      }
      if (current !== '' && select.value !== current) select.append(new Option(current, current, true, true));
    };
    return { name: filter.name, select, fill };
  });
  let countsShown = false;
  let counting = 0;
  const showCounts = async () => {
    if (!countsShown) return;
    const id = ++counting;
    const query = input.value.trim();
    const filters = choice();
    const lists = await Promise.all(selects.map((_, index) => engine.filterCounts(index, query, filters)));
    if (id === counting) selects.forEach((s, i) => s.fill(lists[i]!));
  };
  const choice = (): FilterChoice => Object.fromEntries(selects.filter((s) => s.select.value !== '').map((s) => [s.name, [s.select.value]]));
  const showCount = () => {
    const count = Object.keys(choice()).length;
    toggle.textContent = count > 0 ? t('search.filtersActive', { count }) : t('search.filters');
  };
  toggle.hidden = false;
  showCount();
  toggle.addEventListener('click', () => {
    const open = panel.hidden;
    panel.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    if (open && !countsShown) {
      countsShown = true;
      void showCounts();
    }
  });

  let outcome: SearchOutcome | undefined;
  let shown = 0;
  let run = 0;
  const showMore = async () => {
    if (!outcome) return;
    const current = outcome;
    const views = await engine.view(current, shown, shown + PAGE);
    if (current !== outcome) return;
    for (const view of views) list.append(view.kind === 'award' ? awardItem(view, link) : pageItem(view, link));
    shown += views.length;
    more.hidden = shown >= current.ranked.length;
  };
  const search = async () => {
    const id = ++run;
    const query = input.value.trim();
    const filters = choice();
    showCount();
    const address = new URLSearchParams();
    if (query) address.set('q', query);
    for (const [name, [value]] of Object.entries(filters)) address.set(name, value!);
    const queryString = address.toString();
    history.replaceState(null, '', `${location.pathname}${queryString ? `?${queryString}` : ''}`);
    list.replaceChildren();
    more.hidden = true;
    outcome = undefined;
    if (!query && Object.keys(filters).length === 0) {
      status.textContent = '';
      await showCounts();
      return;
    }
    status.textContent = t('search.searching');
    const found = await engine.search(query, filters);
    if (id !== run) return;
    outcome = found;
    shown = 0;
    const count = found.ranked.length;
    const summary = count === 0 ? t('search.zeroResults', { term: query }) : query ? t('search.manyResults', { count, term: query }) : t('search.filteredResults', { count });
    status.textContent = found.loosened ? `${t('search.loosened', { term: query, words: found.loosened.map((term) => term.text).join('”“') })}${summary}` : summary;
    await showMore();
    await showCounts();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void search();
  });
  for (const { select } of selects) select.addEventListener('change', () => void search());
  clear.addEventListener('click', () => {
    for (const { select } of selects) select.value = '';
    void search();
  });
  more.addEventListener('click', () => void showMore());
  if (input.value || selects.some((s) => s.select.value)) await search();
  else input.focus();
}
