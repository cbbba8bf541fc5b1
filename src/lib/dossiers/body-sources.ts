import { join } from 'node:path';
import { ARTICLE_SECTION_KINDS } from '../constants.ts';
import type { SiteBody } from '../markdown/site-bodies.ts';
import { parseSectionFileId } from './section-file-id.ts';

/** The collections whose entries are Markdown files with a body: every one the site has. */
export const BODY_COLLECTIONS = ['dossiers', ...ARTICLE_SECTION_KINDS, 'achievements'] as const;

/** The name of one of {@link BODY_COLLECTIONS}. */
export type BodyCollection = (typeof BODY_COLLECTIONS)[number];

/** A collection entry as Astro's data store holds it: what finds and keys its body. */
export interface StoredEntry {
  collection: string;
  id: string;
  /** The file, relative to the project root; none for an entry that no file holds. */
  filePath?: string | undefined;
  /** The content hash of the file's whole text, set by the loader (src/loaders/markdown-files.ts). */
  digest?: string | number | undefined;
}

/** The dossier an entry belongs to: an overview's or award list's own id, a section file's folder. */
function dossierOf(entry: StoredEntry): string {
  return entry.collection === 'dossiers' || entry.collection === 'achievements' ? entry.id : parseSectionFileId(entry.id).dossier;
}

/**
 * The Markdown bodies of a site's entries, each by `<collection>:<id>`, with its file and content
 * hash, which rendered bodies are kept by. The pages and the build's early start of the body
 * worker both list them here, so both key every body alike.
 *
 * @throws Error when an entry with a file has no content hash.
 */
export function siteBodySources(root: string, entries: readonly StoredEntry[]): SiteBody[] {
  return entries.flatMap((entry) => {
    if (!entry.filePath) return [];
    if (entry.digest === undefined) throw new Error(`${entry.filePath} 没有内容摘要`);
    return [{ key: `${entry.collection}:${entry.id}`, file: join(root, entry.filePath), digest: String(entry.digest), dossier: dossierOf(entry) }];
  });
}
