import { ARTICLE_SECTION_KINDS } from '../constants.ts';
import { AchievementsSchema, AwardSchema, AWARD_LEVELS, DossierSchema, SiteSettingsSchema } from '../schemas/index.ts';
import { urls } from '../urls.ts';
import type { FileRole } from './classify.ts';
import type { CheckContext } from './types.ts';

/** The pages the build will make, each with the anchors it is known to have (`undefined`: any). */
export interface SitePages {
  pages: Map<string, Set<string> | undefined>;
  /** The base path from `site.yaml` (`/` by default), which links may include. */
  base: string;
  /**
   * Pages that exist if the content they come from were valid. While that content has errors the
   * link rule accepts them, so one broken award does not also break every link to its year.
   */
  uncertain: RegExp[];
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
 * Lists every page of the site from the content alone, using the same URL builders as the pages,
 * so the link rule and the build can never disagree about an address.
 */
export function sitePages(ctx: CheckContext): SitePages {
  const pages = new Map<string, Set<string> | undefined>();
  const add = (url: string, anchors?: Iterable<string>) => {
    const [page, anchor] = url.split('#');
    // A page already known to accept any anchor (its content has errors) stays that way.
    if (pages.has(page!) && pages.get(page!) === undefined) return;
    const set = pages.get(page!) ?? (anchors || anchor ? new Set<string>() : undefined);
    if (set) {
      for (const a of anchors ?? []) set.add(a);
      if (anchor) set.add(anchor);
    }
    pages.set(page!, set);
  };
  for (const url of [urls.home(), urls.awards(), urls.awardsUnits(), urls.awardsUndated(), urls.search(), urls.feed(), urls.sitemap()]) add(url);
  add('/sitemap-index.xml');
  add('/404.html');
  for (const level of [...AWARD_LEVELS, undefined]) add(urls.awardsLevel(level));

  let base = '/';
  const uncertain: RegExp[] = [];
  for (const file of ctx.files) {
    const data = ctx.data(file);
    const role = file.role;
    if (role.kind === 'site') {
      const site = SiteSettingsSchema.safeParse(data);
      if (site.success) base = site.data.base;
    } else if (role.kind === 'dossier') {
      add(urls.dossier(role.dossier));
      add(urls.print(role.dossier));
      for (const section of ARTICLE_SECTION_KINDS) add(urls.section(role.dossier, section), []);
      add(urls.section(role.dossier, 'achievements'), []);
      const dossier = DossierSchema.safeParse(data);
      if (dossier.success) add(urls.awardsUnit(dossier.data.unit));
      else uncertain.push(/^\/awards\/unit\/[^/]+\/$/);
    } else if (role.kind === 'article') {
      add(urls.article(role.dossier, role.section, role.name));
    } else if (role.kind === 'achievements') {
      const page = urls.section(role.dossier, 'achievements');
      const awards = AchievementsSchema.safeParse(data).success ? (data?.awards ?? []) : data?.awards;
      if (!Array.isArray(awards)) {
        pages.set(page, undefined);
        uncertain.push(/^\/awards\/\d{4}\/$/);
        continue;
      }
      add(page, []);
      awards.forEach((raw, i) => {
        add(urls.award(role.dossier, i));
        // Each award is validated alone, so the valid ones still say which year pages exist.
        const award = AwardSchema.safeParse(raw);
        if (award.success) for (const year of award.data.years) add(urls.awardsYear(year));
        else uncertain.push(/^\/awards\/\d{4}\/$/);
      });
    }
  }
  return { pages, base, uncertain };
}
