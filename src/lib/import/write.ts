import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { ARTICLE_SECTION_KINDS } from '../constants.ts';
import { contentPaths, parseContentPath } from '../content-paths.ts';
import { readMarkdownFields } from '../front-matter/index.ts';
import type { OutputFile } from './render.ts';
import type { ImportedDossier } from './imported.ts';

/** Folder, next to the content folder, that keeps what `--force` replaced. */
const BACKUP_DIR = '.import-backup';

/** The folders of one dossier: its three article sections, and the pictures of its overview and awards. */
function dossierFolders(contentDir: string, slug: string): string[] {
  const folders = [
    ...ARTICLE_SECTION_KINDS.map((kind) => contentPaths.sectionFolder(kind, slug)),
    contentPaths.filesFolder('dossier', slug),
    contentPaths.filesFolder('achievements', slug),
  ];
  return folders.map((folder) => join(contentDir, folder));
}

/** Every file of a dossier already in the content folder, as paths inside it. */
export function existingDossierFiles(contentDir: string, slug: string): string[] {
  const found: string[] = [];
  for (const file of [contentPaths.dossier(slug), contentPaths.achievements(slug)]) {
    if (existsSync(join(contentDir, file))) found.push(file);
  }
  for (const folder of dossierFolders(contentDir, slug)) {
    if (!existsSync(folder)) continue;
    for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) found.push(relative(contentDir, join(entry.parentPath, entry.name)).split('\\').join('/'));
    }
  }
  return found.sort();
}

/**
 * The slug under which the same dossier (same title and unit) is already in the content folder,
 * if it is there under a slug other than `slug`.
 */
export function findSameDossier(contentDir: string, dossier: ImportedDossier, slug: string): string | undefined {
  const folder = join(contentDir, dirname(contentPaths.dossier(slug)));
  if (!dossier.title || !dossier.unit || !existsSync(folder)) return undefined;
  for (const name of readdirSync(folder).sort()) {
    const role = parseContentPath(`${basename(folder)}/${name}`);
    if (role?.kind !== 'dossier' || role.dossier === slug) continue;
    const other = role.dossier;
    try {
      const { data } = readMarkdownFields(readFileSync(join(folder, name), 'utf8'), name);
      if (data.title === dossier.title && data.unit === dossier.unit) return other;
    } catch {
      // An overview the checker would refuse is not this dossier's twin; the checker reports it.
    }
  }
  return undefined;
}

/** Where `--force` puts the files it replaces: `.import-backup/<slug>-<timestamp>/`. */
export function backupFolder(contentDir: string, slug: string, now: Date): string {
  const stamp = now.toISOString().replace(/\.\d+Z$/, 'Z').replace(/:/g, '-');
  return join(dirname(resolve(contentDir)), BACKUP_DIR, `${slug}-${stamp}`);
}

/** Options for {@link writeDossier}. */
export interface WriteOptions {
  contentDir: string;
  slug: string;
  /** The files of the existing dossier, from {@link existingDossierFiles}; they are backed up first. */
  replacing: readonly string[];
  now?: Date;
}

/**
 * Writes a dossier's files, text and pictures. Files of the dossier already there are first
 * copied to a backup folder and removed, so an article that no longer exists does not linger.
 * Returns the backup folder, if one was made.
 */
export function writeDossier(files: readonly OutputFile[], options: WriteOptions): { backup?: string } {
  const { contentDir, slug, replacing } = options;
  let backup: string | undefined;
  if (replacing.length > 0) {
    backup = backupFolder(contentDir, slug, options.now ?? new Date());
    for (const file of replacing) {
      mkdirSync(dirname(join(backup, file)), { recursive: true });
      cpSync(join(contentDir, file), join(backup, file));
    }
    for (const file of replacing) rmSync(join(contentDir, file));
    for (const folder of dossierFolders(contentDir, slug)) {
      if (existsSync(folder) && readdirSync(folder, { recursive: true }).length === 0) rmSync(folder, { recursive: true });
    }
  }
  for (const file of files) {
    const target = join(contentDir, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.data ?? file.text ?? '');
  }
  return backup ? { backup } : {};
}
