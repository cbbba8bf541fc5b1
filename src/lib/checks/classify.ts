import { EDITOR_GUIDE_FILE } from '../constants.ts';
import { parseContentPath, type ContentRole } from '../content-paths.ts';

/** What a file under `content/` is, judged from its path alone. */
export type FileRole =
  | ContentRole
  /** The editor guide, `README.md` at the top of the content folder: read by people, not the site. */
  | { kind: 'guide' }
  /** A Markdown or YAML file where no page is built from it. */
  | { kind: 'stray' }
  /** Anything else: images and attachments that articles may link to. */
  | { kind: 'asset' };

/**
 * Classifies a path relative to the content folder (`management/huangzhou/01-a.md`) by the layout
 * of `content-paths.ts`; what is not part of the content model is the guide, a stray text file or
 * an asset.
 */
export function classifyPath(contentPath: string): FileRole {
  if (contentPath === EDITOR_GUIDE_FILE) return { kind: 'guide' };
  const role = parseContentPath(contentPath);
  if (role) return role;
  return /\.(md|ya?ml)$/i.test(contentPath) ? { kind: 'stray' } : { kind: 'asset' };
}
