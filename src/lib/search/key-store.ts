// The keys of an opened index, as the query engine looks them up: each bucket, large key and file
// of position blocks is fetched once, when a query first needs it, and kept for the searches after.
// A large key is fetched by its number in the manifest, in the same round trip as the buckets of
// the query's small keys: on a real network every round trip costs more than the bytes.
import { indexPaths, hashKey, type IndexFiles } from './format.ts';
import { decodeBucket, decodeLargeKey, type KeyLists, type KeyRecord } from './key-bucket.ts';
import { PositionBlock } from './position-lists.ts';
import { loadOnce } from './promise-cache.ts';

/** Looks keys up in the buckets of one index and keeps what it loaded. */
export class KeyStore {
  private readonly buckets = new Map<number, Promise<Map<string, KeyRecord>>>();
  private readonly large = new Map<number, Promise<KeyRecord>>();
  private readonly blocks = new Map<string, Promise<PositionBlock>>();
  private readonly runs = new Map<string, Promise<Uint8Array>>();
  private readonly files: IndexFiles;
  private readonly bucketCount: number;
  private readonly largeNumbers: Map<string, number>;

  /**
   * `bucketCount` and `largeKeys` are the manifest's: a large key is numbered by its place in
   * `largeKeys`, any other lives in bucket `hashKey(key) % bucketCount`.
   */
  constructor(files: IndexFiles, bucketCount: number, largeKeys: readonly string[]) {
    this.files = files;
    this.bucketCount = bucketCount;
    this.largeNumbers = new Map(largeKeys.map((name, number) => [name, number]));
  }

  private bucket(index: number): Promise<Map<string, KeyRecord>> {
    return loadOnce(this.buckets, index, () => this.files.bytes(indexPaths.bucket(index)).then(decodeBucket));
  }

  /** The key named `name`, or undefined when the index does not have it. */
  async key(name: string): Promise<KeyRecord | undefined> {
    const number = this.largeNumbers.get(name);
    if (number !== undefined) return loadOnce(this.large, number, () => this.files.bytes(indexPaths.lists(number)).then((bytes) => decodeLargeKey(bytes, number)));
    return (await this.bucket(hashKey(name) % this.bucketCount)).get(name);
  }

  /** A key's lists, empty when the index does not have it. */
  async lists(name: string): Promise<KeyLists> {
    return (await (await this.key(name))?.lists()) ?? { docs: new Uint32Array(), titles: new Uint32Array() };
  }

  /** One block of a key's positions (empty when the key has none there); `keyDocs` are the key's documents. */
  positionBlock(name: string, record: KeyRecord, keyDocs: Uint32Array, block: number): Promise<PositionBlock> {
    return loadOnce(this.blocks, `${name}\u0000${block}`, () => {
      const source = record.blocks.get(block);
      const bytes =
        source === undefined
          ? Promise.resolve(new Uint8Array())
          : source instanceof Uint8Array
            ? Promise.resolve(source)
            : loadOnce(this.runs, source.path, () => this.files.bytes(source.path)).then((run) => run.subarray(source.start, source.end));
      return bytes.then((b) => new PositionBlock(b, keyDocs, block));
    });
  }
}
