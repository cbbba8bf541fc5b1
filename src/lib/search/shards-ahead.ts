// Indexes the search index's shards while Astro still renders. Astro's process renders each
// dossier's pages together, dossiers in index order, and says when a dossier's pages are rendered
// (src/integrations/index-order.ts); a shard whose dossiers are all rendered is indexed here and
// kept in the shard cache, where the index built after Astro (build-index.ts) finds it under the
// same name. Once every shard is, the whole index is written into the site folder while Astro
// renders the pages outside dossiers, which no shard reads. Nothing here is taken on trust: a
// shard is named by the bytes of the pages it read, so a page read before Astro wrote its last
// version, or a plan that differs from the index's own, leaves only a shard the index does not
// look for, and deletes with the cache's other leftovers; the index written here is kept only
// when the index after Astro plans the very shards it was written from.
import { existsSync, readFileSync, statSync, type BigIntStats } from 'node:fs';
import { join } from 'node:path';
import type { PublishedAward } from './award-records.ts';
import { writeIndexAhead, type IndexWrittenAhead } from './build-index.ts';
import type { IndexRecord } from './index-files.ts';
import { buildShard, type ShardGroup } from './shard-worker.ts';
import { shardCacheFile, shardCacheFolder, shardGroups, shardHash, splitShards } from './shard-plan.ts';
import type { ShardPolicy } from './shard-size.ts';
import { readPage, type PageDigests } from './site-pages.ts';

/** What Astro's process tells the build about its pages, in this order. */
export type RenderProgress =
  /** Before the first page: the dossiers in the order their pages will be rendered, and each one's HTML files. */
  | { renderPlan: { dossiers: string[]; files: Record<string, string[]> } }
  /** Every page of this dossier is rendered; `null` for `awards.json`, from which the shards are planned. */
  | { rendered: string | null };

/** Where the site is written and how it is indexed. */
export interface ShardsAheadOptions {
  siteDir: string;
  /** The build's cache folder, as the index after Astro is given it. */
  cacheDir: string;
  policy: ShardPolicy;
  /**
   * The record of the index the site folder holds (a spare site's, scripts/build/spare-site.ts),
   * once the folder is ready for the index to be written over it; undefined when it holds none.
   * Without it, the folder's index is deleted before the index is written there.
   */
  previousIndex?: Promise<IndexRecord | undefined>;
}

/** What was done ahead, for the build's log and the benchmark. */
export interface AheadSummary {
  /** Dossiers Astro reported rendered. */
  dossiersRendered: number;
  /** The cache files of the shards indexed; the index deletes those it did not use. */
  shardFiles: string[];
  /** The pages read whole, as they were on disk when read: the index after Astro reads again only those changed since. */
  pagesRead: PageDigests;
  /** The index written into the site folder, when every shard of the plan was indexed before Astro was done. */
  index?: IndexWrittenAhead;
}

/**
 * How long a file that Astro has rendered is waited for: Astro writes a page right after it is
 * rendered, so the wait ends in milliseconds unless the build has stopped.
 */
const WRITE_WAIT_MS = 2000;
const WRITE_POLL_MS = 10;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Follows Astro's {@link RenderProgress} and indexes each shard, one at a time on this thread, as
 * soon as its dossiers are rendered. Call {@link stop} once Astro is done: the shards not started
 * by then are left to the index after Astro, which indexes them on every core.
 */
export class ShardsAhead {
  readonly #options: ShardsAheadOptions;
  #files: Record<string, string[]> = {};
  #dossiers: string[] = [];
  readonly #rendered = new Set<string>();
  #shards: ShardGroup[][] | undefined;
  readonly #started = new Set<number>();
  /** The cache name of each shard indexed, or found in the cache, by its place in the plan. */
  readonly #hashes: string[] = [];
  #stopped = false;
  #queue: Promise<void> = Promise.resolve();
  readonly #written: string[] = [];
  readonly #pagesRead: PageDigests = {};
  #index: IndexWrittenAhead | undefined;

  constructor(options: ShardsAheadOptions) {
    this.#options = options;
  }

