// Writes Pagefind bundles on worker threads. Each worker thread loads its own copy of Pagefind's
// Node API and so drives its own Pagefind process: bundles are written side by side on every core
// (Pagefind writes an index on one thread), and each process's memory ends with its bundle.
import * as pagefind from 'pagefind';
import type { CustomRecord, PagefindIndex } from 'pagefind';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { mapWithLimit } from '../map-with-limit.ts';
import { INDEX_LANGUAGE, spaceWords, spaceWordsInHtml } from './segment.ts';
import { answerInWorker, runInWorker } from '../worker-task.ts';
import type { IndexablePage } from './site-pages.ts';

/** One bundle to write: pages of the built site, custom records, or both. */
export interface BundleJob {
  siteDir: string;
  pages: readonly IndexablePage[];
  records: readonly CustomRecord[];
  outputPath: string;
}

function check(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`搜索索引生成失败（${step}）：${errors.join('; ')}`);
}

// Requests to the Pagefind process are sent in batches rather than one round trip at a time; the
// process handles them in order, and the batch bounds what waits in the pipe.
const BATCH = 64;

/** Copies the pages into `into` with their text cut into words, for Pagefind to read. */
async function writeCutPages(siteDir: string, pages: readonly IndexablePage[], into: string): Promise<void> {
  await mapWithLimit(pages, 16, async (page) => {
    const target = join(into, page.file);
    await mkdir(dirname(target), { recursive: true });
    const html = await readFile(join(siteDir, page.file), 'utf8').catch((error: NodeJS.ErrnoException) => {
      throw new Error(`搜索索引生成失败（读取 ${page.file}）：${error.code ?? error.message}`);
    });
    await writeFile(target, spaceWordsInHtml(html));
  });
}

// Pagefind reads and parses the pages itself, on every core, which is much faster than sending
// their HTML through its pipe one file at a time. Every listed page must come out indexed.
async function addPages(index: PagefindIndex, siteDir: string, pages: readonly IndexablePage[]): Promise<void> {
  if (pages.length === 0) return;
  const cut = await mkdtemp(join(tmpdir(), 'huazhang-index-'));
  try {
    await writeCutPages(siteDir, pages, cut);
    await addCutPages(index, cut, pages);
  } finally {
    await rm(cut, { recursive: true, force: true });
  }
}

// The folder holds exactly the listed pages, so Pagefind reads all of it.
async function addCutPages(index: PagefindIndex, folder: string, pages: readonly IndexablePage[]): Promise<void> {
  const added = await index.addDirectory({ path: folder });
  check('addDirectory', added.errors);
  if (added.page_count !== pages.length) check('addDirectory', [`应索引 ${pages.length} 个页面，实际 ${added.page_count} 个`]);
}

async function addRecords(index: PagefindIndex, records: readonly CustomRecord[]): Promise<void> {
  for (let i = 0; i < records.length; i += BATCH) {
    const batch = records.slice(i, i + BATCH);
    const added = await Promise.all(batch.map((record) => index.addCustomRecord({ ...record, content: spaceWords(record.content) })));
    added.forEach((result, j) => check(`addCustomRecord ${batch[j]!.url}`, result.errors));
  }
}

/**
 * Writes one bundle with this thread's Pagefind process, checking every call's errors, and closes
 * the process, so a failed index fails the build instead of shipping a silently empty search.
 */
export async function writeBundle(job: BundleJob): Promise<void> {
  try {
    const created = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });
    check('createIndex', created.errors);
    const index = created.index!;
    await addPages(index, job.siteDir, job.pages);
    await addRecords(index, job.records);
    check('writeFiles', (await index.writeFiles({ outputPath: job.outputPath })).errors);
  } finally {
    await pagefind.close();
  }
}

const ROLE = 'huazhang:search-bundle';

const writeBundleInWorker = (job: BundleJob) => runInWorker<void>(new URL(import.meta.url), ROLE, job, '搜索索引');

/**
 * Writes the bundles, `concurrency` at a time, each on its own worker thread and Pagefind process.
 * A failure is thrown once every started bundle has finished, so nothing writes into a folder the
 * caller is already cleaning up.
 */
export async function writeBundles(jobs: readonly BundleJob[], concurrency: number): Promise<void> {
  const failures = await mapWithLimit(jobs, Math.max(1, concurrency), (job) => writeBundleInWorker(job).then(() => undefined, (error: unknown) => error));
  const failure = failures.find((f) => f !== undefined);
  if (failure !== undefined) throw failure;
}

await answerInWorker(ROLE, writeBundle);
