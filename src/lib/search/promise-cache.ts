// The query engine loads index files and works out term matches once and keeps the promise, so
// that searches running at the same time share one fetch instead of starting their own.

/** The promise kept under `key`, or the one `load` starts, kept for as long as `cache` lives. */
export function loadOnce<K, V>(cache: Map<K, Promise<V>>, key: K, load: () => Promise<V>): Promise<V> {
  let loaded = cache.get(key);
  if (!loaded) {
    loaded = load();
    cache.set(key, loaded);
  }
  return loaded;
}

/**
 * The last `limit` promises asked for, by key: the one least recently used is let go first, and
 * one that fails is let go at once, so the next ask starts again.
 */
export class RecentPromises<V> {
  private readonly kept = new Map<string, Promise<V>>();
  private readonly limit: number;

  constructor(limit: number) {
    this.limit = limit;
  }

  /** The promise kept under `key` (now the most recently used), or the one `load` starts. */
  get(key: string, load: () => Promise<V>): Promise<V> {
    let found = this.kept.get(key);
    if (found) {
      // Most recently used last, so the oldest is the one let go.
      this.kept.delete(key);
    } else {
      found = load();
      // A failed fetch is not kept: the next search asks again.
      found.catch(() => this.kept.delete(key));
    }
    this.kept.set(key, found);
    if (this.kept.size > this.limit) this.kept.delete(this.kept.keys().next().value!);
    return found;
  }
}
