// Replacing dist/ without waiting for the old site to be deleted. A rebuild of 1,000 dossiers
// replaces some 23,500 files; deleting them took seconds at the end of every build. Instead the old
// site is renamed into a trash folder (one rename, atomic on the same file system), and a process
// of its own empties the trash once the build has written everything and swapped the new site in.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { constants, setPriority } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spareLeftBy } from './spare-site.ts';

/** The name of a build's staging folder, beside the site it will replace. */
const STAGING = /^\.dist-staging-(\d+)$/;
/** What builds that were stopped before the swap finished left beside a site in earlier versions. */
const OLD_SIBLING = /\.old-(\d+)$/;

/**
 * The staging folder of the build running in this process: beside `outDir`, so that the swap is a
 * rename on the same file system, and hidden, so an editor looking at the project sees only dist/.
 */
export function stagingFolder(outDir: string): string {
  return join(dirname(outDir), `.dist-staging-${process.pid}`);
}

/**
 * Where replaced and abandoned sites wait to be deleted: `old-sites` in the build's cache folder
 * (under node_modules/.astro/) when that is on the same file system as the site, otherwise a
 * hidden folder beside the site, since only a rename on one file system is instant and atomic.
 */
export async function trashFolder(outDir: string, cacheDir: string): Promise<string> {
  const inCache = join(cacheDir, 'old-sites');
  // The folder the site goes in may not exist yet, on a first build into a new place.
  await Promise.all([mkdir(inCache, { recursive: true }), mkdir(dirname(outDir), { recursive: true })]);
  const [site, cache] = await Promise.all([stat(dirname(outDir)), stat(inCache)]);
  return site.dev === cache.dev ? inCache : join(dirname(outDir), '.dist-old');
}

/**
 * Puts the finished site in `staging` where `outDir` is and the site it replaces in `trash`. Both
 * steps are renames: dist/ is always either the old site or the new one, never half of either.
 * Returns where the replaced site went, if there was one.
 */
export async function swapIn(staging: string, outDir: string, trash: string): Promise<string | undefined> {
  const replaced = existsSync(outDir) ? await discard(outDir, trash) : undefined;
  await rename(staging, outDir);
  return replaced;
}

let discarded = 0;

/** Moves a folder into the trash, to be deleted by {@link emptyTrash}, and returns where it went. */
export async function discard(folder: string, trash: string): Promise<string> {
  await mkdir(trash, { recursive: true });
  // Unique across processes (the id) and within one (the count), even within a millisecond.
  const into = join(trash, `${basename(folder)}-${process.pid}-${Date.now()}-${discarded++}`);
  await rename(folder, into);
  return into;
}

/**
 * Deletes what builds put in the trash, after moving into it the staging folders and old sites
 * that builds which were stopped (killed, or the machine went down) left beside `outDir`, and the
 * spares they were taking or keeping beside the trash. A
 * folder is taken only when the build that made it is no longer running. Never throws: what
 * cannot be deleted now is deleted after a later build. Returns how many folders went.
 */
export async function emptyTrash(outDir: string, trash: string): Promise<number> {
  try {
    const beside = await readdir(dirname(outDir)).catch(() => [] as string[]);
    for (const name of beside) {
      const owner = leftBy(outDir, name);
      if (owner !== undefined && !isRunning(owner)) await discard(join(dirname(outDir), name), trash).catch(() => undefined);
    }
    for (const name of await readdir(dirname(trash)).catch(() => [] as string[])) {
      const owner = spareLeftBy(trash, name);
      if (owner !== undefined && !isRunning(owner)) await discard(join(dirname(trash), name), trash).catch(() => undefined);
    }
    const entries = await readdir(trash).catch(() => [] as string[]);
    let removed = 0;
    for (const name of entries) {
      await rm(join(trash, name), { recursive: true, force: true }).then(
        () => removed++,
        () => undefined,
      );
    }
    return removed;
  } catch {
    return 0;
  }
}

/** The process id of the build that left the folder `name` beside `outDir`; undefined for any other folder. */
function leftBy(outDir: string, name: string): number | undefined {
  const owner = STAGING.exec(name)?.[1] ?? (name.startsWith(`${basename(outDir)}.`) ? OLD_SIBLING.exec(name)?.[1] : undefined);
  return owner === undefined ? undefined : Number(owner);
}

/** Whether a process with this id exists; one owned by another user still counts. */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Starts {@link emptyTrash} in a process of the lowest priority (`empty-trash-child.ts`) that
 * outlives the build, and returns without waiting for it; undefined when there is nothing to
 * delete. It is started once the build has written its files, not while it writes them: on a file
 * system that keeps recently freed inodes from being reused (ext4 without a journal), creating a
 * file while thousands were just deleted means stepping over each of them: in a rebuild that
 * deleted the site it replaced, a tenth to a fifth of all CPU samples went there, in Astro's page
 * copies and the index's writes. Never throws: what is not deleted now is deleted after a later
 * build.
 */
export function emptyTrashLater(outDir: string, trash: string): ChildProcess | undefined {
  if (!hasTrash(outDir, trash)) return undefined;
  const script = fileURLToPath(new URL('./empty-trash-child.ts', import.meta.url));
  try {
    // No inherited Node flags: a profiler or a heap size meant for the build is not meant for this.
    // Its own process group, so that stopping the build from the terminal does not stop it.
    const child = spawn(process.execPath, [script, outDir, trash], { detached: true, stdio: 'ignore' });
    child.on('error', () => undefined);
    try {
      if (child.pid !== undefined) setPriority(child.pid, constants.priority.PRIORITY_LOW);
    } catch {
      // A system that does not let the build lower a process's priority deletes at the normal one.
    }
    child.unref();
    return child;
  } catch {
    return undefined;
  }
}

/** Whether the trash holds anything, or a stopped build left a folder beside the site or the trash. */
function hasTrash(outDir: string, trash: string): boolean {
  try {
    if (existsSync(trash) && readdirSync(trash).length > 0) return true;
    if (readdirSync(dirname(outDir)).some((name) => leftBy(outDir, name) !== undefined)) return true;
    return readdirSync(dirname(trash)).some((name) => spareLeftBy(trash, name) !== undefined);
  } catch {
    return false;
  }
}
