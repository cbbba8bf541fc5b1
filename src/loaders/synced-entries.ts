import type { StoredEntry } from '../lib/dossiers/body-sources.ts';
import { processGlobal } from '../lib/process-global.ts';

/** An entry as the loader left it in Astro's data store after a sync: its validated fields too. */
export interface SyncedEntry extends StoredEntry {
  data: Record<string, unknown>;
}

// The loader runs in Astro's content sync, the integration that reads the record in Astro's
// config: one record, whichever copy of this module each of them has.
const synced = () => processGlobal('synced-entries', () => new Map<string, SyncedEntry[]>());

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
