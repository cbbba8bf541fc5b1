import type { AstroPrerenderer } from 'astro';
import { processGlobal } from '../lib/process-global.ts';
import { withoutBase } from '../lib/urls.ts';
import { pagesInIndexOrder, type IndexOrder } from '../lib/search/pages-in-index-order.ts';
import type { RenderProgress } from '../lib/search/shards-ahead.ts';

type Path = Awaited<ReturnType<AstroPrerenderer['getStaticPaths']>>[number];

// The build script's process for Astro sets the report; Astro's config, which may be another copy
// of this module, reads it.
const progress = () => processGlobal<{ report?: ((message: RenderProgress) => void) | undefined; othersLast?: boolean }>('render-progress', () => ({}));

/** Asks this process's Astro build to render its pages in index order and to tell `report` how far it is; `undefined` stops it. */
export function reportRenderProgress(report: ((message: RenderProgress) => void) | undefined): void {
  progress().report = report;
}

/**
 * Says that the build indexes shards as Astro reports them done, so the pages outside dossiers,
 * which no shard reads, are rendered after the dossiers' (pages-in-index-order.ts). Heard after
 * the pages are listed, it changes nothing.
 */
export function renderOtherPagesLast(last: boolean): void {
  progress().othersLast = last;
}

/** The report given to {@link reportRenderProgress}, if any. */
export function renderProgressReport(): ((message: RenderProgress) => void) | undefined {
  return progress().report;
}

/**
 * Astro's own prerenderer, rendering the pages in index order (pages-in-index-order.ts) and
 * telling `report` the plan, then each dossier whose pages are all rendered. `base` is the site's
 * base path, which the addresses of Astro's requests start with; `dossiers` are the slugs in index order.
 */
export function indexOrderPrerenderer(astro: AstroPrerenderer, base: string, dossiers: readonly string[], report: (message: RenderProgress) => void): AstroPrerenderer {
  let order: IndexOrder<Path> | undefined;
  const ordered: AstroPrerenderer = {
    name: 'huazhang:index-order',
    async getStaticPaths() {
      order = pagesInIndexOrder(await astro.getStaticPaths(), dossiers, progress().othersLast === true);
      report({ renderPlan: { dossiers: [...dossiers], files: order.files } });
      return order.paths;
    },
    async render(request, options) {
      const response = await astro.render(request, options);
      const path = decodeURI(new URL(request.url).pathname);
      const group = order?.rendered(withoutBase(base, path) ?? path);
      if (group !== undefined) report({ rendered: group });
      return response;
    },
  };
  // The rest is Astro's, called on its own object.
  if (astro.setup) ordered.setup = () => astro.setup!();
  if (astro.teardown) ordered.teardown = () => astro.teardown!();
  if (astro.collectStaticImages) ordered.collectStaticImages = () => astro.collectStaticImages!();
  return ordered;
}
