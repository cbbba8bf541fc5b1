import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BodyStore, linkTargetsDigest, type BodySource } from './body-store.ts';
import { renderBodiesInWorker } from './body-worker.ts';
import { readBody } from './read-body.ts';
import { createBodyRenderer, type RenderedBody } from './render.ts';
import { rendererFingerprint } from './render-fingerprint.ts';

/** Bodies missing from the store from which rendering them ahead on a worker thread pays. */
const WORKER_FROM = 64;

/** One Markdown file whose body the site shows. */
export interface SiteBody extends BodySource {
  /** How pages ask for it: `<collection>:<id>`. */
  key: string;
  /** The dossier it belongs to. */
  dossier: string;
}

/** Where the site's bodies come from. */
export interface SiteBodiesOptions {
  /** The project root: the body worker's module and the renderer's code are found from it. */
  root: string;
  contentDir: string;
  base: string;
  bodies: readonly SiteBody[];
  /** Dossier slugs in the order the site lists them, which is the order pages are rendered in. */
  dossierOrder: readonly string[];
  /** A folder to keep rendered bodies in across builds; without it they are kept in memory for one build. */
  cacheDir?: string | undefined;
}

/** A rendered body by its key (`<collection>:<id>`). */
export type RenderedBodyOf = (key: string) => Promise<RenderedBody>;

/** The site's bodies, and what besides its own text every body's HTML depends on. */
export interface SiteBodies {
  body: RenderedBodyOf;
  /** {@link linkTargetsDigest} of the content folder. */
  linkTargets: string;
  /** {@link rendererFingerprint} of the project. */
  renderer: string;
}

/**
 * Serves the rendered bodies of a site, each rendered once per build however many pages show it
 * (a section page and the print view show the same ones).
 *
 * With a cache folder, rendered bodies go to a {@link BodyStore} keyed by their content and the
 * renderer's code, so a later build renders only bodies that changed, and memory stays flat
 * because no page holds them. A worker thread renders the bodies missing from the store from the
 * last dossier back while the pages ask for them from the first one on; each side skips what the
 * other has stored. When only a few are missing, the pages render them without a worker.
 * Entries of bodies the content no longer has are deleted.
 */
export function createSiteBodies(options: SiteBodiesOptions): SiteBodies {
  const linkTargets = linkTargetsDigest(options.contentDir);
  const renderer = rendererFingerprint(options.root);
  const render = createBodyRenderer({ contentDir: options.contentDir, base: options.base });
  const byKey = new Map(options.bodies.map((body) => [body.key, body]));
  const find = (key: string): SiteBody => {
    const body = byKey.get(key);
    if (!body) throw new Error(`没有找到 ${key} 的正文文件`);
    return body;
  };
  if (!options.cacheDir) {
    const rendered = new Map<string, Promise<RenderedBody>>();
    const body: RenderedBodyOf = async (key) => {
      const source = find(key);
      let promise = rendered.get(key);
      if (!promise) rendered.set(key, (promise = readBody(source.file).then((markdown) => render(markdown, source.file))));
      return promise;
    };
    return { body, linkTargets, renderer };
  }
  const store = new BodyStore({ dir: options.cacheDir, fingerprint: renderer, base: options.base, linkTargets });
  const { missing } = store.prune(options.bodies);
  const rank = new Map(options.dossierOrder.map((slug, i) => [slug, i]));
  // A worker thread loads the whole Markdown pipeline before rendering its first body, which costs
  // more than the pages rendering a few bodies themselves, as after an edit.
  if (missing.length >= WORKER_FROM) {
    const backwards = missing.sort((a, b) => (rank.get(b.dossier) ?? -1) - (rank.get(a.dossier) ?? -1));
    const worker = pathToFileURL(join(options.root, 'src', 'lib', 'markdown', 'body-worker.ts'));
    renderBodiesInWorker(worker, { store: store.options, contentDir: options.contentDir, sources: backwards.map(({ file, digest }) => ({ file, digest })) }).catch(
      (error: unknown) => {
        // The pages render what the worker did not: a failed worker costs time, never content.
        console.warn(`正文预渲染线程未能完成，页面将自行渲染正文：${error instanceof Error ? error.message : String(error)}`);
      },
    );
  }
  return { body: async (key) => store.body(find(key), render), linkTargets, renderer };
}
