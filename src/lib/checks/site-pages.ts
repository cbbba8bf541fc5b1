import { siteRoutes, type RouteKind } from '../routes/index.ts';
import { parseSiteSettings } from '../site-settings.ts';
import { urls } from '../urls.ts';
import type { FileRole } from './classify.ts';
import { checkedSiteModel } from './site-model.ts';
import type { CheckContext } from './types.ts';

/** The site as the link rule sees it: the route table of the checked content, and what its errors leave open. */
export interface SitePages {
  /** Every page and file the build makes, by path without the base path, with the anchors it carries. */
  pages: Map<string, ReadonlySet<string>>;
  /** Kinds of pages that content with errors may still add, each with the file to fix first. */
  openKinds: Map<RouteKind, string>;
  /** Pages whose anchors cannot be known until a file is fixed, with that file. */
  openAnchors: Map<string, string>;
  /** The base path the build uses, `/` or `/huazhang/`, with `BASE_PATH` applied as the build applies it. */
  base: string;
  /** The site's own address (`https://example.gov.cn`), with `SITE_URL` applied; links to it are internal. */
  origin: string | undefined;
}

/** The page a content file's text appears on, for resolving its relative links. */
export function pageOf(role: FileRole): string | undefined {
  switch (role.kind) {
    case 'dossier':
      return urls.dossier(role.dossier);
    case 'article':
    case 'section-intro':
      return urls.section(role.dossier, role.section);
    case 'achievements':
      return urls.section(role.dossier, 'achievements');
    default:
      return undefined;
  }
}

/** The address of the exact spot a content file is shown at, to suggest instead of a `.md` link. */
export function addressOf(role: FileRole): string | undefined {
  return role.kind === 'article' ? urls.article(role.dossier, role.section, role.name) : pageOf(role);
}

/**
 * Lists every page of the site from the content alone, through the same route table the pages are
 * built from, so the link rule and the build can never disagree about an address.
 */
export function sitePages(ctx: CheckContext): SitePages {
  const { model, openKinds, openAnchors } = checkedSiteModel(ctx);
  const pages = new Map(siteRoutes(model).map((route) => [route.path, new Set(route.anchors)] as const));
  const siteFile = ctx.files.find((file) => file.role.kind === 'site');
  const settings = parseSiteSettings((siteFile && ctx.data(siteFile)) ?? {}, ctx.env);
  // Settings with errors are reported by the schema rule; links are then read as for a site at the root.
  const base = settings.success ? settings.data.base : '/';
  const origin = settings.success ? new URL(settings.data.url).origin : undefined;
  return { pages, openKinds, openAnchors, base, origin };
}
