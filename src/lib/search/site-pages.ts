import { createHash } from 'node:crypto';
import { readFileSync, statSync, type BigIntStats } from 'node:fs';
import { join } from 'node:path';
import { fileState, unchangedSince, type FilesRead } from '../file-state.ts';
import { filesUnder } from '../files-under.ts';
import { INDEX_DIR } from './format.ts';

/** A built page that marks content for the index. */
export interface IndexablePage {
  /** The HTML file, relative to the site folder, with `/` separators: `d00001-office/service/index.html`. */
  file: string;
  /** Pages that share it are indexed together: the first path segment, i.e. the dossier slug. */
  group: string;
  /** A hash of the file's bytes, read with the marker, so the index's cache need not read it again. */
  digest: string;
}

/**
 * Pages as a build read them, by file relative to the site folder, with `/` separators: each one's
 * state on disk then and the hash of its bytes ({@link markedPageDigest}; null for a page without
 * the marker).
 */
export type PageDigests = FilesRead<{ digest: string | null }>;

/** One page's entry in {@link PageDigests}. */
export type ReadPage = PageDigests[string];

/** The site's pages and what each held when read, as {@link indexablePages} returns them. */
export interface SitePages {
  pages: IndexablePage[];
  /** Every page file of the site, marked or not, for the next build that finds the same files. */
  digests: PageDigests;
  /** How many page files were read; the others were as `known` showed them. */
  read: number;
}

/** The marker Pagefind looks for; pages without it are left out of the index entirely. */
const PAGEFIND_BODY = 'data-pagefind-body';

/** A hash of a built page's bytes when it carries `data-pagefind-body`; undefined when it does not. */
function markedPageDigest(bytes: Buffer): string | undefined {
  return bytes.includes(PAGEFIND_BODY) ? createHash('sha1').update(bytes).digest('hex') : undefined;
}

/** A page's entry in {@link PageDigests}, with the file's state on disk as it was before it was read. */
export function readPage(stats: BigIntStats, bytes: Buffer): ReadPage {
  return { ...fileState(stats), digest: markedPageDigest(bytes) ?? null };
}

/**
 * Lists the built pages that carry `data-pagefind-body`, sorted by file, each with a hash of its
 * bytes. Pages without it (award lists, print views, the home page) are never indexed, nor parsed
 * only to be skipped. A page that `known` shows as it is on disk is not read again: a rebuild
 * that starts from the site replaced before finds nearly all its pages as an earlier build read
 * them, and at 1,000 dossiers reading and hashing them again took over a second once the file
 * system had let them out of its cache.
 */
export function indexablePages(siteDir: string, known: PageDigests = {}): SitePages {
  // The index's own folder is left to its writer.
  const candidates = filesUnder(siteDir, INDEX_DIR)
    .filter((file) => file.endsWith('.html'))
    .sort();
  const digests: PageDigests = {};
  const pages: IndexablePage[] = [];
  let read = 0;
  for (const file of candidates) {
    // Each page is read at once: the index waits for nothing else, and at 1,000 dossiers the 7,000
    // pages took a third of the time of promise-based reads, 32 at a time. Its state is taken
    // first, so that a file written after it was taken never matches what is recorded here.
    const path = join(siteDir, file);
    const stats = statSync(path, { bigint: true });
    const was = known[file];
    let page = was;
    if (!unchangedSince(page, stats)) {
      page = readPage(stats, readFileSync(path));
      read++;
    }
    digests[file] = page;
    if (page.digest !== null) pages.push({ file, group: file.includes('/') ? file.slice(0, file.indexOf('/')) : '', digest: page.digest });
  }
  return { pages, digests, read };
}
