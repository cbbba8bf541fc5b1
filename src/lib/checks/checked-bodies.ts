// Renders into the body store the bodies the content check has parsed, from its own trees: without
// it every body was parsed twice in a build from clean, once by the check and once by the body
// worker in Astro's process, and parsing is most of rendering. The pages then read the bodies
// from the store as they read the worker's (src/lib/markdown/site-bodies.ts).
import type { Root } from 'mdast';
import { contentDigest } from '../content-digest.ts';
import { collectionEntryOf } from '../content-paths.ts';
import { siteBodySources, type StoredEntry } from '../dossiers/body-sources.ts';
import type { BodyStore } from '../markdown/body-store.ts';
import { createBodyRenderer, type BodyRenderer, type RenderedBody } from '../markdown/render.ts';
import { groupByDossier, siteBodyStore, type SiteBody } from '../markdown/site-bodies.ts';
import { indexGroupOrder } from '../search/shard-plan.ts';
import { loaderDigest } from './loader-digest.ts';
import { loadSiteSettings } from '../site-settings.ts';
import type { ContentFile } from './types.ts';

/** Where a build keeps its rendered bodies; given, the check renders the bodies it parses into it. */
export interface CheckedBodiesOptions {
  /** The body store's folder, as the build names it to Astro's process. */
  dir: string;
}

/**
 * The site's bodies as the check sees them, grouped by dossier as the store keeps them. Each file's
 * key is made from its text as the content loader reads and digests it (read again when decoding
 * changed it), so a group the check writes is the group a page asks for.
 */
export class CheckedBodies {
  readonly #store: BodyStore;
  readonly #render: BodyRenderer;
  readonly #sources: Map<ContentFile, SiteBody>;
  readonly #groups: Map<string, SiteBody[]>;
  readonly #rank: Map<string, number>;
  readonly #done = new Map<string, RenderedBody[]>();
  readonly #failed = new Set<string>();

  private constructor(store: BodyStore, render: BodyRenderer, sources: Map<ContentFile, SiteBody>) {
    this.#store = store;
    this.#render = render;
    this.#sources = sources;
    this.#groups = groupByDossier([...sources.values()]);
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
    const sources = new Map<ContentFile, SiteBody>();
    for (const file of files) {
      const entry = collectionEntryOf(file.contentPath);
      // A file whose front matter has no clear end fails the check and its page alike.
      if (!entry || file.text === undefined || file.unclosedFrontMatter || file.closingText) continue;
      const key = loaderDigest(file, digest);
      if (key === undefined) continue;
      const stored: StoredEntry = { ...entry, filePath: file.path, digest: key };
      sources.set(file, siteBodySources(root, [stored])[0]!);
    }
    return new CheckedBodies(siteBodyStore(root, contentDir, base, options.dir), createBodyRenderer({ contentDir, base }), sources);
  }

  /**
   * `files` in the order Astro renders dossiers (index order), each dossier's files together and
   * files that show no body last, so that the groups the pages ask for first are written first.
   */
  inRenderOrder(files: readonly ContentFile[]): ContentFile[] {
    const rank = (file: ContentFile) => {
      const source = this.#sources.get(file);
      return source ? this.#rank.get(source.dossier)! : Infinity;
    };
    return files.map((file, i) => ({ file, i, rank: rank(file) })).sort((a, b) => a.rank - b.rank || a.i - b.i).map(({ file }) => file);
  }

  /**
   * Renders `file`'s body from `tree`, the check's tree of the same text (`ContentFile.body` is the
   * body its page renders), and writes its dossier's group once every body of it is rendered,
   * unless the store has it. A body that fails to render leaves its group to the pages, which
   * report the failure.
   */
  async take(file: ContentFile, tree: Root | undefined): Promise<void> {
    const source = this.#sources.get(file);
    if (!source) return;
    const { dossier } = source;
    if (this.#failed.has(dossier)) return;
    const group = this.#groups.get(dossier)!;
    let done = this.#done.get(dossier);
    if (!done) this.#done.set(dossier, (done = []));
    try {
      done[group.indexOf(source)] = await this.#render(file.body, source.file, tree);
      if (Object.keys(done).length < group.length) return;
      this.#done.delete(dossier);
      if (!this.#store.has(group)) this.#store.put(group, done);
    } catch {
      this.#failed.add(dossier);
      this.#done.delete(dossier);
    }
  }
}
