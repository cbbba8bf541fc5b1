// The content folder's files as the check sees them, kept apart from the reading and parsing in
// load.ts: a build lists the folder on its own thread, to size the check's heap, without loading
// the parsers the check's worker loads.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { isLeftover } from '../content-files.ts';

/** Forward-slash path of `target` relative to `from`, as diagnostics print it on every platform. */
export function relativePath(from: string, target: string): string {
  return path.relative(from, target).split(path.sep).join('/');
}

/**
 * Every file under the content folder that the check reads or lists, as absolute paths in order:
 * editor and OS leftovers (.DS_Store, ~$原稿.docx, Thumbs.db) are never content. Listed at once:
 * the promise-based listing waits on one folder at a time, and took 0.18–0.53 s at 1,000
 * dossiers, where this takes a tenth of a second.
 */
export function listCheckedFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true, recursive: true });
  } catch {
    return [];
  }
  return entries
    .filter((e) => e.isFile() && !isLeftover(relativePath(dir, path.join(e.parentPath, e.name))))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}
