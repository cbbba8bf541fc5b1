// A file's state on disk, by which a build tells that a file it read before is still the same
// without reading it again. Writing a file, or replacing it, changes its time of change, which no
// tool can set back (unlike the time of modification); the size and inode are checked besides.
import type { BigIntStats } from 'node:fs';
import { readJsonRecord } from './json-record.ts';

/** What {@link fileState} records of a file. */
export interface FileState {
  size: number;
  ino: string;
  ctimeNs: string;
}

/** The state of a file from its stats, taken with `{ bigint: true }` before the file is read. */
export function fileState(stats: BigIntStats): FileState {
  return { size: Number(stats.size), ino: String(stats.ino), ctimeNs: String(stats.ctimeNs) };
}

/** Whether the file of `stats` is still as it was when `recorded` was taken of it. */
export function unchangedSince(recorded: FileState | undefined, stats: BigIntStats): recorded is FileState {
  return recorded !== undefined && recorded.size === Number(stats.size) && recorded.ino === String(stats.ino) && recorded.ctimeNs === String(stats.ctimeNs);
}

/** Files as a build read them, by path: each one's state then, with what the build made of it. */
export type FilesRead<T> = Record<string, FileState & T>;

/** A record of files read, kept as JSON in `file`; undefined when it is missing, cut short or not a record. */
export function readFilesRead<T>(file: string): FilesRead<T> | undefined {
  return readJsonRecord<FilesRead<T>>(file);
}
