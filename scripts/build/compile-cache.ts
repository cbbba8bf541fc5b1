// Keeps Node's compile cache from growing with every build. Node stores the compiled code of each
// module a build loads, one entry per module path, rewritten when the module's text changes, and
// never deletes an entry. Astro's process loads the pages it has just bundled from the build's own
// staging folder (a new path every build) and its config under a new query string, so each build
// adds entries that no later build reads: about 50 entries and half a megabyte for the shipped
// site, 7.5 MB at 1,000 dossiers (the bundled content is one module).
import { mkdir, readdir, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32 } from 'node:zlib';
import { mapWithLimit } from '../../src/lib/map-with-limit.ts';

// The folder's rule lives in plain JavaScript, which the preload that turns the cache on can read.
export { compileCacheFolder } from './compile-cache-folder.mjs';

/** The file whose modification time says when the latest build began; beside Node's own folders in the cache. */
const LAST_BUILD = '.last-build';

/**
 * How long the file system may leave an entry's access time as it was after reading it: Linux's
 * default (`relatime`) records a read only when the last recorded one is older than the entry's
 * text or than a day.
 */
const READS_RECORDED_WITHIN_MS = 24 * 60 * 60 * 1000;

/**
 * Deletes the entries of the compile cache in `dir` that the previous build did not read: that
 * build loaded whatever modules a build loads, so what it left unread belongs to a module gone or
 * renamed, such as its own staging folder's pages. An entry written since that build began is
 * kept for the next to read. Then notes that a build is starting. Whether an entry was read comes
 * from its access time: one never read since it was written has an access time no later than its
 * modification time, and one the previous build read has an access time within a day of that
 * build's start ({@link READS_RECORDED_WITHIN_MS}). Where reads are never recorded (`noatime`),
 * the cache keeps only what the latest builds wrote. All times come from the file system's clock,
 * never the process's. Returns how many files went; never throws, as a cache that cannot be
 * tidied only takes more room.
 */
export async function pruneCompileCache(dir: string): Promise<number> {
  const mark = join(dir, LAST_BUILD);
  try {
    const previous = await stat(mark).then(
      (found) => found.mtimeMs,
      () => undefined,
    );
    await mkdir(dir, { recursive: true });
    await writeFile(mark, '');
    if (previous === undefined) return 0;
    const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile() && !(entry.parentPath === dir && entry.name === LAST_BUILD))
      .map((entry) => join(entry.parentPath, entry.name));
    const removed = await mapWithLimit(files, 16, async (file) => {
      const found = await stat(file).catch(() => undefined);
      if (!found || found.mtimeMs >= previous) return false;
      const read = found.atimeMs > found.mtimeMs && found.atimeMs >= previous - READS_RECORDED_WITHIN_MS;
      if (read) return false;
      return unlink(file).then(
        () => true,
        () => false,
      );
    });
    return removed.filter(Boolean).length;
  } catch {
    return 0;
  }
}

/**
 * The entries Node keeps for a module loaded as each format: a byte for the kind of code, and
 * whether the module is named by its path or its URL. A TypeScript module has two: its text with the
 * types stripped, and the compiled code of that text as an ES module.
 */
const ENTRY_KINDS: Readonly<Record<string, readonly { kind: number; name: 'path' | 'url' }[]>> = {
  commonjs: [{ kind: 0, name: 'path' }],
  module: [{ kind: 1, name: 'url' }],
  'module-typescript': [
    { kind: 1, name: 'url' },
    { kind: 2, name: 'url' },
  ],
};

/**
 * The names of the entries in which Node keeps what it compiled of the module at `url`, loaded as
 * `format`, inside the folder Node reports for a process (`getCompileCacheDir()`); none for a
 * format Node keeps nothing for (JSON, built-in modules, add-ons) or one not listed above. Node
 * names an entry by the CRC-32 of a byte for the kind of code followed by the module's path
 * (CommonJS) or URL (ES modules, TypeScript). That is Node's own layout, not an interface it
 * promises: a name that no longer matches only means a file not read ahead, and
 * `tests/scripts/build/compile-cache.test.ts` compares the names with the entries the pinned Node
 * writes.
 */
export function compiledCodeEntries(url: string, format: string | null | undefined): string[] {
  if (!url.startsWith('file:')) return [];
  return (ENTRY_KINDS[format ?? ''] ?? []).map(({ kind, name }) => {
    const key = crc32(Buffer.from(name === 'url' ? url : fileURLToPath(url)), crc32(Uint8Array.of(kind)));
    return key.toString(16).padStart(8, '0');
  });
}
