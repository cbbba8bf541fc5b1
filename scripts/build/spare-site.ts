// Reusing the site a build replaced as the folder the next build writes into. A rebuild of 1,000
// dossiers publishes some 18,600 files, nearly all the same as before. Copying Astro's 9,000 kept
// pages into an empty folder took most of a one-edit rebuild's page rendering, and creating files
// is slower still on a file system that has just deleted the site before. Instead the replaced
// site is kept as the spare, with Astro's record of the pages in it, and the next build starts
// from it: Astro leaves a page that is already in its folder when the page's key is the one it
// recorded last, and writes the others over the old files.
//
// A spare is only as good as the record of what its files hold. Before Astro starts, every page
// file that Astro may leave is deleted unless the spare's record shows the same key and code for
// it as Astro's latest record (Astro then writes it again). After Astro, every file that the build
// neither wrote nor kept as a recorded page is deleted, before the index reads the pages.
import { existsSync, lstatSync, readdirSync, readFileSync, rmdirSync, rmSync, unlinkSync } from 'node:fs';
import { copyFile, mkdir, rename, rm } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { basename, dirname, join, sep } from 'node:path';
import { astroPageCache } from './page-cache-guard.ts';

/** Astro's record of the pages it built (`incremental-build.json`), as far as a spare needs it. */
interface PageRecord {
  routes: Record<string, { dependencyHash: string; paths: Record<string, { outputFile: string } & Record<string, unknown>> }>;
}

/** The folder that holds the spare: beside the trash, so on the same file system as the site. */
const spareFolder = (trash: string) => `${trash}-spare`;

/**
 * The process id of the build that left the folder `name` beside the trash while it took or kept
 * a spare (it was stopped in between); undefined for any other folder.
 */
export function spareLeftBy(trash: string, name: string): number | undefined {
  const prefix = `${basename(spareFolder(trash))}-`;
  const owner = name.startsWith(prefix) ? /^(\d+)(?:-new)?$/.exec(name.slice(prefix.length))?.[1] : undefined;
  return owner === undefined ? undefined : Number(owner);
}

/** Where each site's record is kept while it is published, by the site's folder. */
const publishedRecord = (cacheDir: string, outDir: string) => join(cacheDir, 'published-sites', `${createHash('sha1').update(outDir).digest('hex').slice(0, 12)}.json`);

function readRecord(file: string): PageRecord | undefined {
  try {
    const record = JSON.parse(readFileSync(file, 'utf8')) as PageRecord;
    return typeof record.routes === 'object' && record.routes !== null ? record : undefined;
  } catch {
    return undefined;
  }
}

/** A recorded page's file, relative to the site, with the platform's separators. */
const pageFile = (outputFile: string) => outputFile.split('/').map(decodeURIComponent).join(sep);

/** Every page file Astro recorded, relative to the site. */
function recordedFiles(record: PageRecord): Set<string> {
  const files = new Set<string>();
  for (const route of Object.values(record.routes)) for (const entry of Object.values(route.paths)) files.add(pageFile(entry.outputFile));
  return files;
}

/** Whether a page's entry, with its route's code, is the same in both records. */
function samePage(a: PageRecord, b: PageRecord, route: string, path: string): boolean {
  const before = a.routes[route];
  const after = b.routes[route];
  if (!before || !after || before.dependencyHash !== after.dependencyHash) return false;
  return JSON.stringify(before.paths[path]) === JSON.stringify(after.paths[path]);
}

/**
 * Moves the spare into `staging` for this build to write into, and returns true; false when there
 * is no spare (a first build, or one that follows a failed build), and `staging` does not exist.
 * Every page file Astro may keep because its key is unchanged since the last build is deleted
 * unless the spare's record shows the same key and code for it. Taking the spare is one rename,
 * so two builds never take the same one.
 */
export async function takeSpare(trash: string, cacheDir: string, staging: string): Promise<boolean> {
  const taken = `${spareFolder(trash)}-${process.pid}`;
  try {
    await rename(spareFolder(trash), taken);
  } catch {
    return false;
  }
  // What is left of the taken folder goes at the end: the record, or the whole spare when it
  // cannot be made true, and the build then starts from an empty folder, as a first one does.
  try {
    const spare = readRecord(join(taken, 'pages.json'));
    if (!spare) return false;
    const latest = readRecord(astroPageCache(cacheDir).manifest);
    for (const [route, { paths }] of Object.entries(latest?.routes ?? {})) {
      for (const [path, entry] of Object.entries(paths)) {
        if (!samePage(spare, latest!, route, path)) rmSync(join(taken, 'site', pageFile(entry.outputFile)), { force: true });
      }
    }
    await rename(join(taken, 'site'), staging);
    return true;
  } catch {
    return false;
  } finally {
    await rm(taken, { recursive: true, force: true }).catch(() => undefined);
  }
}

/**
 * Deletes from a site built in a spare every file that this build neither wrote (changed since
 * `since`, the file system's clock in nanoseconds when the build started) nor kept as a page in
 * Astro's latest record, and then every folder left empty. Returns how many files went.
 */
export function sweepSpare(site: string, cacheDir: string, since: bigint): number {
  const kept = recordedFiles(readRecord(astroPageCache(cacheDir).manifest) ?? { routes: {} });
  const emptied = new Set<string>();
  let deleted = 0;
  for (const entry of readdirSync(site, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    if (entry.isDirectory() || kept.has(path.slice(site.length + 1))) continue;
    if (lstatSync(path, { bigint: true }).ctimeNs >= since) continue;
    unlinkSync(path);
    deleted++;
    for (let folder = entry.parentPath; folder.length > site.length; folder = dirname(folder)) emptied.add(folder);
  }
  // Longest path first, so a folder is tried after the folders in it.
  for (const folder of [...emptied].sort((a, b) => b.length - a.length)) {
    try {
      rmdirSync(folder);
    } catch {
      // Not empty: it holds files this build wrote or kept.
    }
  }
  return deleted;
}

/**
 * Notes that the site just swapped into `outDir` holds the pages of Astro's latest record, and
 * keeps `replaced`, the site it replaced, as the spare when its record is known and no other
 * build left a spare; returns false when `replaced` was not kept (the caller discards it).
 */
export async function keepSpare(replaced: string | undefined, outDir: string, trash: string, cacheDir: string): Promise<boolean> {
  const published = publishedRecord(cacheDir, outDir);
  const before = join(dirname(published), `${process.pid}-${Date.now()}.json`);
  await mkdir(dirname(published), { recursive: true });
  // The record of the site replaced, moved aside before the new site's takes its place.
  const hadRecord = existsSync(published) && (await rename(published, before).then(() => true, () => false));
  await copyFile(astroPageCache(cacheDir).manifest, published).catch(() => rm(published, { force: true }));
  if (!replaced || !hadRecord || existsSync(spareFolder(trash))) {
    await rm(before, { force: true });
    return false;
  }
  const making = `${spareFolder(trash)}-${process.pid}-new`;
  await mkdir(making, { recursive: true });
  await rename(before, join(making, 'pages.json'));
  await rename(replaced, join(making, 'site'));
  try {
    await rename(making, spareFolder(trash));
    return true;
  } catch {
    // Another build left a spare meanwhile: this one goes back to the caller.
    await rename(join(making, 'site'), replaced);
    await rm(making, { recursive: true, force: true });
    return false;
  }
}
