// Indexes the entries of one shard (some groups of a site) into postings: which documents hold each
// key, and for keys of two characters and words also where. Pure computation, run in child
// processes, several shards to each; the shards are merged into one index afterwards (write-index.ts).
import { ENTRY_KINDS, filterKey, type EntryFragment } from './format.ts';
import { docTexts, indexDoc } from './index-document.ts';
import { Postings, type ShardKey } from './postings.ts';
import type { SearchEntry, SearchGroup } from './search-input.ts';

/** What one shard contributes to the index. */
export interface ShardIndex {
  /** Entries and documents of each kind, in {@link ENTRY_KINDS} order. */
  kinds: Array<{ entries: number; docs: number }>;
  /** Groups in the shard; each has one context document after all entry documents. */
  groups: number;
  /** Documents of each entry, in entry order. */
  entryDocs: number[];
  /** Whether each entry is named by more than its title (a dossier's overview, a unit's 荣誉榜): ranked first for those names. */
  entryNamed: boolean[];
  /** The group (index into the shard's groups) of each entry, in entry order. */
  entryGroups: number[];
  keys: Map<string, ShardKey>;
  /** Each entry's fragment, in entry order. */
  fragments: EntryFragment[];
  /** How many entries carry each value of each filter. */
  filterCounts: Map<string, Map<string, number>>;
}

/**
 * Indexes a shard: `entries` must be in index order (kind, then group in `groups` order, then as
 * given) and belong to `groups`. Documents are numbered kind by kind, then one context document
 * per group; entries are numbered kind by kind.
 */
export function indexShard(groups: readonly SearchGroup[], entries: readonly SearchEntry[]): ShardIndex {
  const postings = new Postings();
  const kinds = ENTRY_KINDS.map(() => ({ entries: 0, docs: 0 }));
  const entryDocs: number[] = [];
  const entryNamed: boolean[] = [];
  const groupIndex = new Map(groups.map((group, i) => [group.id, i]));
  const entryGroups: number[] = [];
  const fragments: EntryFragment[] = [];
  const filterCounts = new Map<string, Map<string, number>>();
  let doc = 0;
  entries.forEach((entry, entryId) => {
    const kind = ENTRY_KINDS.indexOf(entry.kind);
    if (entry.segments.length === 0) throw new Error(`搜索条目没有内容：${entry.url}`);
    kinds[kind]!.entries++;
    kinds[kind]!.docs += entry.segments.length;
    entryDocs.push(entry.segments.length);
    entryNamed.push((entry.names ?? []).length > 0);
    const group = groupIndex.get(entry.group);
    if (group === undefined) throw new Error(`搜索条目的分组不存在：${entry.url}（${entry.group}）`);
    entryGroups.push(group);
    entry.segments.forEach((_, index) => {
      const { title, parts } = docTexts(entry, index);
      indexDoc(postings, doc++, title, parts);
    });
    for (const [name, values] of Object.entries(entry.filters)) {
      const counts = filterCounts.get(name) ?? new Map<string, number>();
      filterCounts.set(name, counts);
      for (const value of new Set(values)) {
        postings.addEntry(filterKey(name, value), entryId);
        counts.set(value, (counts.get(value) ?? 0) + 1);
      }
    }
    fragments.push({ url: entry.url, title: entry.title, kind: entry.kind, meta: entry.meta ?? {}, segments: entry.segments });
  });
  for (const group of groups) indexDoc(postings, doc++, '', group.context);
  return { kinds, groups: groups.length, entryDocs, entryNamed, entryGroups, keys: postings.all(), fragments, filterCounts };
}
