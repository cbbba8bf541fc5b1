// The only place that reads Astro's content collections; everything else works on the plain
// models that src/lib builds from them.
import { getCollection, type CollectionEntry } from 'astro:content';
import { ARTICLE_SECTION_KINDS, type ArticleSectionKind } from './lib/constants.ts';
import { siteBodySources, type BodyCollection } from './lib/dossiers/body-sources.ts';
import { assembleDossiers, awardBrowse, collectAwards, type AwardBrowse, type DossierModel, type AwardRecord } from './lib/dossiers/index.ts';
import { routesOfKind, siteRoutes, type Route, type RouteKind, type RouteOfKind } from './lib/routes/index.ts';
import { pageCacheKey, type PageInputs } from './lib/routes/page-cache-key.ts';
import { BODY_CACHE_ENV } from './lib/markdown/body-cache-env.ts';
import { createSiteBodies } from './lib/markdown/site-bodies.ts';
import type { RenderedBody } from './lib/markdown/render.ts';
import { contentDirFromEnv } from './lib/site-settings.ts';
import { settings } from './settings.ts';

type SectionEntry = CollectionEntry<ArticleSectionKind>;

// The project root, defined by astro.config.mjs; content file paths are relative to it.
declare const __PROJECT_ROOT__: string;

interface SiteData {
  dossiers: DossierModel[];
  awards: AwardRecord[];
  /** Every page and file of the site, with what each page is rendered from. */
  routes: Route<DossierModel, AwardRecord>[];
  /** The 荣誉榜's year, level and unit links, computed once for every page that shows them. */
  browse: AwardBrowse;
  /**
   * A Markdown body rendered, by collection and id: its HTML and its outline. Bodies are read and
   * rendered when first asked for, once per build, not kept in Astro's data store (see
   * src/lib/markdown/site-bodies.ts).
   */
  body: (collection: BodyCollection, id: string) => Promise<RenderedBody>;
  /** The rendered HTML of a Markdown body, by collection and id; empty for no id. */
  html: (collection: BodyCollection, id: string | undefined) => Promise<string>;
  /** What pages show besides their props, for the keys of Astro's incremental build. */
  pageInputs: PageInputs;
}

let cached: Promise<SiteData> | undefined;

async function load(): Promise<SiteData> {
  const [dossiers, achievements, ...sectionLists] = await Promise.all([
    getCollection('dossiers'),
    getCollection('achievements'),
    ...ARTICLE_SECTION_KINDS.map((kind) => getCollection(kind)),
  ]);
  const sections = Object.fromEntries(ARTICLE_SECTION_KINDS.map((kind, i) => [kind, sectionLists[i] as SectionEntry[]])) as Record<
    ArticleSectionKind,
    SectionEntry[]
  >;
  const models = assembleDossiers({ dossiers, sections, achievements });
  const contentDir = contentDirFromEnv(__PROJECT_ROOT__);
  const entries = [...dossiers, ...achievements, ...sectionLists.flat()];
  const bodies = siteBodySources(__PROJECT_ROOT__, entries);
  // scripts/build.ts names the folder that keeps rendered bodies across builds; `astro dev` has none.
  const served = createSiteBodies({
    root: __PROJECT_ROOT__,
    contentDir,
    base: settings.base,
    bodies,
    dossierOrder: models.map((model) => model.slug),
    cacheDir: process.env[BODY_CACHE_ENV],
  });
  const body: SiteData['body'] = (collection, id) => served.body(`${collection}:${id}`);
  const html: SiteData['html'] = async (collection, id) => (id === undefined ? '' : (await body(collection, id)).html);
  const awards = collectAwards(models);
  const routes = siteRoutes({ dossiers: models, awards });
  const browse = awardBrowse(routes);
  // Every file of a dossier (its overview, section files and achievements), by content hash.
  const digests = new Map<string, string[]>();
  for (const body of bodies) {
    if (!digests.has(body.dossier)) digests.set(body.dossier, []);
    digests.get(body.dossier)!.push(`${body.key}:${body.digest}`);
  }
  const pageInputs: PageInputs = { dossierDigests: (slug) => (digests.get(slug) ?? []).sort(), browse, linkTargets: served.linkTargets, renderer: served.renderer };
  return { dossiers: models, awards, routes, browse, body, html, pageInputs };
}

/** Every dossier, award and rendered body, loaded once per build. */
export function siteData(): Promise<SiteData> {
  cached ??= load();
  return cached;
}

/** What a page of one kind of route is rendered from: its `Astro.props`. */
export type PageProps<K extends RouteKind> = RouteOfKind<K, DossierModel, AwardRecord>['props'];

/**
 * `getStaticPaths` of the page file that builds the routes of `kind`: their params and props, and
 * the key under which Astro's incremental build may reuse each page from the previous build.
 */
export async function staticPaths<K extends RouteKind>(kind: K) {
  const { routes, pageInputs } = await siteData();
  return routesOfKind(routes, kind).map((route) => {
    const cacheKey = pageCacheKey(route, pageInputs);
    return { params: route.params, props: route.props, ...(cacheKey === undefined ? {} : { cacheKey }) };
  });
}
