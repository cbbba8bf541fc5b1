import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BodyStore, linkTargetsDigest, type BodySource } from './body-store.ts';
import { renderBodiesInWorker } from './body-worker.ts';
import { readBody } from './read-body.ts';
import type { BodyRenderer, RenderedBody } from './render.ts';
import { rendererFingerprint } from './render-fingerprint.ts';
import { processGlobal } from '../process-global.ts';
import { bodiesFromCheck, bodyStoreReport } from './bodies-from-check.ts';

/** Bodies missing from the store from which rendering them ahead on a worker thread pays. */
const WORKER_FROM = 64;

/**
 * Dossiers whose rendered bodies stay in memory once read, besides those kept for the whole build
 * ({@link CHARS_KEPT}): Astro renders up to 16 pages at once, route by route and dossier by
 * dossier, so the pages of one dossier on one route (its sections) read its bodies once.
 */
const GROUPS_HELD = 32;

/**
 * Characters of rendered HTML kept in memory for the whole build once read, 64 MB at most. Astro
 * renders every dossier's print view, then every dossier's sections, then every overview, so
 * each dossier's bodies were read from the store three times; 1,000 dossiers are 16 million
 * characters, and reading them again took about half a second of Astro's thread. Past this, at
 * several thousand dossiers, the first dossiers read stay and the rest are read again: memory
 * then matters more than the reads.
 */
const CHARS_KEPT = 32 * 2 ** 20;

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
  /** With a cache folder, characters of HTML kept in memory for the whole build once read; default {@link CHARS_KEPT}. */
  charsKept?: number;
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

// Stores opened ahead, by folder. Astro's integration hooks reach this module through its config,
// the pages through their bundle: two copies, one map.
const opened = () => processGlobal('body-stores', () => new Map<string, BodyStore>());

/** A site's bodies by dossier, each dossier's in a fixed order, so a group's key does not depend on the order pages list files in. */
export function groupByDossier(bodies: readonly SiteBody[]): Map<string, SiteBody[]> {
  const groups = Map.groupBy(bodies, (body) => body.dossier);
  for (const group of groups.values()) group.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return groups;
}

/** Where a site's bodies are kept across builds, and what they are. */
export type StoredBodiesOptions = Omit<SiteBodiesOptions, 'charsKept' | 'cacheDir'> & { cacheDir: string };

/**
 * Opens the body store in `cacheDir` ahead of the pages: deletes the entries the content no longer
 * has and starts a worker thread on the dossiers still missing, from the last one back. A build
 * calls it as soon as Astro has loaded the content, so that the worker renders while Astro bundles
 * the pages; the next {@link createSiteBodies} for the same folder then takes the store as opened
 * here instead of opening it again, which would delete the worker's half-written entries.
 */
export function renderBodiesAhead(options: StoredBodiesOptions): void {
  if (!opened().has(options.cacheDir)) opened().set(options.cacheDir, openStore(options));
}

/**
 * The body store of a site in `dir`: keyed by the renderer's code, the base path and the content
 * folder's other files. The pages, the body worker and the content check, which renders the bodies
 * it has parsed, all open it here, so all key a body alike.
 */
export function siteBodyStore(root: string, contentDir: string, base: string, dir: string): BodyStore {
  return new BodyStore({ dir, fingerprint: rendererFingerprint(root), base, linkTargets: linkTargetsDigest(contentDir) });
}

/**
 * Deletes the entries the content no longer has, and starts a worker on the missing ones if they
 * are many: at once, or, while the content check renders the bodies it parses
 * ({@link bodiesFromCheck}), on those still missing once it is done.
 */
function openStore(options: StoredBodiesOptions): BodyStore {
  const store = siteBodyStore(options.root, options.contentDir, options.base, options.cacheDir);
  const groups = [...groupByDossier(options.bodies).values()];
  const { missing } = store.prune(groups);
  const report = bodyStoreReport();
  Object.assign(report, { dossiers: groups.length, missing: missing.length, leftByCheck: undefined });
  const checking = bodiesFromCheck();
  if (!checking) renderMissing(options, store, missing);
  else
    void checking.then(() => {
      const left = missing.filter((group) => !store.has(group));
      report.leftByCheck = left.length;
      renderMissing(options, store, left);
    });
  return store;
}

