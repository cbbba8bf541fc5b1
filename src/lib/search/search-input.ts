import type { EntryKind } from './format.ts';

/**
 * One search result as the index builder takes it: a page (with its headed sections), an award
 * or a unit's 荣誉榜. Plain data, so any source can produce it: the built pages, `awards.json`,
 * or another generator's output.
 */
export interface SearchEntry {
  kind: EntryKind;
  /**
   * The group (dossier) the entry belongs to: a group's entries are indexed together, in the same
   * shard, and are all found by the words of its {@link SearchGroup.context}.
   */
  group: string;
  /** Where the result links, from the site root without the base path: `/qinghe-2020/service/`. */
  url: string;
  /** The result's title as shown. */
  title: string;
  /** More words that name the entry, indexed with the title but not shown (a dossier page's unit). */
  names?: string[];
  /** Words the entry is found by that it does not show (the years an award's range covers). */
  hidden?: string[];
  /** Facts the result line shows, such as an award's years, level and unit. */
  meta?: Record<string, string>;
  /** Filter values, by filter name: `{ 类型: ['荣誉'], 年份: ['2019', '2020'] }`. */
  filters: Record<string, string[]>;
  /**
   * The text: the first segment is the entry itself (before any heading); each further segment
   * is a headed section of the page that a result can point into by its anchor.
   */
  segments: SearchSegment[];
}

/** A part of an entry: its heading, its anchor on the page, and its paragraphs as written. */
export interface SearchSegment {
  anchor?: string;
  title: string;
  paragraphs: string[];
}

/** A group of entries: a dossier, with the words (unit, dossier title) that all its entries answer to. */
export interface SearchGroup {
  id: string;
  context: string[];
}
