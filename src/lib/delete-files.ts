import { rmdirSync, unlinkSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Deletes `files`, each somewhere under the folder `root`, then every folder between them and
 * `root` that they leave empty; `root` itself stays. Returns how many files went.
 */
export function deleteFilesUnder(root: string, files: Iterable<string>): number {
  const emptied = new Set<string>();
  let deleted = 0;
  for (const file of files) {
    unlinkSync(file);
    deleted++;
    for (let folder = dirname(file); folder.length > root.length; folder = dirname(folder)) emptied.add(folder);
  }
  // Longest path first, so a folder is tried after the folders in it.
  for (const folder of [...emptied].sort((a, b) => b.length - a.length)) {
    try {
      rmdirSync(folder);
    } catch {
      // Not empty: it holds files that stay.
    }
  }
  return deleted;
}
