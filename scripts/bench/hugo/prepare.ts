import { mkdir, open, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { linkFile } from '../../../src/lib/link-tree.ts';
import { mapWithLimit } from '../../../src/lib/map-with-limit.ts';

/** How the content folder was handed to Hugo. */
export interface PreparedContent {
  /** Markdown files linked as they are. */
  linked: number;
  /** Markdown files written with an empty front matter block before their text. */
  fenced: number;
}

// Files handled at once; bounded so an archive never runs out of file handles.
const LIMIT = 64;
const FENCE = '---';

async function startsWithFence(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(FENCE.length), 0, FENCE.length, 0);
    return buffer.subarray(0, bytesRead).toString('utf8') === FENCE;
  } finally {
    await handle.close();
  }
}

/**
 * Gives Hugo the Markdown of a content folder in `target`, the one step its templates cannot do.
 * Hugo requires a file without front matter not to start with `-`, `+` or `{` (it takes them for
 * a front matter delimiter and stops with “invalid YAML delimiter”), and a section introduction
 * may well start with a list. Every Markdown file that has front matter is hard-linked as it is;
 * the others are written with an empty front matter block in front, their text unchanged. Other
 * files (`site.yaml`) are left out: the Hugo configuration carries the settings.
 */
export async function prepareHugoContent(contentDir: string, target: string): Promise<PreparedContent> {
  await rm(target, { recursive: true, force: true });
  const entries = (await readdir(contentDir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile() && e.name.endsWith('.md'));
  const files = entries.map((e) => join(e.parentPath, e.name).slice(contentDir.length + 1));
  for (const folder of new Set(files.map((file) => dirname(join(target, file))))) await mkdir(folder, { recursive: true });
  const fenced = await mapWithLimit(files, LIMIT, async (file) => {
    const source = join(contentDir, file);
    if (await startsWithFence(source)) {
      await linkFile(source, join(target, file));
      return false;
    }
    await writeFile(join(target, file), `${FENCE}\n${FENCE}\n${await readFile(source, 'utf8')}`);
    return true;
  });
  const count = fenced.filter(Boolean).length;
  return { linked: files.length - count, fenced: count };
}
