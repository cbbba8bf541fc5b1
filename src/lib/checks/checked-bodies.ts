// Renders into the body store the bodies the content check has parsed, from its own trees: without
// it every body was parsed twice in a build from clean, once by the check and once by the body
// worker in Astro's process, and parsing is most of rendering. The pages then read the bodies
// from the store as they read the worker's (src/lib/markdown/site-bodies.ts).
import { readFileSync } from 'node:fs';
import type { Root } from 'mdast';
import { contentDigest } from '../content-digest.ts';
import { collectionEntryOf } from '../content-paths.ts';
import { siteBodySources, type StoredEntry } from '../dossiers/body-sources.ts';
import { readMarkdownBody } from '../front-matter/index.ts';
import type { BodyStore } from '../markdown/body-store.ts';
import { createBodyRenderer, type BodyRenderer, type RenderedBody } from '../markdown/render.ts';
import { groupByDossier, siteBodyStore, type SiteBody } from '../markdown/site-bodies.ts';
import { indexGroupOrder } from '../search/shard-plan.ts';
import { loadSiteSettings } from '../site-settings.ts';
import type { ContentFile } from './types.ts';

/** Where a build keeps its rendered bodies; given, the check renders the bodies it parses into it. */
export interface CheckedBodiesOptions {
  /** The body store's folder, as the build names it to Astro's process. */
  dir: string;
}

/** A body the site shows, as the check read it: the text its page renders. */
interface Shown {
  source: SiteBody;
  body: string;
  /** Whether the check parsed this same text, so that its tree is the page's. */
  parsedAsShown: boolean;
}

/**
 * The site's bodies as the check sees them, grouped by dossier as the store keeps them. Each file's
 * key is made from its text as the content loader reads and digests it (not decoded and
 * normalised, as the check reads it), so a group the check writes is the group a page asks for.
 */
export class CheckedBodies {
  readonly #store: BodyStore;
  readonly #render: BodyRenderer;
  readonly #shown: Map<ContentFile, Shown>;
  readonly #groups: Map<string, SiteBody[]>;
  readonly #rank: Map<string, number>;
  readonly #done = new Map<string, RenderedBody[]>();
  readonly #failed = new Set<string>();

  private constructor(store: BodyStore, render: BodyRenderer, shown: Map<ContentFile, Shown>) {
    this.#store = store;
    this.#render = render;
    this.#shown = shown;
    this.#groups = groupByDossier([...shown.values()].map(({ source }) => source));
    this.#rank = new Map(indexGroupOrder(this.#groups.keys()).map((dossier, i) => [dossier, i]));
  }

  /**
   * The bodies among `files`; undefined when the site's settings cannot be read, so that no base
   * path is known (the check reports that, and the build stops).
   */
  static async open(root: string, contentDir: string, env: Record<string, string | undefined>, options: CheckedBodiesOptions, files: readonly ContentFile[]): Promise<CheckedBodies | undefined> {
    let base: string;
    try {
      base = loadSiteSettings(contentDir, env).base;
    } catch {
      return undefined;
    }
    const digest = await contentDigest();
    const shown = new Map<ContentFile, Shown>();
    for (const file of files) {
      const entry = collectionEntryOf(file.contentPath);
      if (!entry || file.text === undefined) continue;
      let text: string;
      let body: string;
      try {
        text = readFileSync(file.absolutePath, 'utf8');
        body = readMarkdownBody(text, file.path);
      } catch {
        continue;
      }
      const stored: StoredEntry = { ...entry, filePath: file.path, digest: digest(text) };
      shown.set(file, { source: siteBodySources(root, [stored])[0]!, body, parsedAsShown: body === file.body });
    }
    return new CheckedBodies(siteBodyStore(root, contentDir, base, options.dir), createBodyRenderer({ contentDir, base }), shown);
  }

  /**
   * `files` in the order Astro renders dossiers (index order), each dossier's files together and
   * files that show no body last, so that the groups the pages ask for first are written first.
   */
  inRenderOrder(files: readonly ContentFile[]): ContentFile[] {
    const rank = (file: ContentFile) => {
      const shown = this.#shown.get(file);
      return shown ? this.#rank.get(shown.source.dossier)! : Infinity;
    };
    return files.map((file, i) => ({ file, i, rank: rank(file) })).sort((a, b) => a.rank - b.rank || a.i - b.i).map(({ file }) => file);
  }

  /**
   * Renders `file`'s body, from `tree` when the check parsed the text its page shows, and writes
   * its dossier's group once every body of it is rendered, unless the store has it. A body that
   * fails to render leaves its group to the pages, which report the failure.
   */
  async take(file: ContentFile, tree: Root | undefined): Promise<void> {
    const shown = this.#shown.get(file);
    if (!shown) return;
    const { dossier } = shown.source;
    if (this.#failed.has(dossier)) return;
    const group = this.#groups.get(dossier)!;
    let done = this.#done.get(dossier);
    if (!done) this.#done.set(dossier, (done = []));
    try {
      done[group.indexOf(shown.source)] = await this.#render(shown.body, shown.source.file, shown.parsedAsShown ? tree : undefined);
      if (Object.keys(done).length < group.length) return;
      this.#done.delete(dossier);
      if (!this.#store.has(group)) this.#store.put(group, done);
    } catch {
      this.#failed.add(dossier);
      this.#done.delete(dossier);
    }
  }
}
