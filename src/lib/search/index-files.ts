// Writes files of the search index into its folder, on the calling thread or on a worker thread of
// their own, so that the build's thread can merge the index's keys while the entries' fragment
// files (58 MB in 3,825 files at 1,000 dossiers) are being written.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deleteFilesUnder } from '../delete-files.ts';
import { answerTask, ownBuffers, runInWorker } from '../worker-task.ts';

/** Index files by their paths relative to the index folder. */
export type IndexFiles = ReadonlyMap<string, Uint8Array | string>;

/** What one index file held when it was written, and its size and time of change on disk after. */
export interface WrittenFile {
  hash: string;
  size: number;
  mtimeNs: string;
}

/** Every file of an index folder as it was written, by path relative to the folder. */
export type IndexRecord = Record<string, WrittenFile>;

/** What {@link writeIndexFiles} did. */
export interface WrittenIndexFiles {
  /** Bytes the files hold, written or left. */
  bytes: number;
  /** Files written because they were new or had changed. */
  written: number;
  record: IndexRecord;
}

/** The file's size and time of change, as a record compares them. */
function onDisk(file: string): Pick<WrittenFile, 'size' | 'mtimeNs'> | undefined {
  const stats = statSync(file, { bigint: true, throwIfNoEntry: false });
  return stats ? { size: Number(stats.size), mtimeNs: String(stats.mtimeNs) } : undefined;
}

/**
 * Writes `files` into `dir`, creating the folders they need. With `previous`, the record of what
 * the folder held when an earlier build wrote it, a file whose bytes are the ones recorded and
 * whose size and time of change on disk are too is left as it is: after one edit at 1,000
 * dossiers, 22 of 9,647 files change, and writing the rest again, or into a new folder, cost
 * 0.3–1.9 s of a rebuild.
 */
export function writeIndexFiles(dir: string, files: IndexFiles, previous: IndexRecord = {}): WrittenIndexFiles {
  for (const folder of new Set([...files.keys()].map((path) => dirname(join(dir, path))))) mkdirSync(folder, { recursive: true });
  // Written one after the other, each at once: thousands of small files, which promises would
  // only queue on the thread pool.
  const record: IndexRecord = {};
  let bytes = 0;
  let written = 0;
  for (const [path, content] of files) {
    const data = typeof content === 'string' ? Buffer.from(content) : content;
    bytes += data.length;
    const hash = createHash('sha1').update(data).digest('hex');
    const file = join(dir, path);
    const was = previous[path];
    const now = was?.hash === hash ? onDisk(file) : undefined;
    if (now && now.size === was!.size && now.mtimeNs === was!.mtimeNs) {
      record[path] = was!;
      continue;
    }
    writeFileSync(file, data);
    written++;
    record[path] = { hash, ...onDisk(file)! };
  }
  return { bytes, written, record };
}

/**
 * Deletes from `dir` every file not named in `keep` (paths relative to it, with `/`), and the
 * folders left empty: what an earlier index in the same folder had and this one has not.
 */
export function removeOtherFiles(dir: string, keep: ReadonlySet<string>): void {
  const kept = new Set([...keep].map((path) => join(dir, path)));
  const others = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => !kept.has(path));
  deleteFilesUnder(dir, others);
}

const ROLE = 'huazhang:write-index-files';

/**
 * {@link writeIndexFiles} on a worker thread. Byte arrays with a buffer of their own are handed
 * over rather than copied; a text is copied.
 */
export function writeIndexFilesInWorker(dir: string, files: IndexFiles, previous: IndexRecord = {}): Promise<WrittenIndexFiles> {
  return runInWorker<WrittenIndexFiles>(new URL(import.meta.url), ROLE, { dir, files, previous }, '搜索索引写入', { transfer: ownBuffers(files.values()) });
}

await answerTask(ROLE, async ({ dir, files, previous }: { dir: string; files: IndexFiles; previous: IndexRecord }) => writeIndexFiles(dir, files, previous));
