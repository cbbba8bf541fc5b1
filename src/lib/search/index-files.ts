// Writes files of the search index into its folder, on the calling thread or on a worker thread of
// their own, so that the build's thread can merge the index's keys while the entries' fragment
// files (58 MB in 3,825 files at 1,000 dossiers) are being written.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { answerTask, ownBuffers, runInWorker } from '../worker-task.ts';

/** Index files by their paths relative to the index folder. */
export type IndexFiles = ReadonlyMap<string, Uint8Array | string>;

/** Writes `files` into `dir`, creating the folders they need, and returns how many bytes they hold. */
export function writeIndexFiles(dir: string, files: IndexFiles): number {
  for (const folder of new Set([...files.keys()].map((path) => dirname(join(dir, path))))) mkdirSync(folder, { recursive: true });
  // Written one after the other, each at once: thousands of small files, which promises would
  // only queue on the thread pool.
  let bytes = 0;
  for (const [path, content] of files) {
    bytes += typeof content === 'string' ? Buffer.byteLength(content) : content.length;
    writeFileSync(join(dir, path), content);
  }
  return bytes;
}

const ROLE = 'huazhang:write-index-files';

/**
 * {@link writeIndexFiles} on a worker thread. Byte arrays with a buffer of their own are handed
 * over rather than copied; a text is copied.
 */
export function writeIndexFilesInWorker(dir: string, files: IndexFiles): Promise<number> {
  return runInWorker<number>(new URL(import.meta.url), ROLE, { dir, files }, '搜索索引写入', { transfer: ownBuffers(files.values()) });
}

await answerTask(ROLE, async ({ dir, files }: { dir: string; files: IndexFiles }) => writeIndexFiles(dir, files));
