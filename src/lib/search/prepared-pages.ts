// A built page made ready for the index on its own: its search entry and its documents' postings.
// Preparing a page needs nothing but its file, so a build prepares each page as soon as Astro has
// written it, while the other pages are still rendering, and keeps the result on disk by the
// page's bytes; indexing a shard then only adds up prepared pages (index-shard.ts).
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { t } from '../i18n.ts';
import { SEARCH_FILTERS } from './award-records.ts';
import { extractPage } from './extract-page.ts';
import { FORMAT_VERSION } from './format.ts';
import { indexEntryDocs, type ShardEntry } from './index-shard.ts';
import { Postings, type ShardKey } from './postings.ts';
import type { SearchEntry } from './search-input.ts';

/**
 * Bump when what a page or a shard is indexed into changes in a way its bytes do not show (the
 * extraction, the folding, the keys), so nothing prepared or cached by an older build is mixed
 * with new work.
 */
export const INDEXING_CODE = 2;

/** The address of a built page: `a/b/index.html` is `/a/b/`. */
function pageUrl(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * The search entry of a built page, from its marked text, or undefined when no element carries the
 * marker (its name may be written in a page's text, as about any other word).
 */
export function pageEntry(file: string, group: string, html: string): SearchEntry | undefined {
  const page = extractPage(html);
  if (!page) return undefined;
  // A dossier's overview page is named by its unit too, so a unit's name finds it first.
  const overview = page.filters[SEARCH_FILTERS.type]?.includes(t('search.type.dossier'));
  return {
    kind: 'page',
    group,
    url: pageUrl(file),
    title: page.title,
    ...(overview ? { names: page.filters[SEARCH_FILTERS.unit] ?? [] } : {}),
    filters: page.filters,
    segments: page.segments,
  };
}

/** A page's entry with its documents indexed, numbered from 0; undefined for a page with nothing marked. */
export function preparePage(file: string, group: string, html: string): ShardEntry | undefined {
  const entry = pageEntry(file, group, html);
  if (!entry) return undefined;
  const postings = new Postings();
  indexEntryDocs(postings, entry, 0);
  return { ...entry, postings: () => postings };
}

// The postings are serialized apart, so that reading a page gives its entry at once and its
// postings only when the shard adds them. Bump the layout when this changes.
const STORE_LAYOUT = 2;
type Stored = { entry: SearchEntry; postings: Uint8Array };
type StoredPostings = { coded: Array<[number, ShardKey]>; named: Array<[string, ShardKey]> };

function encodePrepared({ postings, ...entry }: ShardEntry): Buffer {
  const all = postings!();
  return serialize({ entry, postings: serialize({ coded: [...all.coded], named: [...all.named] } satisfies StoredPostings) } satisfies Stored);
}

function decodePrepared(bytes: Buffer): ShardEntry {
  const stored = deserialize(bytes) as Stored;
  return {
    ...stored.entry,
    postings: () => {
      const { coded, named } = deserialize(stored.postings) as StoredPostings;
      const postings = new Postings();
      for (const [code, key] of coded) postings.coded.set(code, key);
      for (const [name, key] of named) postings.named.set(name, key);
      return postings;
    },
  };
}

/**
 * Prepared pages kept on disk, each under a hash of its file name and bytes, so a page is found
 * again only when the very same page is built at the same place.
 */
export class PreparedPageStore {
  readonly dir: string;

  constructor(cacheDir: string) {
    this.dir = join(cacheDir, `search-pages-${FORMAT_VERSION}-${INDEXING_CODE}-${STORE_LAYOUT}`);
  }

  /** The name a page is kept under. */
  static key(file: string, digest: string): string {
    return createHash('sha1').update(`${file}\n${digest}`).digest('hex');
  }

  private path(key: string): string {
    return join(this.dir, `${key}.bin`);
  }

  /** Keeps a prepared page. */
  async put(key: string, page: ShardEntry): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await writeFile(this.path(key), encodePrepared(page));
  }

  /** Whether a page is kept under `key`. */
  has(key: string): boolean {
    return existsSync(this.path(key));
  }

  /** The page kept under `key`, or undefined when there is none or it cannot be read: then the page is prepared again. */
  async get(key: string): Promise<ShardEntry | undefined> {
    const bytes = await readFile(this.path(key)).catch(() => undefined);
    if (!bytes) return undefined;
    try {
      return decodePrepared(bytes);
    } catch {
      return undefined;
    }
  }

  /** Deletes every page not under one of `keys`: pages of an earlier build that are gone or changed. */
  async keepOnly(keys: ReadonlySet<string>): Promise<void> {
    for (const name of await readdir(this.dir).catch(() => [])) {
      if (!keys.has(name.replace(/\.bin$/, ''))) await rm(join(this.dir, name), { force: true });
    }
  }
}
