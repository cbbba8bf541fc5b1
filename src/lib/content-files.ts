import { copyFile, mkdir, readdir } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { mapWithLimit } from './map-with-limit.ts';
import { folderName, urls } from './urls.ts';

/** Where files kept next to the Markdown (images, PDFs) are published, under the site root. */
export const CONTENT_FILES_DIR = folderName(urls.contentFiles());

// Content the site is built from rather than published as it is.
const SOURCE = /\.(?:md|ya?ml)$/i;

/**
 * The files under the content folder that are not content themselves: images, PDFs and other
 * attachments editors keep next to an article. Paths relative to the content folder, with `/`.
 * Hidden files and folders (`.git`, `.DS_Store`) are left out.
 */
export async function listContentFiles(contentDir: string): Promise<string[]> {
  const entries = await readdir(contentDir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile() && !SOURCE.test(entry.name))
    .map((entry) => relative(contentDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => !path.split('/').some((part) => part.startsWith('.')))
    .sort();
}

/** Copies every file {@link listContentFiles} finds to `<siteDir>/_files/<the same path>`; returns how many. */
export async function publishContentFiles(contentDir: string, siteDir: string): Promise<number> {
  const files = await listContentFiles(contentDir);
  await mapWithLimit(files, 32, async (file) => {
    const target = join(siteDir, CONTENT_FILES_DIR, file);
    await mkdir(dirname(target), { recursive: true });
    await copyFile(join(contentDir, file), target);
  });
  return files.length;
}
