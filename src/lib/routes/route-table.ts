import { ARTICLE_SECTION_KINDS, SECTION_KINDS, type ArticleSectionKind, type SectionKind } from '../constants.ts';
import { groupByLevel, groupByUnit, groupByYear, type AwardRecord } from '../dossiers/award-index.ts';
import { AWARD_FILE_FORMATS, type AwardFileFormat } from '../downloads/formats.ts';
import { AWARD_LEVELS, type AwardLevel } from '../schemas/award-level.ts';
import { levelSlug, PAGE_ANCHORS, printAnchor, unitSlug, urls } from '../urls.ts';

/**
 * What the route table needs to know of a dossier: its slug, its articles' anchors and its
 * awards' anchors. The site passes its full models (which pages then get as props); the checker
 * passes what it could read of content that may have errors.
 */
export interface RoutedDossier {
  slug: string;
  sections: Readonly<Record<ArticleSectionKind, { readonly articles: readonly { anchor: string }[] }>>;
  awards: readonly { anchor: string }[];
}

/**
 * What the route table needs to know of an award: the year, level and unit pages it is listed on.
 * The checker may not know the unit of a dossier whose overview has errors; such an award is on
 * no unit page.
 */
export type RoutedAward = Pick<AwardRecord, 'years' | 'level'> & { unit: string | undefined };

/** The content a site is built from, as the route table reads it. */
export interface SiteModel<D extends RoutedDossier, A extends RoutedAward> {
  /** Dossiers in the order the site lists them. */
  dossiers: readonly D[];
  /** Every award of every dossier, in the order the 荣誉榜 lists them. */
  awards: readonly A[];
}

type Empty = Record<never, never>;

interface RouteOf<K extends string, Params, Props> {
  kind: K;
  /** The site path, without the base path: `/huangzhou-office/service/`. */
  path: string;
  /** The page file's route parameters, as `getStaticPaths` returns them. */
  params: Params;
  /** What the page is rendered from, as `getStaticPaths` returns it. */
  props: Props;
  /** The anchors (`id`s) the page template puts on the page; bodies may add their own. */
  anchors: readonly string[];
  /** Whether search engines are told about the page. */
  inSitemap: boolean;
  /**
   * Who the page is for. Reading pages are for readers; the content editor is for editors only:
   * `robots.txt` keeps search engines out of it, and the page-weight figures and the reading
   * templates' browser tests leave it to its own tests.
   */
  audience: 'readers' | 'editors';
}

/** One page or file of the site. `D` and `A` are the dossier and award shapes the table was built from. */
export type Route<D extends RoutedDossier = RoutedDossier, A extends RoutedAward = RoutedAward> =
  | RouteOf<'home', Empty, Empty>
  | RouteOf<'dossier', { dossier: string }, { dossier: D }>
  | RouteOf<'section', { dossier: string; section: SectionKind }, { dossier: D; kind: SectionKind }>
  | RouteOf<'print', { dossier: string }, { dossier: D }>
  | RouteOf<'awards', Empty, Empty>
  | RouteOf<'awards-year', { year: string }, { year: number; awards: A[] }>
  | RouteOf<'awards-undated', { page: undefined }, { awards: A[] }>
  | RouteOf<'awards-level', { level: string }, { level: AwardLevel | undefined; awards: A[] }>
  | RouteOf<'awards-units', Empty, Empty>
  | RouteOf<'awards-unit', { unit: string }, { unit: string; awards: A[] }>
  | RouteOf<'awards-file', { format: AwardFileFormat }, { format: AwardFileFormat; awards: A[] }>
  | RouteOf<'awards-unit-file', { unit: string; format: AwardFileFormat }, { format: AwardFileFormat; awards: A[] }>
  | RouteOf<'search', Empty, Empty>
  | RouteOf<'admin', Empty, Empty>
  | RouteOf<'not-found', Empty, Empty>
  | RouteOf<'feed' | 'sitemap' | 'robots' | 'awards-data', Empty, Empty>;

/** One of the kinds of {@link Route}. */
export type RouteKind = Route['kind'];

/** The route of one kind. */
export type RouteOfKind<K extends RouteKind, D extends RoutedDossier = RoutedDossier, A extends RoutedAward = RoutedAward> = Extract<
  Route<D, A>,
  { kind: K }
>;

