import type { AstroIntegration } from 'astro';
import { dossierOrder } from '../lib/dossiers/assemble.ts';
import { BODY_COLLECTIONS, siteBodySources } from '../lib/dossiers/body-sources.ts';
import { BODY_CACHE_ENV } from '../lib/markdown/body-cache-env.ts';
import { renderBodiesAhead } from '../lib/markdown/site-bodies.ts';
import type { Dossier } from '../lib/schemas/index.ts';
import { indexGroupOrder } from '../lib/search/shard-plan.ts';
import { takeSynced } from '../loaders/synced-entries.ts';
import { indexOrderPrerenderer, renderProgressReport } from './index-order.ts';

/** Where the site's content and pages are. */
export interface AheadOfPagesOptions {
  root: string;
  contentDir: string;
  base: string;
}

/**
 * Work a build starts at `astro:build:start`, once the content is synced, ahead of the pages. The
 * site's Markdown bodies are rendered into the body store from then on, instead of when the first
 * page asks for one: while Astro bundles the pages, one core has little to do. And when the build
 * script follows the pages for the search index (index-order.ts), the pages are rendered a
 * dossier at a time in index order, the bodies in the same order, so the index can start on
 * shards of dossiers while Astro still renders. Only in a build that keeps a body store
 * (scripts/build.ts names it); placed after the render gate, so that a large archive's bodies wait
 * for its check as its pages do.
 */
export function aheadOfPages(options: AheadOfPagesOptions): AstroIntegration {
  return {
    name: 'huazhang:ahead-of-pages',
    hooks: {
      'astro:build:start': ({ setPrerenderer }) => {
        const cacheDir = process.env[BODY_CACHE_ENV];
        const entries = takeSynced(BODY_COLLECTIONS);
        if (!cacheDir || !entries) return;
        const dossiers = entries.filter((entry) => entry.collection === 'dossiers').map(({ id, data }) => ({ id, data: data as Dossier }));
        const report = renderProgressReport();
        // The pages render the bodies the worker has not reached: both go in the order the pages are rendered.
        const order = report ? indexGroupOrder(dossiers.map(({ id }) => id)) : dossierOrder(dossiers);
        renderBodiesAhead({ ...options, cacheDir, bodies: siteBodySources(options.root, entries), dossierOrder: order });
        if (report) setPrerenderer((astro) => indexOrderPrerenderer(astro, options.base, order, report));
      },
    },
  };
}
