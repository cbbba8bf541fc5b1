// The postings of one shard while it is indexed: for every key, the documents that hold it (and
// whose title does), and for positional keys where.

/** A key's postings in one shard, numbered within the shard. */
export interface ShardKey {
  /** Documents (or, for a filter, entries) holding the key, ascending. */
  docs: number[];
  /** The documents whose title holds the key. */
  titles: number[];
  /** For keys of two characters and words: how many positions each document has (same order as `docs`)... */
  counts?: number[];
  /** ...and the positions themselves, document after document. */
  positions?: number[];
  /** The list numbers entries, not documents: a filter value's entries. */
  entries?: boolean;
}

function newKey(positional: boolean): ShardKey {
  return positional ? { docs: [], titles: [], counts: [], positions: [] } : { docs: [], titles: [] };
}

/**
 * The keys of one shard. Keys of one or two characters of the Basic Multilingual Plane are
 * numbered by their UTF-16 units (a map of numbers is much faster than one of short strings, and
 * they are most keys); words and characters beyond it keep string keys.
 */
export class Postings {
  readonly named = new Map<string, ShardKey>();
  readonly coded = new Map<number, ShardKey>();

  /** The key of one BMP character (`code`) or of two (`first * 0x10000 + second`). */
  codedKey(code: number, positional: boolean): ShardKey {
    let key = this.coded.get(code);
    if (!key) this.coded.set(code, (key = newKey(positional)));
    return key;
  }

  /** The key named `name`: a word, a prefix, a filter value, or characters beyond the BMP. */
  namedKey(name: string, positional: boolean): ShardKey {
    let key = this.named.get(name);
    if (!key) this.named.set(name, (key = newKey(positional)));
    return key;
  }

  /** Records that `doc` holds `key` (in its title when `inTitle`), at `position` for a positional key. */
  static add(key: ShardKey, doc: number, inTitle: boolean, position: number | undefined): void {
    const last = key.docs.length - 1;
    if (last < 0 || key.docs[last] !== doc) {
      key.docs.push(doc);
      key.counts?.push(0);
    }
    if (position !== undefined) {
      key.counts![key.counts!.length - 1]!++;
      key.positions!.push(position);
    }
    if (inTitle && key.titles[key.titles.length - 1] !== doc) key.titles.push(doc);
  }

  /** Records that entry number `entry` carries the filter value whose key is `name`. */
  addEntry(name: string, entry: number): void {
    const key = this.namedKey(name, false);
    key.entries = true;
    if (key.docs[key.docs.length - 1] !== entry) key.docs.push(entry);
  }

  /** Every key by its name. */
  all(): Map<string, ShardKey> {
    const keys = new Map(this.named);
    for (const [code, key] of this.coded) keys.set(code < 0x10000 ? String.fromCharCode(code) : String.fromCharCode(Math.floor(code / 0x10000), code % 0x10000), key);
    return keys;
  }
}
