// `filters/<n>.json` and `filters/<n>.bin`: the values of each filter with how many entries carry
// them, in the order the search page lists them, and which values each entry carries.
import { encodeEntryValues } from './entry-values.ts';
import { filterKey, indexPaths } from './format.ts';
import type { MergedKey } from './merge-keys.ts';
import { decodeList } from './posting-lists.ts';
import type { EncodedShard } from './shard-codec.ts';

/** How the search page lists filter values. */
export interface FilterOrder {
  /** Filter names in the order the page shows them; others follow by name. */
  names?: readonly string[];
  /** Per filter, values that come first in this order; others follow (numbers newest first, text by pinyin). */
  values?: Readonly<Record<string, readonly string[]>>;
}

function sortValues(values: Map<string, number>, first: readonly string[] = []): Array<[string, number]> {
  const rank = (v: string) => {
    const i = first.indexOf(v);
    return i < 0 ? first.length : i;
  };
  const numeric = (v: string) => (/^\d+$/.test(v) ? Number(v) : undefined);
  return [...values].sort(([a], [b]) => {
    if (rank(a) !== rank(b)) return rank(a) - rank(b);
    const [na, nb] = [numeric(a), numeric(b)];
    if (na !== undefined && nb !== undefined) return nb - na;
    if (na !== undefined || nb !== undefined) return na !== undefined ? -1 : 1;
    return a.localeCompare(b, 'zh-CN');
  });
}

/**
 * The filter files of the merged index, by their index path, and the manifest's list of filters.
 * `keys` are the merged keys by name (a filter value's entries are the key {@link filterKey});
 * `entries` is how many entries the index has.
 */
export function encodeFilters(shards: readonly EncodedShard[], keys: ReadonlyMap<string, MergedKey>, entries: number, order: FilterOrder): { filters: Array<{ name: string; values: number }>; files: Map<string, Uint8Array | string> } {
  const files = new Map<string, Uint8Array | string>();
  const counts = new Map<string, Map<string, number>>();
  for (const shard of shards) {
    for (const [name, values] of shard.filterCounts) {
      const total = counts.get(name) ?? new Map<string, number>();
      counts.set(name, total);
      for (const [value, n] of values) total.set(value, (total.get(value) ?? 0) + n);
    }
  }
  const filterNames = [...counts.keys()].sort((a, b) => {
    const rank = (n: string) => (order.names?.includes(n) ? order.names.indexOf(n) : Infinity);
    return rank(a) - rank(b) || a.localeCompare(b, 'zh-CN');
  });
  // Each filter's values with counts (the filter panel), and which values each entry carries, so
  // the page can count the values among a query's results.
  filterNames.forEach((name, i) => {
    const sorted = sortValues(counts.get(name)!, order.values?.[name]);
    files.set(indexPaths.filterValues(i), JSON.stringify(sorted));
    const carried: number[][] = Array.from({ length: entries }, () => []);
    sorted.forEach(([value], v) => {
      const key = keys.get(filterKey(name, value));
      if (key) for (const e of decodeList(key.docs)) carried[e]!.push(v);
    });
    files.set(indexPaths.filterEntries(i), encodeEntryValues(carried));
  });
  return { filters: filterNames.map((name) => ({ name, values: counts.get(name)!.size })), files };
}
