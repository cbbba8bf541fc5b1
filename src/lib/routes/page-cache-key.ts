import { createHash } from 'node:crypto';
import type { AwardBrowse } from '../dossiers/award-browse.ts';
import type { Route, RoutedAward, RoutedDossier } from './route-table.ts';

/**
 * What a page shows besides its route's props: the content hashes of the files whose bodies it
 * renders, the 荣誉榜's browse links, and which files kept next to the Markdown exist (a link to
 * one is rewritten to its published address only when the file is there).
 */
export interface PageInputs {
  /** The content hashes of every file of a dossier, front matter and body (Astro's entry digests). */
  dossierDigests(slug: string): readonly string[];
  /** The browse links every 荣誉榜 page shows. */
  browse: AwardBrowse;
  /** A hash of which files that are not Markdown the content folder holds (see body-store.ts's `linkTargetsDigest`). */
  linkTargets: string;
  /**
   * A hash of the body renderer's code and of the dependency versions, locked and installed
   * (render-fingerprint.ts): Astro compares the lockfile only, not what `node_modules` holds.
   */
  renderer: string;
}

// Bump when what a page is rendered from changes in a way the route's props and the hashed
// inputs cannot show, so no page of an older build is reused.
const KEY_VERSION = 3;

function hash(parts: unknown): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url');
}

// A dossier's model is a prop of each of its seven pages, an award of its year's, level's and
// unit's lists and of their downloads, and the browse links are on every 荣誉榜 page: each object
// is hashed once per build instead of once per page. A build's models are made once and never
// changed, so an object's hash cannot go stale.
const objectHashes = new WeakMap<object, string>();

function hashOnce(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  let digest = objectHashes.get(value);
  if (digest === undefined) objectHashes.set(value, (digest = hash(value)));
  return digest;
}

/** A route's props with every object in them, and every object in a list, replaced by its hash. */
function propsDigest(props: object): unknown {
  return Object.entries(props).map(([name, value]) => [name, Array.isArray(value) ? value.map(hashOnce) : hashOnce(value)]);
}

/**
 * The key under which Astro's incremental build may reuse a page from the previous build
 * (`cacheKey` of `getStaticPaths`): a hash of everything the page is rendered from that is not
 * code. Astro adds the hash of the page's code and the lockfile, and renders again when either
 * differs. A dossier's pages hash the dossier's model and the content hash of every one of its
 * files, so an edit anywhere in a dossier renders its pages again and nothing else; a 荣誉榜 page
 * hashes the awards it lists and the browse links it shows, and an award list's download (CSV,
 * Excel) the awards it holds: writing a workbook costs more than rendering a page. Pages without
 * props (home, search, the 荣誉榜's own page) are not keyed and always render.
 */
export function pageCacheKey<D extends RoutedDossier, A extends RoutedAward>(route: Route<D, A>, inputs: PageInputs): string | undefined {
  switch (route.kind) {
    case 'dossier':
    case 'section':
    case 'print':
      return hash([KEY_VERSION, route.kind, route.path, propsDigest(route.props), inputs.dossierDigests(route.props.dossier.slug), inputs.linkTargets, inputs.renderer]);
    case 'awards-year':
    case 'awards-level':
    case 'awards-unit':
    case 'awards-undated':
      // Every 荣誉榜 page shows the same browse links, one per unit among them: hashed once per
      // build, not once per page, which made the keys grow with the square of the units.
      return hash([KEY_VERSION, route.kind, route.path, propsDigest(route.props), hashOnce(inputs.browse)]);
    case 'awards-file':
    case 'awards-unit-file':
      // A download holds its awards' rows and nothing else; the renderer's fingerprint brings in
      // the installed versions of the libraries that write it (the lockfile alone may lag them).
      return hash([KEY_VERSION, route.kind, route.path, propsDigest(route.props), inputs.renderer]);
    default:
      return undefined;
  }
}
