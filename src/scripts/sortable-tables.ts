// Runs in the browser on pages with a sortable award table (AwardTable.astro with `sortable`).
// Each header becomes a button that sorts the rows by that column; the places to sort by were
// computed when the site was built (`data-rank`), so every browser sorts Chinese text alike.
import { orderByPlaces, type SortDirection } from '../lib/dossiers/rank-order.ts';

// The order of the places in a row's `data-rank`: AWARD_TABLE_COLUMNS.
const COLUMNS = ['years', 'title', 'level', 'unit'];

/** Turns the headers of every `table[data-sortable]` under `root` into sort buttons. */
export function enhanceSortableTables(root: ParentNode): void {
  for (const table of root.querySelectorAll<HTMLTableElement>('table[data-sortable]')) {
    const body = table.tBodies[0];
    if (!body) continue;
    const rows = [...body.rows];
    const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th[data-sort]')];
    const sort = (header: HTMLTableCellElement, direction: SortDirection) => {
      const column = COLUMNS.indexOf(header.dataset.sort ?? '');
      const places = rows.map((row) => {
        const place = row.dataset.rank?.split(' ')[column];
        return place === undefined || place === '-' ? undefined : Number(place);
      });
      body.append(...orderByPlaces(places, direction).map((i) => rows[i]!));
      for (const other of headers) other.removeAttribute('aria-sort');
      header.setAttribute('aria-sort', direction);
    };
    for (const header of headers) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort-button';
      button.append(...header.childNodes);
      header.append(button);
      button.addEventListener('click', () => sort(header, header.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending'));
      // The list as built is already latest year first: say so, without moving a row.
      if (table.dataset.sortable === header.dataset.sort) header.setAttribute('aria-sort', 'descending');
    }
  }
}
