import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { replaceFile } from '../replace-file.ts';
import { readBodySync } from './read-body.ts';
import type { BodyRenderer, RenderedBody } from './render.ts';

/** What a rendered body depends on besides its file's text. */
export interface BodyStoreOptions {
  /** Where rendered bodies are kept between builds. */
  dir: string;
  /** {@link rendererFingerprint} of the code that renders. */
  fingerprint: string;
  /** The site's base path, which links are put under. */
  base: string;
  /**
   * A hash of the content folder's files that are not Markdown: a link to one is rewritten to its
   * published address only when it exists (rehype-content-files), so adding or removing one may
   * change any body.
   */
  linkTargets: string;
}

/** One Markdown file whose body a site shows: its path and the content hash of its whole text. */
export interface BodySource {
  file: string;
  digest: string;
}

/**
 * The key of a rendered body: a hash of everything its HTML depends on. The file's own text comes
 * in through its content hash (Astro's entry digest), the path because relative links resolve
 * against it, and the rest through {@link BodyStoreOptions}; nothing else is read while rendering,
 * so an entry can never be stale.
 */
export function bodyKey(options: BodyStoreOptions, source: BodySource): string {
  return createHash('sha256')
    .update(JSON.stringify([options.fingerprint, options.base, options.linkTargets, source.file, source.digest]))
    .digest('hex');
}

/** A hash of the paths of every file under `contentDir` that is not Markdown (see {@link BodyStoreOptions.linkTargets}). */
export function linkTargetsDigest(contentDir: string): string {
  const files = readdirSync(contentDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.toLowerCase().endsWith('.md'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  return createHash('sha256').update(files.join('\n')).digest('hex');
}

const entryName = (key: string) => `${key}.body`;
const entryPath = (dir: string, key: string) => join(dir, key.slice(0, 2), entryName(key));

// An entry is the outline as JSON on its first line, then the HTML: JSON escapes line breaks, so the
// first one ends the outline, and the HTML is taken as it is, without decoding it a second time.
const encodeEntry = (body: RenderedBody) => `${JSON.stringify(body.outline)}\n${body.html}`;
// An entry this code cannot read (from another version, or damaged outside the build) is treated
// as missing: the body is rendered again and the entry replaced.
function decodeEntry(text: string): RenderedBody | undefined {
  const end = text.indexOf('\n');
  if (end < 0) return undefined;
  try {
    const outline: unknown = JSON.parse(text.slice(0, end));
    return Array.isArray(outline) ? { outline: outline as RenderedBody['outline'], html: text.slice(end + 1) } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Rendered bodies on disk, one file per key. Any process may read and add entries at the same time
 * (an entry is written to a temporary name and renamed into place), so a worker can render bodies
 * ahead of the pages that show them.
 */
export class BodyStore {
  readonly options: BodyStoreOptions;

  constructor(options: BodyStoreOptions) {
    this.options = options;
  }

  /** The rendered body, or undefined when it was never rendered with these inputs. */
  get(source: BodySource): RenderedBody | undefined {
    let text: string;
    try {
      text = readFileSync(entryPath(this.options.dir, bodyKey(this.options, source)), 'utf8');
    } catch {
      return undefined;
    }
    return decodeEntry(text);
  }

  /** Whether the body was rendered with these inputs. */
  has(source: BodySource): boolean {
    return existsSync(entryPath(this.options.dir, bodyKey(this.options, source)));
  }

  /** Keeps a rendered body. */
  put(source: BodySource, body: RenderedBody): void {
    const target = entryPath(this.options.dir, bodyKey(this.options, source));
    const entry = encodeEntry(body);
    // Entries share 256 folders, so the folder is made only when writing finds it missing: making
    // it before every write was a system call for each of a build's thousands of bodies.
    try {
      replaceFile(target, entry);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      mkdirSync(join(target, '..'), { recursive: true });
      replaceFile(target, entry);
    }
  }

  /** The body from the store, or rendered with `render` and kept. */
  async body(source: BodySource, render: BodyRenderer): Promise<RenderedBody> {
    const stored = this.get(source);
    if (stored !== undefined) return stored;
    const body = await render(readBodySync(source.file), source.file);
    this.put(source, body);
    return body;
  }

  /**
   * Deletes every entry that is not one of `live`, so the store holds only the current content's
   * bodies, and returns how many went and which of `live` have no entry yet: the bodies still to
   * render. Each key is hashed once, and the folder is listed instead of asking after each body.
   */
  prune<T extends BodySource>(live: readonly T[]): { removed: number; missing: T[] } {
    const names = live.map((source) => entryName(bodyKey(this.options, source)));
    const keep = new Set(names);
    const present = new Set<string>();
    let removed = 0;
    let folders: string[];
    try {
      folders = readdirSync(this.options.dir);
    } catch {
      return { removed, missing: [...live] };
    }
    for (const folder of folders) {
      for (const name of readdirSync(join(this.options.dir, folder))) {
        if (keep.has(name)) present.add(name);
        else {
          rmSync(join(this.options.dir, folder, name), { force: true });
          removed++;
        }
      }
    }
    return { removed, missing: live.filter((_, i) => !present.has(names[i]!)) };
  }
}
