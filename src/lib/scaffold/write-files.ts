import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ScaffoldFile } from './dossier-files.ts';

/**
 * The files (relative to the content folder) that already exist, plus the dossier's section
 * folders if any exists: a half-existing dossier is never topped up silently.
 */
export function existingFiles(contentDir: string, files: readonly ScaffoldFile[]): string[] {
  const folders = [...new Set(files.map((f) => path.dirname(f.path)).filter((d) => d.split('/').length === 2))];
  const takenFolders = folders.filter((d) => existsSync(path.join(contentDir, d))).map((d) => `${d}/`);
  // Files inside a folder already named are not listed again.
  const takenFiles = files
    .map((f) => f.path)
    .filter((p) => !takenFolders.some((d) => p.startsWith(d)) && existsSync(path.join(contentDir, p)));
  return [...takenFolders, ...takenFiles].sort();
}

/**
 * Writes the files, refusing to touch anything that exists: everything is checked first, and each
 * file is created with the `wx` flag so a file appearing in between is not overwritten either.
 *
 * @returns the paths that were in the way; nothing was written when this is not empty.
 */
export async function writeNewFiles(contentDir: string, files: readonly ScaffoldFile[]): Promise<string[]> {
  const inTheWay = existingFiles(contentDir, files);
  if (inTheWay.length > 0) return inTheWay;
  for (const file of files) {
    const target = path.join(contentDir, file.path);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, file.text, { flag: 'wx' });
  }
  return [];
}
