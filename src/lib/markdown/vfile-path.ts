import { fileURLToPath } from 'node:url';
import type { VFile } from 'vfile';

/** The path of the Markdown file a body was read from, as the plugins get it; undefined when the renderer was given none. */
export function vfilePath(file: VFile): string | undefined {
  if (!file.path) return undefined;
  return file.path.startsWith('file:') ? fileURLToPath(file.path) : file.path;
}