/** Starts the body worker on `missing`, from the last dossier back, when they are many. */
function renderMissing(options: StoredBodiesOptions, store: BodyStore, missing: SiteBody[][]): void {
  // A worker thread loads the whole Markdown pipeline before rendering its first body, which costs
  // more than the pages rendering a few bodies themselves, as after an edit.
  if (missing.reduce((sum, group) => sum + group.length, 0) < WORKER_FROM) return;
  const rank = new Map(options.dossierOrder.map((slug, i) => [slug, i]));
  const backwards = missing.sort((a, b) => (rank.get(b[0]!.dossier) ?? -1) - (rank.get(a[0]!.dossier) ?? -1));
  const worker = pathToFileURL(join(options.root, 'src', 'lib', 'markdown', 'body-worker.ts'));
  const groupsToRender = backwards.map((group) => group.map(({ file, digest }) => ({ file, digest })));
  renderBodiesInWorker(worker, { store: store.options, contentDir: options.contentDir, groups: groupsToRender }).catch((error: unknown) => {
    // The pages render what the worker did not: a failed worker costs time, never content.
    console.warn(`正文预渲染线程未能完成，页面将自行渲染正文：${error instanceof Error ? error.message : String(error)}`);
  });
}

/**
 * Serves the rendered bodies of a site, each rendered once per build however many pages show it
 * (a section page and the print view show the same ones).
 *
 * With a cache folder, rendered bodies go to a {@link BodyStore}, a dossier's bodies together,
 * keyed by their content and the renderer's code, so a later build renders only the dossiers whose
 * files changed, and memory stays flat: only the bodies of the last few dossiers read are held. A
 * worker thread renders the dossiers missing from the store from the last one back while the pages
 * ask for them from the first one on; each side skips what the other has stored. When only a few
 * bodies are missing, the pages render them without a worker. Entries the content no longer has
 * are deleted. When {@link renderBodiesAhead} has opened the store for this build already, the
 * pages take it as it is.
 */
export function createSiteBodies(options: SiteBodiesOptions): SiteBodies {
  // The Markdown pipeline is loaded when a page first renders a body itself: in a build from clean
  // the content check has rendered them all, and Astro's process need not load it at all.
  let renderer: Promise<BodyRenderer> | undefined;
  const render: BodyRenderer = async (body, file, tree) => {
    renderer ??= import('./render.ts').then(({ createBodyRenderer }) => createBodyRenderer({ contentDir: options.contentDir, base: options.base }));
    return (await renderer)(body, file, tree);
  };
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
    return { body, linkTargets: linkTargetsDigest(options.contentDir), renderer: rendererFingerprint(options.root) };
  }
  const ahead = opened().get(options.cacheDir);
  opened().delete(options.cacheDir);
  const store = ahead ?? openStore({ ...options, cacheDir: options.cacheDir });
  // Groups of the bodies as given here: were they other than those the store was opened with, their
  // keys would differ too, and the pages would render them instead of reading another's.
  const groups = groupByDossier(options.bodies);
  const budget = options.charsKept ?? CHARS_KEPT;
  const kept = new Map<string, Promise<RenderedBody[]>>();
  let charsKept = 0;
  const held = new Map<string, Promise<RenderedBody[]>>();
  const groupBodies = (dossier: string): Promise<RenderedBody[]> => {
    const found = kept.get(dossier) ?? held.get(dossier);
    if (found) return found;
    const reading = store.bodies(groups.get(dossier)!, render);
    held.set(dossier, reading);
    reading.then(
      (bodies) => {
        const chars = bodies.reduce((sum, body) => sum + body.html.length, 0);
        if (kept.has(dossier) || charsKept + chars > budget) return;
        kept.set(dossier, reading);
        charsKept += chars;
      },
      // A failed render is not kept: the page that asked fails, and the next one tries again.
      () => held.get(dossier) === reading && held.delete(dossier),
    );
    // Maps keep insertion order: the first key is the dossier first read longest ago. Pages ask
    // dossier by dossier, so dropping the oldest arrival drops one no page is still reading.
    if (held.size > GROUPS_HELD) held.delete(held.keys().next().value!);
    return reading;
  };
  return {
    body: async (key) => {
      const source = find(key);
      const bodies = await groupBodies(source.dossier);
      return bodies[groups.get(source.dossier)!.indexOf(source)]!;
    },
    linkTargets: store.options.linkTargets,
    renderer: store.options.fingerprint,
  };
}
