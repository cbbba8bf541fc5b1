// Builds the index shards of a site in child processes: each reads the built pages of its dossiers,
// turns them and their awards into search entries and indexes them (index-shard.ts), so parsing
// and indexing run on every core and only the compact postings come back.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { replaceFile } from '../replace-file.ts';
import { answerTask, runInProcess } from '../worker-task.ts';
import { awardSearchEntry, SEARCH_FILTERS, unitSearchEntry, type PublishedAward } from './award-records.ts';
import { extractPage } from './extract-page.ts';
import { ENTRY_KINDS } from './format.ts';
import { indexShard } from './index-shard.ts';
import { encodeShard } from './shard-codec.ts';
import type { SearchEntry, SearchGroup } from './search-input.ts';
import { t } from '../i18n.ts';

/** One dossier of a shard: its marked pages, its awards, and the units whose 荣誉榜 it carries. */
export interface ShardGroup {
  id: string;
  /** Built pages, relative to the site folder with `/` separators. */
  files: string[];
  awards: PublishedAward[];
  units: Array<{ unit: string; dossierTitles: string[] }>;
}

/** What one worker indexes. */
export interface ShardJob {
  siteDir: string;
  groups: ShardGroup[];
  /** Where the encoded shard is kept for later builds, written as soon as it is encoded. */
  cacheFile?: string;
}

/** The address of a built page: `a/b/index.html` is `/a/b/`. */
export function pageUrl(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * The search entry of a built page, or undefined when no element carries the marker: the file was
 * listed because its text names the marker, as a page may name any word.
 */
function pageEntry(group: string, file: string, html: string): SearchEntry | undefined {
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

/** A built page's text, read from the site folder. */
function readPage(siteDir: string, file: string): string {
  try {
    return readFileSync(join(siteDir, file), 'utf8');
  } catch (error) {
    throw new Error(`搜索索引生成失败（读取 ${file}）：${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

/**
 * Indexes one shard and returns it encoded (index-shard.ts, shard-codec.ts), kept in `cacheFile`
 * when given. `read` gives a page's text; a caller that has read the pages already passes them.
 */
export async function buildShard(job: ShardJob, read: (file: string) => string = (file) => readPage(job.siteDir, file)): Promise<Uint8Array> {
  const groups: SearchGroup[] = [];
  const entries: SearchEntry[] = [];
  for (const group of job.groups) {
    const pages = group.files.map((file) => pageEntry(group.id, file, read(file))).filter((page) => page !== undefined);
    const awards = group.awards.map(awardSearchEntry);
    const units = group.units.map(({ unit, dossierTitles }) => unitSearchEntry(unit, group.id, dossierTitles));
    entries.push(...pages, ...awards, ...units);
    // Every entry of a dossier is also found by its unit's name and the dossier's title.
    const context = new Set<string>();
    for (const entry of [...pages, ...awards]) for (const name of [SEARCH_FILTERS.unit, SEARCH_FILTERS.dossier]) for (const value of entry.filters[name] ?? []) context.add(value);
    groups.push({ id: group.id, context: [...context] });
  }
  const order = new Map(groups.map((g, i) => [g.id, i]));
  const sorted = entries
    .map((entry, i) => ({ entry, i }))
    .sort((a, b) => ENTRY_KINDS.indexOf(a.entry.kind) - ENTRY_KINDS.indexOf(b.entry.kind) || order.get(a.entry.group)! - order.get(b.entry.group)! || a.i - b.i)
    .map(({ entry }) => entry);
  const encoded = encodeShard(indexShard(groups, sorted));
  // A build stopped mid-write must not leave a cut-off shard under the name the next build reads;
  // what it leaves instead goes with the sweep of the cache (build-index.ts).
  if (job.cacheFile) replaceFile(job.cacheFile, encoded);
  return encoded;
}

const ROLE = 'huazhang:search-shard';

/**
 * {@link buildShard} for each of `jobs`, one after the other, in one child process: a process
 * loads the indexing code once for many shards, so shards can be small (cheap to index again
 * after an edit) without a process started for each. A process, not a thread, because a thread's
 * memory stays with the build's process after the thread has ended: at 10,000 dossiers two threads
 * left 2.2 GB there, and the merge of the shards that followed took the build to its peak
 * (scripts/bench/README.md, "The index's shards indexed in processes"). A shard kept in the cache
 * is read back from its file rather than sent through the pipe.
 */
export async function buildShardsInProcess(jobs: readonly ShardJob[]): Promise<Uint8Array[]> {
  const sent = await runInProcess<Array<Uint8Array | null>>(new URL(import.meta.url), ROLE, jobs, '搜索索引');
  return sent.map((bytes, k) => bytes ?? readFileSync(jobs[k]!.cacheFile!));
}

await answerTask(ROLE, async (jobs: readonly ShardJob[]) => {
  const encoded: Array<Uint8Array | null> = [];
  for (const job of jobs) {
    const bytes = await buildShard(job);
    encoded.push(job.cacheFile ? null : bytes);
  }
  return encoded;
});
