import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { mapWithLimit } from '../map-with-limit.ts';
import { INDEX_DIR } from './format.ts';

// Files read at once: enough to keep the disk busy, few enough never to run out of file handles.
const READ_LIMIT = 32;

/** A built page that marks content for the index. */
export interface IndexablePage {
  /** The HTML file, relative to the site folder, with `/` separators: `d00001-office/service/index.html`. */
  file: string;
  /** Pages that share it are indexed together: the first path segment, i.e. the dossier slug. */
  group: string;
  /** A hash of the file's bytes, read with the marker, so the index's cache need not read it again. */
  digest: string;
}

/** The marker Pagefind looks for; pages without it are left out of the index entirely. */
const PAGEFIND_BODY = 'data-pagefind-body';

// Every page ends so; a file that does not yet is still being written.
const PAGE_END = Buffer.from('</html>');

/** What a file was when it was read: its size and time of change, and its page if it marks one. */
interface Seen {
  size: number;
  mtimeMs: number;
  page: IndexablePage | undefined;
}

/**
 * Finds the indexable pages of a site folder, also while a build is still writing it. Each pass
 * reads the HTML files that are new or changed since the pass before; a file that does not end
 * its page yet is left for a later pass. The last pass takes every file as it is and reads again
 * any whose size or time of change differ from when it was read, so what it returns is exactly
 * what {@link indexablePages} would find in the finished folder.
 */
export class SitePageScanner {
  private readonly siteDir: string;
  private readonly onPage: ((page: IndexablePage, bytes: Buffer) => Promise<void>) | undefined;
  private readonly seen = new Map<string, Seen>();
  private halted = false;

  /**
   * @param siteDir the site folder, which need not exist yet
   * @param onPage called for each indexable page read before the last pass (again when the page changed), with its bytes
   */
  constructor(siteDir: string, onPage?: (page: IndexablePage, bytes: Buffer) => Promise<void>) {
    this.siteDir = siteDir;
    this.onPage = onPage;
  }

  /** Ends the pass under way early: the files it had not read yet are left for the last pass. */
  halt(): void {
    this.halted = true;
  }

  /**
   * Reads what is new or changed; with `last`, also pages that look unfinished. Returns how long
   * listing the folder took, in milliseconds: the part of a pass that grows with the site.
   */
  async pass(last = false): Promise<number> {
    const started = performance.now();
    const names = await readdir(this.siteDir, { recursive: true }).catch(() => [] as string[]);
    const listing = performance.now() - started;
    const files = names
      .filter((f) => f.endsWith('.html'))
      .map((f) => f.split(sep).join('/'))
      .filter((file) => !file.startsWith(`${INDEX_DIR}/`));
    if (last) {
      const present = new Set(files);
      for (const file of this.seen.keys()) if (!present.has(file)) this.seen.delete(file);
    }
    await mapWithLimit(files, READ_LIMIT, (file) => this.read(file, last));
    return listing;
  }

  private async read(file: string, last: boolean): Promise<void> {
    // A build writes each file once: until the last pass, a file read whole is not looked at again.
    if (!last && (this.halted || this.seen.has(file))) return;
    const path = join(this.siteDir, file);
    const before = await stat(path).catch(() => undefined);
    if (!before) return;
    const seen = this.seen.get(file);
    if (seen && seen.size === before.size && seen.mtimeMs === before.mtimeMs) return;
    const bytes = await readFile(path).catch(() => undefined);
    if (!bytes) return;
    // Checked against the size found before reading: a file still growing is read again later.
    if (!last && (bytes.length !== before.size || !finished(bytes))) return;
    const page = bytes.includes(PAGEFIND_BODY) ? { file, group: groupOf(file), digest: createHash('sha1').update(bytes).digest('hex') } : undefined;
    this.seen.set(file, { size: before.size, mtimeMs: before.mtimeMs, page });
    if (page && this.onPage && !last) await this.onPage(page, bytes);
  }

  /** The indexable pages found, sorted by file. */
  pages(): IndexablePage[] {
    return [...this.seen.values()]
      .flatMap((seen) => (seen.page ? [seen.page] : []))
      .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  }
}

function finished(bytes: Buffer): boolean {
  let end = bytes.length;
  while (end > 0 && (bytes[end - 1] === 0x0a || bytes[end - 1] === 0x0d || bytes[end - 1] === 0x20)) end--;
  return end >= PAGE_END.length && bytes.subarray(end - PAGE_END.length, end).equals(PAGE_END);
}

const groupOf = (file: string) => (file.includes('/') ? file.slice(0, file.indexOf('/')) : '');

/**
 * Lists the built pages that carry `data-pagefind-body`, sorted by file, each with a hash of its
 * bytes. Pages without it (award lists, print views, the home page) are never indexed, nor parsed
 * only to be skipped.
 */
export async function indexablePages(siteDir: string): Promise<IndexablePage[]> {
  const scanner = new SitePageScanner(siteDir);
  await scanner.pass(true);
  return scanner.pages();
}
