import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
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
 * The bodies one entry of the store holds, in a fixed order: those of one dossier (its overview,
 * its articles and its achievements). A page shows bodies of one dossier only, and the print view
 * all of them, so a page reads one file where it read one per body: a build of 1,000 dossiers
 * wrote 13,000 small files and read 26,000, and on a busy machine each costs system calls.
 */
export type BodyGroup<T extends BodySource = BodySource> = readonly T[];

/**
 * The key of a group's rendered bodies: a hash of everything their HTML depends on. Each file's
 * own text comes in through its content hash (Astro's entry digest), its path because relative
 * links resolve against it, and the rest through {@link BodyStoreOptions}; nothing else is read
 * while rendering, so an entry can never be stale. A changed file changes its group's key, and its
 * dossier's bodies are rendered again.
 */
export function groupKey(options: BodyStoreOptions, group: BodyGroup): string {
  return createHash('sha256')
    .update(JSON.stringify([options.fingerprint, options.base, options.linkTargets, group.map((source) => [source.file, source.digest])]))
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

const entryName = (key: string) => `${key}.bodies`;
const entryPath = (dir: string, key: string) => join(dir, key.slice(0, 2), entryName(key));

// An entry is one line of JSON, each body's outline and the length of its HTML, then the HTML of
// every body one after the other: JSON escapes line breaks, so the first one ends the list, and the
// HTML is cut out of the text as it is, without decoding it a second time.
const encodeEntry = (bodies: readonly RenderedBody[]) =>
  `${JSON.stringify(bodies.map((body) => [body.outline, body.html.length]))}\n${bodies.map((body) => body.html).join('')}`;

// An entry this code cannot read (from another version, or damaged outside the build) is treated
// as missing: the bodies are rendered again and the entry replaced.
function decodeEntry(text: string, count: number): RenderedBody[] | undefined {
  const end = text.indexOf('\n');
  if (end < 0) return undefined;
  let list: unknown;
  try {
    list = JSON.parse(text.slice(0, end));
  } catch {
    return undefined;
  }
  if (!Array.isArray(list) || list.length !== count) return undefined;
  const bodies: RenderedBody[] = [];
  let at = end + 1;
  for (const item of list as unknown[]) {
    if (!Array.isArray(item) || !Array.isArray(item[0]) || !Number.isInteger(item[1]) || item[1] < 0) return undefined;
    const length = item[1] as number;
    bodies.push({ outline: item[0] as RenderedBody['outline'], html: text.slice(at, at + length) });
    at += length;
  }
  return at === text.length ? bodies : undefined;
}

/**
 * Rendered bodies on disk, one file per {@link BodyGroup}. Any process may read and add entries at
 * the same time (an entry is written to a temporary name and renamed into place), so a worker can
 * render bodies ahead of the pages that show them.
 */
export class BodyStore {
  readonly options: BodyStoreOptions;
  // A page asks for a dossier's bodies several times a build (its sections, overview and print
  // view); its key is hashed once. Groups are the caller's arrays, which it keeps and never changes.
  readonly #keys = new WeakMap<BodyGroup, string>();

  constructor(options: BodyStoreOptions) {
    this.options = options;
  }

  #path(group: BodyGroup): string {
    return entryPath(this.options.dir, this.#key(group));
  }

  #key(group: BodyGroup): string {
    let key = this.#keys.get(group);
    if (key === undefined) this.#keys.set(group, (key = groupKey(this.options, group)));
    return key;
  }

  /** The group's rendered bodies in its order, or undefined when they were never rendered with these inputs. */
  get(group: BodyGroup): RenderedBody[] | undefined {
    let text: string;
    try {
      text = readFileSync(this.#path(group), 'utf8');
    } catch {
      return undefined;
    }
    return decodeEntry(text, group.length);
  }

  /** Whether the group's bodies were rendered with these inputs. */
  has(group: BodyGroup): boolean {
    return existsSync(this.#path(group));
  }

  /** Keeps a group's rendered bodies, given in its order. */
  put(group: BodyGroup, bodies: readonly RenderedBody[]): void {
    if (bodies.length !== group.length) throw new Error(`正文数目不符：${group.length} 个文件，${bodies.length} 份正文`);
    replaceFile(this.#path(group), encodeEntry(bodies));
  }

  /** The group's bodies from the store, or rendered with `render` one by one and kept. */
  async bodies(group: BodyGroup, render: BodyRenderer): Promise<RenderedBody[]> {
    const stored = this.get(group);
    if (stored !== undefined) return stored;
    const bodies = await renderGroup(group, render);
    this.put(group, bodies);
    return bodies;
  }

  /**
   * Deletes every entry that is not one of `live`'s, so the store holds only the current content's
   * bodies, and returns how many went and which of `live` have no entry yet: the groups still to
   * render. Each key is hashed once, and the folder is listed instead of asking after each group.
   */
  prune<G extends BodyGroup>(live: readonly G[]): { removed: number; missing: G[] } {
    const names = live.map((group) => entryName(this.#key(group)));
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

/** Renders a group's bodies in its order, one after the other, each from its file. */
export async function renderGroup(group: BodyGroup, render: BodyRenderer): Promise<RenderedBody[]> {
  const bodies: RenderedBody[] = [];
  for (const source of group) bodies.push(await render(readBodySync(source.file), source.file));
  return bodies;
}
