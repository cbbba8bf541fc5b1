import type { AstroIntegration } from 'astro';
import { dossierOrder } from '../lib/dossiers/assemble.ts';
import { BODY_COLLECTIONS, siteBodySources } from '../lib/dossiers/body-sources.ts';
import { BODY_CACHE_ENV } from '../lib/markdown/body-cache-env.ts';
import { renderBodiesAhead } from '../lib/markdown/site-bodies.ts';
import type { Dossier } from '../lib/schemas/index.ts';
import { takeSynced } from '../loaders/synced-entries.ts';

/** Where the site's content and pages are. */
export interface BodiesAheadOptions {
  root: string;
  contentDir: string;
  base: string;
}

/**
 * Starts rendering the site's Markdown bodies into the body store at `astro:build:start`, once the
 * content is synced, instead of when the first page asks for one: while Astro bundles the pages,
 * one core has little to do. Only in a build that keeps a body store (scripts/build.ts names it);
 * placed after the render gate, so that a large archive's bodies wait for its check as its pages do.
 */
export function bodiesAhead(options: BodiesAheadOptions): AstroIntegration {
  return {
    name: 'huazhang:bodies-ahead',
    hooks: {
      'astro:build:start': () => {
        const cacheDir = process.env[BODY_CACHE_ENV];
        const entries = takeSynced(BODY_COLLECTIONS);
        if (!cacheDir || !entries) return;
        const dossiers = entries.filter((entry) => entry.collection === 'dossiers').map(({ id, data }) => ({ id, data: data as Dossier }));
        renderBodiesAhead({
          ...options,
          cacheDir,
          bodies: siteBodySources(options.root, entries),
          dossierOrder: dossierOrder(dossiers),
        });
      },
    },
  };
}