const BROWSE_ANCHORS = [PAGE_ANCHORS.main, PAGE_ANCHORS.byYear, PAGE_ANCHORS.byLevel, PAGE_ANCHORS.byUnit];

function page<K extends RouteKind, Params, Props>(kind: K, path: string, params: Params, props: Props, anchors: readonly string[] = [PAGE_ANCHORS.main]) {
  return { kind, path, params, props, anchors, inSitemap: true, audience: 'readers' as const };
}

function file<K extends 'not-found' | 'feed' | 'sitemap' | 'robots' | 'awards-data'>(kind: K, path: string) {
  return { kind, path, params: {}, props: {}, anchors: kind === 'not-found' ? [PAGE_ANCHORS.main] : [], inSitemap: false, audience: 'readers' as const };
}

function dossierRoutes<D extends RoutedDossier>(dossier: D) {
  const { slug } = dossier;
  const awardAnchors = dossier.awards.map((award) => award.anchor);
  const sectionAnchors = (kind: SectionKind) => {
    if (kind === 'achievements') return [PAGE_ANCHORS.sectionContents, ...awardAnchors];
    const { articles } = dossier.sections[kind];
    return [PAGE_ANCHORS.sectionContents, ...(articles.length > 0 ? [PAGE_ANCHORS.contentsHere] : []), ...articles.map((article) => article.anchor)];
  };
  const printAnchors = [
    PAGE_ANCHORS.printContents,
    PAGE_ANCHORS.preface,
    ...ARTICLE_SECTION_KINDS.flatMap((kind) => [printAnchor(kind), ...dossier.sections[kind].articles.map((article) => printAnchor(kind, article.anchor))]),
    printAnchor('achievements'),
    ...awardAnchors,
  ];
  return [
    page('dossier', urls.dossier(slug), { dossier: slug }, { dossier }, [PAGE_ANCHORS.main, PAGE_ANCHORS.preface, PAGE_ANCHORS.contents]),
    ...SECTION_KINDS.map((kind) =>
      page('section', urls.section(slug, kind), { dossier: slug, section: kind }, { dossier, kind }, [PAGE_ANCHORS.main, ...sectionAnchors(kind)]),
    ),
    { ...page('print', urls.print(slug), { dossier: slug }, { dossier }, [PAGE_ANCHORS.main, ...printAnchors]), inSitemap: false },
  ];
}

/** The awards of each unit, for its page and its downloads; an award whose unit is unknown is on neither. */
function unitGroups<A extends RoutedAward>(awards: readonly A[]) {
  return groupByUnit(awards.filter((award): award is A & { unit: string } => award.unit !== undefined));
}

function awardRoutes<A extends RoutedAward>(awards: readonly A[]) {
  const { years, undated } = groupByYear(awards);
  const units = unitGroups(awards);
  // The chart of awards per year is drawn where there are dated awards to draw.
  const chart = (list: readonly A[]) => (list.some((award) => award.years.length > 0) ? [PAGE_ANCHORS.awardChart] : []);
  return [
    page('awards', urls.awards(), {}, {}, [...BROWSE_ANCHORS, ...chart(awards), PAGE_ANCHORS.allAwards]),
    ...years.map((group) => page('awards-year', urls.awardsYear(group.key), { year: String(group.key) }, { year: group.key, awards: group.awards }, BROWSE_ANCHORS)),
    ...(undated.length > 0 ? [page('awards-undated', urls.awardsUndated(), { page: undefined }, { awards: undated }, BROWSE_ANCHORS)] : []),
    ...groupByLevel(awards).map((group) =>
      page('awards-level', urls.awardsLevel(group.key), { level: levelSlug(group.key) }, { level: group.key, awards: group.awards }, BROWSE_ANCHORS),
    ),
    page('awards-units', urls.awardsUnits(), {}, {}),
    ...units.map((group) =>
      page('awards-unit', urls.awardsUnit(group.key), { unit: unitSlug(group.key) }, { unit: group.key, awards: group.awards }, [
        ...BROWSE_ANCHORS,
        ...chart(group.awards),
        PAGE_ANCHORS.awardList,
      ]),
    ),
  ];
}

/**
 * The award lists offered for download: the whole 荣誉榜, and each unit's awards beside its page,
 * in every format. Each holds exactly the awards of the table it is linked from.
 */
