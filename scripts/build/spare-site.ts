// Reusing the site a build replaced as the folder the next build writes into. A rebuild of 1,000
// dossiers publishes some 18,600 files, nearly all the same as before. Copying the 9,000 pages
// whose keys are unchanged into an empty folder took most of a one-edit rebuild's page rendering,
// and creating files is slower still on a file system that has just deleted the site before.
// Instead the replaced site is kept as the spare, with Astro's record of the pages in it, and the
// next build starts from it: Astro leaves a page that is already in its folder when the page's key
// is the one recorded for the published site, and writes the others over the old files.
//
// A spare is only as good as the record of what its files hold. Before Astro starts, every page
// file that Astro may leave is deleted unless the spare's record shows the same key and code for
// it as the published site's record, which Astro reads as its previous build's
// ({@link startFromPublished}); Astro then restores it from the published site, or writes it
// again. After Astro, every file that the build
// neither wrote nor kept as a recorded page is deleted, before the index reads the pages. The
// search index has a record of its own, of every file's bytes, size and time of change as its
// writer left them (`src/lib/search/index-files.ts`): with it, the writer leaves the files that
// stay the same; without it, the spare's index goes whole. A third record holds every page as the
// index read it (`src/lib/search/site-pages.ts`), so that the next index reads only the pages
// written since.
import { existsSync, lstatSync, rmSync } from 'node:fs';
import { copyFile, lstat, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { deleteFilesUnder } from '../../src/lib/delete-files.ts';
import { filesUnder } from '../../src/lib/files-under.ts';
import type { IndexRecord } from '../../src/lib/search/index-files.ts';
import { readFilesRead } from '../../src/lib/file-state.ts';
import { isJsonObject, readJsonRecord } from '../../src/lib/json-record.ts';
import type { PageDigests } from '../../src/lib/search/site-pages.ts';
import { astroPageRecord, pageFile } from './astro-page-record.ts';

/** A spare taken into a build's staging folder. */
export interface TakenSpare {
  /**
   * The record of the search index in it, as the build that wrote the index returned it; when
   * there is none, the spare's index is not to be trusted, and the build replaces it whole.
   */
  index?: IndexRecord;
  /** Its pages as the index of the build that wrote them read them, when that was recorded. */
  pages?: PageDigests;
}

/** What a build records of the site it publishes, for when that site comes back as a spare. */
export interface SiteRecords {
  /** Its search index's files ({@link TakenSpare.index}). */
  index?: IndexRecord | undefined;
  /** Its pages as its index read them ({@link TakenSpare.pages}). */
  pages?: PageDigests | undefined;
}

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

/**
 * Where each site's records are kept while it is published, by the site's folder: Astro's of its
 * pages, the search index's of its files, and the index's of the pages it read.
 */
function publishedRecords(cacheDir: string, outDir: string) {
  const key = join(cacheDir, 'published-sites', createHash('sha1').update(outDir).digest('hex').slice(0, 12));
  return recordFiles(key);
}

/**
 * Readies Astro's record of its previous build before Astro starts: the record of the site
 * published in `outDir`, whose pages Astro's process restores (astro-page-record.ts), or none
 * when there is no published site or no record of it, and Astro then renders every page. Returns
 * the file system's clock in nanoseconds once done: whatever Astro and the index write after it
 * is this build's ({@link sweepSpare}).
 */
export async function startFromPublished(cacheDir: string, outDir: string): Promise<bigint> {
  const { manifest } = astroPageRecord(cacheDir);
  const published = publishedRecords(cacheDir, outDir).pages;
  await mkdir(cacheDir, { recursive: true });
  if (existsSync(outDir) && existsSync(published)) await copyFile(published, manifest);
  else await rm(manifest, { force: true });
  // The clock that stamps the files the build writes, read from a file of this build's own.
  const stamp = join(cacheDir, `build-started-${process.pid}`);
  await writeFile(stamp, '');
  const { ctimeNs } = await lstat(stamp, { bigint: true });
  await rm(stamp, { force: true });
  return ctimeNs;
}

/** The three records of a site, named from `stem`. */
const recordFiles = (stem: string) => ({ pages: `${stem}.json`, index: `${stem}.search-index.json`, read: `${stem}.pages-read.json` });

/** The names of a spare's records beside its `site` folder. */
const SPARE_RECORDS = { pages: 'pages.json', index: 'search-index.json', read: 'pages-read.json' };

const readRecord = (file: string) => readJsonRecord<PageRecord>(file, (value) => isJsonObject(value) && isJsonObject(value.routes));
const readIndexRecord = (file: string) => readJsonRecord<IndexRecord>(file);

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
 * Moves the spare into `staging` for this build to write into, and returns what it holds;
 * undefined when there is no spare (a first build, or one that follows a failed build), and
 * `staging` does not exist. Every page file Astro may keep because its key is unchanged since the
 * published site was built is deleted unless the spare's record shows the same key and code for
 * it: call {@link startFromPublished} first. Taking the
 * spare is one rename, so two builds never take the same one.
 */
export async function takeSpare(trash: string, cacheDir: string, staging: string): Promise<TakenSpare | undefined> {
  const taken = `${spareFolder(trash)}-${process.pid}`;
  try {
    await rename(spareFolder(trash), taken);
  } catch {
    return undefined;
  }
  // What is left of the taken folder goes at the end: the records, or the whole spare when it
  // cannot be made true, and the build then starts from an empty folder, as a first one does.
  try {
    const spare = readRecord(join(taken, SPARE_RECORDS.pages));
    if (!spare) return undefined;
    const latest = readRecord(astroPageRecord(cacheDir).manifest);
    for (const [route, { paths }] of Object.entries(latest?.routes ?? {})) {
      for (const [path, entry] of Object.entries(paths)) {
        if (!samePage(spare, latest!, route, path)) rmSync(join(taken, 'site', pageFile(entry.outputFile)), { force: true });
      }
    }
    const index = readIndexRecord(join(taken, SPARE_RECORDS.index));
    const pages: PageDigests | undefined = readFilesRead(join(taken, SPARE_RECORDS.read));
    await rename(join(taken, 'site'), staging);
    return { ...(index ? { index } : {}), ...(pages ? { pages } : {}) };
  } catch {
    return undefined;
  } finally {
    await rm(taken, { recursive: true, force: true }).catch(() => undefined);
  }
}

/**
 * Deletes from a site built in a spare every file that this build neither wrote (changed since
 * `since`, the file system's clock in nanoseconds when the build started) nor kept as a page in
 * Astro's latest record, and then every folder left empty. The folder `leave` (the search index,
 * which its own writer brings up to date) is left alone. Returns how many files went.
 */
export function sweepSpare(site: string, cacheDir: string, since: bigint, leave?: string): number {
  const kept = recordedFiles(readRecord(astroPageRecord(cacheDir).manifest) ?? { routes: {} });
  const unwritten = filesUnder(site, leave).flatMap((file) => {
    // Recorded pages are named with the platform's separators (pageFile), which `join` gives.
    if (kept.has(join(file))) return [];
    const path = join(site, file);
    return lstatSync(path, { bigint: true }).ctimeNs < since ? [path] : [];
  });
  return deleteFilesUnder(site, unwritten);
}

/** The records of a site being replaced, moved aside by {@link retirePublished}: the files that were there. */
type RetiredRecords = Partial<ReturnType<typeof recordFiles>>;

/** Moves the records of the site published in `outDir` aside, and returns where those that existed went. */
async function retirePublished(cacheDir: string, outDir: string): Promise<RetiredRecords> {
  const published = publishedRecords(cacheDir, outDir);
  const before = recordFiles(join(dirname(published.pages), `${process.pid}-${Date.now()}`));
  const retired: RetiredRecords = {};
  for (const kind of ['pages', 'index', 'read'] as const) {
    if (existsSync(published[kind]) && (await rename(published[kind], before[kind]).then(() => true, () => false))) retired[kind] = before[kind];
  }
  return retired;
}

/**
 * Publishes a site in `outDir` with `swap`, which puts it there and returns where the site it
 * replaced went (if there was one); then notes that the site holds the pages of Astro's latest
 * record, and the search index and pages read of `site`, and keeps the replaced site as the spare
 * when its record is known and no other build left a spare. The published site's records are
 * moved aside before the swap and written after it: a build stopped in between (or whose swap
 * fails, which this passes on) leaves a site with no records rather than another site's, and the
 * next build renders every page and keeps no spare. Returns whether the replaced site was kept;
 * one that was not stays where `swap` put it, for the caller to discard.
 */
export async function publishKeepingSpare(swap: () => Promise<string | undefined>, outDir: string, trash: string, cacheDir: string, site: SiteRecords = {}): Promise<boolean> {
  const before = await retirePublished(cacheDir, outDir).catch((): RetiredRecords => ({}));
  const replaced = await swap();
  return keepSpare(replaced, before, outDir, trash, cacheDir, site).catch(() => false);
}

/** The records of the site just swapped in, and the spare made of `replaced` ({@link publishKeepingSpare}). */
async function keepSpare(replaced: string | undefined, before: RetiredRecords, outDir: string, trash: string, cacheDir: string, site: SiteRecords): Promise<boolean> {
  const published = publishedRecords(cacheDir, outDir);
  await mkdir(dirname(published.pages), { recursive: true });
  // A record that cannot be written is left out: the next build then starts as a first one does.
  const record = (file: string, write: () => Promise<void>) => write().catch(() => rm(file, { force: true }));
  const value = (file: string, kept: object | undefined) => () => (kept ? writeFile(file, JSON.stringify(kept)) : rm(file, { force: true }));
  await Promise.all([
    record(published.pages, () => copyFile(astroPageRecord(cacheDir).manifest, published.pages)),
    record(published.index, value(published.index, site.index)),
    record(published.read, value(published.read, site.pages)),
  ]);
  if (!replaced || !before.pages || existsSync(spareFolder(trash))) {
    await Promise.all(Object.values(before).map((file) => rm(file, { force: true })));
    return false;
  }
  const making = `${spareFolder(trash)}-${process.pid}-new`;
  await mkdir(making, { recursive: true });
  await rename(before.pages, join(making, SPARE_RECORDS.pages));
  if (before.index) await rename(before.index, join(making, SPARE_RECORDS.index));
  if (before.read) await rename(before.read, join(making, SPARE_RECORDS.read));
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
