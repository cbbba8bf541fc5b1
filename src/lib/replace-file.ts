import { renameSync, rmSync, writeFileSync } from 'node:fs';

/**
 * Writes `data` to `file` so that a reader sees either the old file or the whole new one: it is
 * written under a temporary name beside `file` (unique to this process and call, so processes
 * writing the same entry at once never mix their bytes) and renamed into place. A process stopped
 * mid-write leaves only a `.part` file, which no reader opens; one that fails removes it and throws.
 */
export function replaceFile(file: string, data: string | Uint8Array): void {
  const temporary = `${file}.${process.pid}-${Math.random().toString(36).slice(2)}.part`;
  try {
    writeFileSync(temporary, data);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
