// Astro's incremental build (astro.config.mjs `experimental.incrementalBuild`) keeps a copy of each
// keyed page in `<cacheDir>/dist/`, one per path, and a manifest of each path's key in
// `<cacheDir>/incremental-build.json`. It overwrites a path's copy as soon as it renders the path
// and writes the manifest only once every page is done. A build stopped in between (the check
// rejected the content, Astro failed, the process was killed) leaves copies of pages rendered from
// the new content under the old manifest's keys; once the content is back to what the manifest
// describes (an editor undoes a bad edit), Astro would publish those copies: a page from content
// that is no longer there. This guard deletes such copies, so Astro renders those paths again.
import { existsSync } from 'node:fs';
import { lstat, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { mapWithLimit } from '../../src/lib/map-with-limit.ts';

/** Where Astro keeps its page copies and their manifest, under the cache folder given to `build()`. */
export const astroPageCache = (cacheDir: string) => ({ copies: join(cacheDir, 'dist'), manifest: join(cacheDir, 'incremental-build.json') });

/** Present while a build may be writing page copies; a build that finds it knows an earlier one stopped. */
const unfinishedMark = (cacheDir: string) => join(cacheDir, 'incremental-build.unfinished');

// Files looked at once; more gains nothing and risks running out of file handles.
const STAT_LIMIT = 64;

/**
 * Guards Astro's page cache over one build: {@link PageCacheGuard.open} before Astro starts,
 * {@link PageCacheGuard.close} once its process has exited.
 */
export class PageCacheGuard {
  readonly #cacheDir: string;
  /** The file system's clock when the guard opened, in nanoseconds: the change time of its mark. */
  readonly since: bigint;

  private constructor(cacheDir: string, since: bigint) {
    this.#cacheDir = cacheDir;
    this.since = since;
  }

  /**
   * Notes when Astro starts, by the clock that stamps the page copies: the change time of the mark
   * this writes. Nothing is scanned here, so Astro does not wait for thousands of copies to be
   * looked at before a rebuild. When an earlier build stopped without closing its guard (its own
   * process was killed), what it changed is not known, so the manifest is deleted and Astro
   * renders every page once.
   */
  static async open(cacheDir: string): Promise<PageCacheGuard> {
    const { manifest } = astroPageCache(cacheDir);
    const mark = unfinishedMark(cacheDir);
    if (existsSync(mark)) await rm(manifest, { force: true });
    await mkdir(cacheDir, { recursive: true });
    await writeFile(mark, `${process.pid}\n`);
    return new PageCacheGuard(cacheDir, (await lstat(mark, { bigint: true })).ctimeNs);
  }

  /**
   * Ends the guard. When Astro did not finish (`finished` false), every copy written or replaced
   * since {@link open} is deleted: the manifest still describes the copies from before, and those
   * are untouched. A copy stamped in the same tick as the mark is deleted too; that costs one page
   * rendered again, never a stale page. Returns how many copies were deleted.
   */
  async close(finished: boolean): Promise<number> {
    let deleted = 0;
    if (!finished) {
      for (const [file, changed] of await changeTimes(astroPageCache(this.#cacheDir).copies)) {
        if (changed < this.since) continue;
        await rm(file, { force: true });
        deleted++;
      }
    }
    await rm(unfinishedMark(this.#cacheDir), { force: true });
    return deleted;
  }
}

/** Every file under `dir` with its change time in nanoseconds (a file gone meanwhile is left out). */
async function changeTimes(dir: string): Promise<Map<string, bigint>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const files = entries.filter((entry) => !entry.isDirectory()).map((entry) => join(entry.parentPath, entry.name));
  const stats = await mapWithLimit(files, STAT_LIMIT, async (file) => (await lstat(file, { bigint: true }).catch(() => undefined))?.ctimeNs);
  return new Map(files.flatMap((file, i) => (stats[i] === undefined ? [] : [[file, stats[i]] as const])));
}
