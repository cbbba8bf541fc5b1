import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Writes `data` to `file` so that a reader sees either the old file or the whole new one: it is
 * written under a temporary name beside `file` (unique to this process and call, so processes
 * writing the same entry at once never mix their bytes) and renamed into place. A process stopped
 * mid-write leaves only a `.part` file, which no reader opens; one that fails removes it and throws.
 * The file's folder is made when the write finds it missing: the caches write thousands of
 * entries into folders that exist, and making the folder first was a system call for each.
 */
export function replaceFile(file: string, data: string | Uint8Array): void {
  const temporary = `${file}.${process.pid}-${Math.random().toString(36).slice(2)}.part`;
  try {
    try {
      writeFileSync(temporary, data);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(temporary, data);
    }
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
