// Replacing dist/ without waiting for the old site to be deleted. A rebuild of 1,000 dossiers
// replaces some 23,500 files; deleting them took seconds at the end of every build. Instead the old
// site is renamed into a trash folder (one rename, atomic on the same file system) and the next
// build empties the trash while Astro runs.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { constants, setPriority } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

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
 */
export async function swapIn(staging: string, outDir: string, trash: string): Promise<void> {
  if (existsSync(outDir)) await discard(outDir, trash);
  await rename(staging, outDir);
}

let discarded = 0;

/** Moves a folder into the trash, to be deleted by {@link emptyTrash}. */
export async function discard(folder: string, trash: string): Promise<void> {
  await mkdir(trash, { recursive: true });
  // Unique across processes (the id) and within one (the count), even within a millisecond.
  await rename(folder, join(trash, `${basename(folder)}-${process.pid}-${Date.now()}-${discarded++}`));
}

/**
 * Deletes what earlier builds put in the trash, after moving into it the staging folders and
 * old sites that builds which were stopped (killed, or the machine went down) left beside
 * `outDir`. A folder is taken only when the build that made it is no longer running. Never
 * throws: what cannot be deleted now is deleted by a later build. Returns how many folders went.
 */
export async function emptyTrash(outDir: string, trash: string): Promise<number> {
  try {
    const beside = await readdir(dirname(outDir)).catch(() => [] as string[]);
    for (const name of beside) {
      const owner = STAGING.exec(name)?.[1] ?? (name.startsWith(`${basename(outDir)}.`) ? OLD_SIBLING.exec(name)?.[1] : undefined);
      if (owner !== undefined && !isRunning(Number(owner))) await discard(join(dirname(outDir), name), trash).catch(() => undefined);
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
 * {@link emptyTrash} in a process of the lowest priority (`empty-trash-child.ts`), so that
 * deleting old sites only takes a core the build leaves idle. Resolves with how many folders went
 * once that process has exited; never rejects: what is not deleted now is deleted by a later build.
 */
export function emptyTrashAside(outDir: string, trash: string): Promise<number> {
  return new Promise((resolve) => {
    const script = fileURLToPath(new URL('./empty-trash-child.ts', import.meta.url));
    // No inherited Node flags: a profiler or a heap size meant for the build is not meant for this.
    const child = execFile(process.execPath, [script, outDir, trash], { encoding: 'utf8' }, (error, stdout) => resolve(error ? 0 : Number(stdout) || 0));
    try {
      if (child.pid !== undefined) setPriority(child.pid, constants.priority.PRIORITY_LOW);
    } catch {
      // A system that does not let the build lower a process's priority deletes at the normal one.
    }
  });
}