  /** Takes one message of Astro's process; the work it allows is queued. */
  take(message: RenderProgress): void {
    if (this.#stopped) return;
    if ('renderPlan' in message) {
      this.#dossiers = message.renderPlan.dossiers;
      this.#files = message.renderPlan.files;
    } else if (message.rendered === null) this.#then(() => this.#plan());
    else {
      this.#rendered.add(message.rendered);
      this.#then(() => this.#indexReady());
    }
  }

  /** Resolves once every shard its messages so far allow is indexed (for tests; a build calls {@link stop}). */
  idle(): Promise<void> {
    return this.#queue;
  }

  /** Starts no more shards; resolves, with what was done, once the shard being indexed is kept. */
  async stop(): Promise<AheadSummary> {
    this.#stopped = true;
    await this.#queue;
    return { dossiersRendered: this.#rendered.size, shardFiles: [...this.#written], pagesRead: { ...this.#pagesRead }, ...(this.#index ? { index: this.#index } : {}) };
  }

  #then(step: () => Promise<void>): void {
    // A shard that cannot be indexed here is indexed after Astro, where a failure is reported.
    this.#queue = this.#queue.then(step).catch(() => undefined);
  }

  /**
   * The shards as the index will plan them, from `awards.json` and the dossiers in index order:
   * the same as its own plan as long as every dossier has a page with the marker, as its overview does.
   */
  async #plan(): Promise<void> {
    const awards = await this.#whenWritten('awards.json', (bytes) => (JSON.parse(bytes.toString('utf8')) as { awards: PublishedAward[] }).awards);
    if (!awards) return;
    const pages = this.#dossiers.map((group) => ({ file: `${group}/`, group }));
    this.#shards = splitShards(shardGroups(pages, awards), this.#options.policy);
    await this.#indexReady();
  }

  async #indexReady(): Promise<void> {
    const shards = this.#shards ?? [];
    for (const [i, shard] of shards.entries()) {
      if (this.#stopped) return;
      if (this.#started.has(i) || !shard.every((group) => this.#rendered.has(group.id))) continue;
      this.#started.add(i);
      const hash = await this.#indexShard(shard);
      if (hash !== undefined) this.#hashes[i] = hash;
      // Astro's messages and output are taken between shards.
      await new Promise((resolve) => setImmediate(resolve));
    }
    const indexed = shards.length > 0 && shards.every((_, i) => this.#hashes[i] !== undefined);
    if (indexed && !this.#index && !this.#stopped) await this.#writeIndex();
  }

  /**
   * Writes the whole index from the cached shards: at 1,000 dossiers, merging them and writing the
   * files took 1.1 s after Astro was done. The shards are read back from the cache rather than
   * kept in memory while Astro renders (85 MB at 1,000 dossiers). An index that fails here is
   * written after Astro.
   */
  async #writeIndex(): Promise<void> {
    const { siteDir, cacheDir, previousIndex } = this.#options;
    const previous = await previousIndex;
    if (this.#stopped) return;
    this.#index = await writeIndexAhead(siteDir, cacheDir, this.#hashes, previous);
  }

  /** Indexes one shard into the cache, unless it is there already; its cache name, or undefined when a page could not be read. */
  async #indexShard(planned: readonly ShardGroup[]): Promise<string | undefined> {
    const digests = new Map<string, string>();
    // The pages as hashed, so that the shard is indexed from the same bytes its name is made of.
    const texts = new Map<string, string>();
    const groups: ShardGroup[] = [];
    for (const group of planned) {
      const files: string[] = [];
      for (const file of [...(this.#files[group.id] ?? [])].sort()) {
        const page = await this.#whenWritten(file, (bytes, stats) => (bytes.subarray(-32).toString('latin1').trimEnd().endsWith('</html>') ? { bytes, read: readPage(stats, bytes) } : undefined));
        if (!page) return undefined;
        this.#pagesRead[file] = page.read;
        if (page.read.digest === null) continue;
        files.push(file);
        digests.set(file, page.read.digest);
        texts.set(file, page.bytes.toString('utf8'));
      }
      groups.push({ ...group, files });
    }
    const { siteDir, cacheDir } = this.#options;
    const hash = shardHash(groups, digests);
    const cacheFile = shardCacheFile(shardCacheFolder(cacheDir), hash);
    if (existsSync(cacheFile)) return hash;
    await buildShard({ siteDir, groups, cacheFile }, (file) => texts.get(file)!);
    this.#written.push(cacheFile);
    return hash;
  }

  /**
   * What `read` makes of the site's `file` once it is written whole (when `read` does not return
   * undefined or throw); undefined when it is not within {@link WRITE_WAIT_MS}, or the build stopped.
   */
  async #whenWritten<T>(file: string, read: (bytes: Buffer, stats: BigIntStats) => T | undefined): Promise<T | undefined> {
    const until = performance.now() + WRITE_WAIT_MS;
    const path = join(this.#options.siteDir, file);
    for (;;) {
      try {
        // The file's state before its bytes: a write after it was taken leaves a state no later read matches.
        const stats = statSync(path, { bigint: true });
        const value = read(readFileSync(path), stats);
        if (value !== undefined) return value;
      } catch {
        // Not written yet, or written in part.
      }
      if (this.#stopped || performance.now() > until) return undefined;
      await pause(WRITE_POLL_MS);
    }
  }
}
