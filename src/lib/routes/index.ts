/** The site's pages and files, derived from the content: one table for pages, sitemap, checker and benchmark. */
export {
  awardPageKind,
  outputFile,
  routesOfKind,
  siteRoutes,
  type Route,
  type RouteKind,
  type RouteOfKind,
  type RoutedAward,
  type RoutedDossier,
  type SiteModel,
} from './route-table.ts';
export { isReservedSlug, reservedNames, reservedSlugValues } from './reserved-names.ts';
