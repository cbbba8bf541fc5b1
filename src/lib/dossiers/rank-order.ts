// Imported by the browser's table sorting (src/scripts/sortable-tables.ts): no imports, so the
// script stays a few hundred bytes.

/** Which way a column is sorted, as `aria-sort` names it. */
export type SortDirection = 'ascending' | 'descending';

/**
 * The order of a list's items sorted by their places in one column (see `awardSortRanks`):
 * smallest place first when ascending, largest first when descending. Items without a place go
 * last either way, and items that tie keep their order in the list.
 *
 * @example orderByPlaces([2, undefined, 0, 2], 'ascending') // [2, 0, 3, 1]
 */
export function orderByPlaces(places: readonly (number | undefined)[], direction: SortDirection): number[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return places
    .map((place, index) => ({ place, index }))
    .sort((a, b) => {
      if (a.place === undefined || b.place === undefined) {
        return (a.place === undefined ? 1 : 0) - (b.place === undefined ? 1 : 0) || a.index - b.index;
      }
      return sign * (a.place - b.place) || a.index - b.index;
    })
    .map(({ index }) => index);
}
