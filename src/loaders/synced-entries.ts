import type { StoredEntry } from '../lib/dossiers/body-sources.ts';

/** An entry as the loader left it in Astro's data store after a sync: its validated fields too. */
export interface SyncedEntry extends StoredEntry {
  data: Record<string, unknown>;
}

// The loader runs in Astro's content sync and the integration that reads the record in Astro's
// config, which Astro may load through Vite: a global symbol is one record whichever copy of this
// module each of them has.
const SYNCED = Symbol.for('huazhang.synced-entries');
type Holder = { [SYNCED]?: Map<string, SyncedEntry[]> };
const synced = (): Map<string, SyncedEntry[]> => ((globalThis as Holder)[SYNCED] ??= new Map());

/** Notes what a collection holds once its loader has synced it; a later sync replaces it. */
export function recordSynced(collection: string, entries: SyncedEntry[]): void {
  synced().set(collection, entries);
}

/**
 * Every entry of `collections` as last synced, and forgets them; `undefined` when any of them has
 * not been synced in this process, so that a caller never works from part of the content.
 */
export function takeSynced(collections: readonly string[]): SyncedEntry[] | undefined {
  const lists = collections.map((name) => synced().get(name));
  synced().clear();
  return lists.every((list) => list !== undefined) ? lists.flat() : undefined;
}