function awardFileRoutes<A extends RoutedAward>(awards: readonly A[]) {
  const units = unitGroups(awards);
  const download = <K extends 'awards-file' | 'awards-unit-file', P>(kind: K, path: string, params: P, props: { format: AwardFileFormat; awards: A[] }) => ({
    kind,
    path,
    params,
    props,
    anchors: [],
    inSitemap: false,
    audience: 'readers' as const,
  });
  return [
    ...AWARD_FILE_FORMATS.map((format) => download('awards-file', urls.awardsFile(format), { format }, { format, awards: [...awards] })),
    ...units.flatMap((group) =>
      AWARD_FILE_FORMATS.map((format) =>
        download('awards-unit-file', urls.awardsUnitFile(group.key, format), { unit: unitSlug(group.key), format }, { format, awards: group.awards }),
      ),
    ),
  ];
}

/**
 * Every page and file the site builds, derived from its content: the one list that the pages'
 * `getStaticPaths`, the sitemap, the link checker, the benchmark and the build tests read. Pages
 * come in reading order: home, each dossier with its sections, the 荣誉榜 and its browse pages,
 * search; then the content editor, the 404 page and the site's data files.
 *
 * @example siteRoutes({ dossiers, awards }).filter((route) => route.inSitemap).map((route) => route.path)
 */
export function siteRoutes<D extends RoutedDossier, A extends RoutedAward>(model: SiteModel<D, A>): Route<D, A>[] {
  const routes: Route<D, A>[] = [
    page('home', urls.home(), {}, {}, [PAGE_ANCHORS.main, PAGE_ANCHORS.homeDossiers, PAGE_ANCHORS.homeLatestAwards]),
    ...model.dossiers.flatMap((dossier) => dossierRoutes(dossier)),
    ...awardRoutes(model.awards),
    page('search', urls.search(), {}, {}),
    // The content editor: a page of the site, for editors only.
    { ...page('admin', urls.admin(), {}, {}, []), inSitemap: false, audience: 'editors' as const },
    file('not-found', urls.notFound()),
    file('feed', urls.feed()),
    file('sitemap', urls.sitemap()),
    file('robots', urls.robots()),
    file('awards-data', urls.awardsData()),
    ...awardFileRoutes(model.awards),
  ];
  return routes;
}

/** The routes of one kind, narrowed to its params and props. */
export function routesOfKind<K extends RouteKind, D extends RoutedDossier, A extends RoutedAward>(routes: readonly Route<D, A>[], kind: K): RouteOfKind<K, D, A>[] {
  return routes.filter((route): route is RouteOfKind<K, D, A> => route.kind === kind);
}

/**
 * The file a route is written to, relative to the built site: pages at `/x/` are `x/index.html`,
 * everything else is its own path.
 *
 * @example outputFile({ path: '/awards/2010/' }) // 'awards/2010/index.html'
 */
export function outputFile(route: Pick<Route, 'path'>): string {
  const relative = route.path.slice(1);
  return route.path.endsWith('/') ? `${relative}index.html` : relative;
}

/**
 * The kind of 荣誉榜 page (or unit's download) a path would be if some award were listed on it,
 * read back with the same URL builders that make those pages; `undefined` for any other path. The link checker asks this
 * about a missing page when an award it could not read might still add one.
 *
 * @example awardPageKind('/awards/2030/') // 'awards-year'
 */
export function awardPageKind(path: string): RouteKind | undefined {
  if (path === urls.awardsUndated()) return 'awards-undated';
  const year = /^\d+$/.exec(path.slice(urls.awards().length, -1))?.[0];
  if (year !== undefined && path === urls.awardsYear(Number(year))) return 'awards-year';
  if ([...AWARD_LEVELS, undefined].some((level) => path === urls.awardsLevel(level))) return 'awards-level';
  const unit = path.startsWith(urls.awardsUnits()) ? path.slice(urls.awardsUnits().length, -1) : '';
  if (unit !== '' && !unit.includes('/') && path === urls.awardsUnit(unit)) return 'awards-unit';
  // A unit's downloads sit beside its page: the page's path and the file's name.
  for (const format of AWARD_FILE_FORMATS) {
    const name = urls.awardsUnitFile('', format).slice(urls.awardsUnit('').length);
    if (path.endsWith(`/${name}`) && awardPageKind(path.slice(0, -name.length)) === 'awards-unit') return 'awards-unit-file';
  }
  return undefined;
}
