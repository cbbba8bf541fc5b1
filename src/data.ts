// The only place that reads Astro's content collections; everything else works on the plain
// models that src/lib builds from them.
import { getCollection, type CollectionEntry } from 'astro:content';
import { ARTICLE_SECTION_KINDS, type ArticleSectionKind } from './lib/constants.ts';
import { assembleDossiers, awardBrowse, collectAwards, type AwardBrowse, type DossierModel, type AwardRecord } from './lib/dossiers/index.ts';
import { routesOfKind, siteRoutes, type Route, type RouteKind, type RouteOfKind } from './lib/routes/index.ts';
import { readBody } from './lib/markdown/read-body.ts';
import { createBodyRenderer } from './lib/markdown/render.ts';
import { contentDirFromEnv } from './lib/site-settings.ts';
import { join } from 'node:path';

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
   * The rendered HTML of a Markdown body, by collection and id; empty for no id. Bodies are read
   * and rendered when first asked for, once per build, not kept in Astro's data store.
   */
  html: (collection: 'dossiers' | ArticleSectionKind | 'achievements', id: string | undefined) => Promise<string>;
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
  const files = new Map<string, string>();
  for (const entry of [...dossiers, ...achievements, ...sectionLists.flat()]) {
    if (entry.filePath) files.set(`${entry.collection}:${entry.id}`, join(__PROJECT_ROOT__, entry.filePath));
  }
  // The section page and the print view show the same bodies; each is rendered once.
  const render = createBodyRenderer({ contentDir: contentDirFromEnv(__PROJECT_ROOT__), base: import.meta.env.BASE_URL });
  const rendered = new Map<string, Promise<string>>();
  const html: SiteData['html'] = (collection, id) => {
    if (id === undefined) return Promise.resolve('');
    const key = `${collection}:${id}`;
    const file = files.get(key);
    if (!file) return Promise.reject(new Error(`没有找到 ${key} 的正文文件`));
    let body = rendered.get(key);
    if (!body) rendered.set(key, (body = readBody(file).then((markdown) => render(markdown, file))));
    return body;
  };
  const awards = collectAwards(models);
  const routes = siteRoutes({ dossiers: models, awards });
  return { dossiers: models, awards, routes, browse: awardBrowse(routes), html };
}

/** Every dossier, award and rendered body, loaded once per build. */
export function siteData(): Promise<SiteData> {
  cached ??= load();
  return cached;
}

/** What a page of one kind of route is rendered from: its `Astro.props`. */
export type PageProps<K extends RouteKind> = RouteOfKind<K, DossierModel, AwardRecord>['props'];

/** `getStaticPaths` of the page file that builds the routes of `kind`: their params and props. */
export async function staticPaths<K extends RouteKind>(kind: K) {
  const { routes } = await siteData();
  return routesOfKind(routes, kind).map(({ params, props }) => ({ params, props }));
}
