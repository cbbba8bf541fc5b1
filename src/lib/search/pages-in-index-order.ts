// The order a build renders its pages in, so that the search index's shards can be indexed while
// Astro still renders (shards-ahead.ts): `awards.json` first, which plans every shard, then each
// dossier's pages together, dossiers in index order. The other pages outside dossiers come last
// when shards are indexed meanwhile, since no shard reads them: at 100 dossiers they took a third
// of the rendering, and rendered first they left the last shard waiting until Astro was done.
// Otherwise they come first: a large archive, whose shards wait for Astro, rendered them last
// beside a larger heap, and its rendering took 178 s instead of 144 s.
import { outputFile } from '../routes/route-table.ts';
import { urls } from '../urls.ts';

/** A page to render, as Astro's prerenderer lists it. */
export interface PathToRender {
  pathname: string;
  route: { type: string };
}

/** The dossier a site path belongs to: its first segment when that is a dossier's slug. */
function dossierOf(pathname: string, dossiers: ReadonlySet<string>): string | undefined {
  const first = pathname.replace(/^\/+/, '').split('/')[0] ?? '';
  return dossiers.has(first) ? first : undefined;
}

/** A page's path as the site addresses it, with its closing slash: Astro lists some pages without one. */
function asFolder(pathname: string): string {
  return pathname.endsWith('/') ? pathname : `${pathname}/`;
}

/** Whether a site path is one the shards are planned from. */
const plansShards = (pathname: string) => asFolder(pathname) === asFolder(urls.awardsData());

/** `paths` in render order, the dossiers' HTML files, and what to tell the build once a path is rendered. */
export interface IndexOrder<T> {
  paths: T[];
  /** Each dossier's HTML files, relative to the site folder. */
  files: Record<string, string[]>;
  /**
   * Counts one page of the site path `pathname` (without the base path) as rendered; returns its
   * group, a dossier's slug or `null` for `awards.json`, when that was the group's last page, and
   * undefined otherwise (always for the other pages outside dossiers).
   */
  rendered(pathname: string): string | null | undefined;
}

/**
 * Orders `paths` for the index: `awards.json`, then the pages of each of `dossiers` (slugs in
 * index order) together, each dossier's in Astro's order; the other pages outside dossiers, in
 * Astro's order, come after the dossiers' with `othersLast`, before them otherwise.
 */
export function pagesInIndexOrder<T extends PathToRender>(paths: readonly T[], dossiers: readonly string[], othersLast: boolean): IndexOrder<T> {
  const known = new Set(dossiers);
  const plan: T[] = [];
  const outside: T[] = [];
  const byDossier = new Map<string, T[]>(dossiers.map((slug) => [slug, []]));
  for (const path of paths) {
    const dossier = dossierOf(path.pathname, known);
    if (dossier !== undefined) byDossier.get(dossier)!.push(path);
    else (plansShards(path.pathname) ? plan : outside).push(path);
  }
  const files: Record<string, string[]> = {};
  for (const [slug, list] of byDossier) files[slug] = list.filter((path) => path.route.type === 'page').map((path) => outputFile({ path: asFolder(path.pathname) }));
  const left = new Map<string | null, number>([[null, plan.length], ...[...byDossier].map(([slug, list]) => [slug, list.length] as const)]);
  return {
    paths: othersLast ? [...plan, ...dossiers.flatMap((slug) => byDossier.get(slug)!), ...outside] : [...plan, ...outside, ...dossiers.flatMap((slug) => byDossier.get(slug)!)],
    files,
    rendered(pathname) {
      const group = dossierOf(pathname, known) ?? (plansShards(pathname) ? null : undefined);
      if (group === undefined) return undefined;
      const count = (left.get(group) ?? 0) - 1;
      left.set(group, count);
      return count === 0 ? group : undefined;
    },
  };
}
