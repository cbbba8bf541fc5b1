import { copyFile, link, mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { mapWithLimit } from './map-with-limit.ts';

/**
 * Puts a copy of every file under `from` at the same place under `to`, as hard links where the
 * file system allows (a search shard is thousands of small files, and linking them costs almost
 * nothing) and as copies where it does not, such as across devices. Only for files that are never
 * changed in place afterwards: a link shares its content with the original.
 */
export async function linkTree(from: string, to: string): Promise<void> {
  const files = (await readdir(from, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  const folders = new Set([to, ...files.map((file) => join(to, file.parentPath.slice(from.length)))]);
  for (const folder of folders) await mkdir(folder, { recursive: true });
  await mapWithLimit(files, 64, async (file) => {
    const source = join(file.parentPath, file.name);
    await linkFile(source, join(to, source.slice(from.length)));
  });
}

/**
 * Puts `source` at `target` as a hard link, or as a copy where the file system cannot link it
 * (across devices, or past its limit of links). Only for files never changed in place afterwards.
 */
export async function linkFile(source: string, target: string): Promise<void> {
  try {
    await link(source, target);
  } catch (error) {
    if (!['EXDEV', 'EPERM', 'EMLINK'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
    await copyFile(source, target);
  }
}
