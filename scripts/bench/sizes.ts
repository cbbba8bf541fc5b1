import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Bytes and file count of a folder tree. */
export interface FolderSize {
  bytes: number;
  files: number;
  /** Files ending in `.html`: the pages of a built site. */
  htmlFiles: number;
}

/** Adds up the sizes of every file under `dir` (0 when it does not exist). */
export async function folderSize(dir: string): Promise<FolderSize> {
  const total: FolderSize = { bytes: 0, files: 0, htmlFiles: 0 };
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    total.bytes += (await stat(join(entry.parentPath, entry.name))).size;
    total.files++;
    if (entry.name.endsWith('.html')) total.htmlFiles++;
  }
  return total;
}
