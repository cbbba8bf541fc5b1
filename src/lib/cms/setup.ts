import { basename, relative, sep } from 'node:path';
import { CONTENT_DIR } from '../constants.ts';

/** The environment variable `npm run edit` sets to the local proxy's API address. */
export const EDIT_PROXY_ENV = 'HUAZHANG_EDIT_PROXY';

/** How the editor at `/admin/` reaches the content. */
export interface EditorSetup {
  /** The local proxy's API address, when editors work on their own copy (`npm run edit`). */
  proxyUrl?: string;
  /** The content folder's path where the editor saves: inside the repository, or inside the proxy's folder. */
  contentFolder: string;
}

/**
 * Where the editor saves. `npm run edit` starts the proxy in the content folder's parent and sets
 * {@link EDIT_PROXY_ENV}, so the folder is named by its last part; a published site saves to the
 * repository, where the content folder sits under the project root.
 */
export function editorSetup(root: string, contentDir: string, env: Record<string, string | undefined>): EditorSetup {
  const proxyUrl = env[EDIT_PROXY_ENV];
  if (proxyUrl) return { proxyUrl, contentFolder: basename(contentDir) };
  const inside = relative(root, contentDir);
  const contentFolder = inside === '' || inside.startsWith('..') ? CONTENT_DIR : inside.split(sep).join('/');
  return { contentFolder };
}
