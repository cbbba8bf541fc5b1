// The only place that reads Astro's content collections; everything else works on the plain
// models that src/lib builds from them.
import { getCollection, type CollectionEntry } from 'astro:content';
import { ARTICLE_SECTION_KINDS, type ArticleSectionKind } from './lib/constants.ts';
import { assembleDossiers, awardBrowse, collectAwards, type AwardBrowse, type DossierModel, type AwardRecord } from './lib/dossiers/index.ts';

type SectionEntry = CollectionEntry<ArticleSectionKind>;

interface SiteData {
  dossiers: DossierModel[];
  awards: AwardRecord[];
  /** The 荣誉榜's year, level and unit links, computed once for every page that shows them. */
  browse: AwardBrowse;
  /** Rendered HTML of every Markdown body, by collection and id. */
  html: (collection: 'dossiers' | ArticleSectionKind | 'achievements', id: string | undefined) => string;
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
  const html = new Map<string, string>();
  for (const entry of [...dossiers, ...achievements, ...sectionLists.flat()]) {
    html.set(`${entry.collection}:${entry.id}`, entry.rendered?.html ?? '');
  }
  const awards = collectAwards(models);
  return {
    dossiers: models,
    awards,
    browse: awardBrowse(awards),
    html: (collection, id) => (id === undefined ? '' : (html.get(`${collection}:${id}`) ?? '')),
  };
}

/** Every dossier, award and rendered body, loaded once per build. */
export function siteData(): Promise<SiteData> {
  cached ??= load();
  return cached;
}

/** `getStaticPaths` of a page built once per dossier: `params.dossier` and the dossier as props. */
export async function dossierPaths() {
  const { dossiers } = await siteData();
  return dossiers.map((dossier) => ({ params: { dossier: dossier.slug }, props: { dossier } }));
}
