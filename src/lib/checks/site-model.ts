import { ARTICLE_SECTION_KINDS } from '../constants.ts';
import type { RouteKind, RoutedAward, RoutedDossier, SiteModel } from '../routes/index.ts';
import { AwardSchema, DossierSchema } from '../schemas/index.ts';
import { awardAnchor, urls } from '../urls.ts';
import type { CheckContext } from './types.ts';

/**
 * The site model as far as checked content shows it. Files with errors still give what can be read
 * of them; what they leave unknown is recorded, so the link rule can say it is unsure instead of
 * guessing either way.
 */
export interface CheckedSiteModel {
  model: SiteModel<RoutedDossier, RoutedAward>;
  /**
   * Kinds of pages that content with errors may add once it is fixed (a year page for an award
   * whose years do not parse), each with the file to fix first.
   */
  openKinds: Map<RouteKind, string>;
  /** Pages whose anchors depend on a file that could not be read (an award list that is not a list), with that file. */
  openAnchors: Map<string, string>;
}

// The year, level and unit of an award each come from one field, so each is read on its own: an
// award with a bad title still says which year pages it is on.
const AWARD_FIELDS = AwardSchema.in.shape;
const UNIT = DossierSchema.shape.unit;

/** A unit's page and its award list to download, which the site builds once the unit has an award. */
const UNIT_KINDS: readonly RouteKind[] = ['awards-unit', 'awards-unit-file'];

/** The pages an award is listed on besides its dossier's. */
const AWARD_KINDS: readonly RouteKind[] = ['awards-year', 'awards-undated', 'awards-level', ...UNIT_KINDS];

type MutableDossier = RoutedDossier & { sections: Record<(typeof ARTICLE_SECTION_KINDS)[number], { articles: { anchor: string }[] }>; awards: { anchor: string }[] };

/**
 * Reads the site model from the checked files: every dossier with an overview, its articles'
 * anchors, its awards' anchors and the year, level and unit of each award, in the same shapes the
 * site's own model has, so the route table built from it lists the same pages.
 */
export function checkedSiteModel(ctx: CheckContext): CheckedSiteModel {
  const dossiers = new Map<string, MutableDossier>();
  // Each dossier's unit, or the overview to fix when its unit cannot be read.
  const units = new Map<string, { unit: string } | { fix: string }>();
  const openKinds = new Map<RouteKind, string>();
  const openAnchors = new Map<string, string>();
  const open = (kinds: readonly RouteKind[], fix: string) => {
    for (const kind of kinds) if (!openKinds.has(kind)) openKinds.set(kind, fix);
  };

  for (const file of ctx.files) {
    if (file.role.kind !== 'dossier') continue;
    const slug = file.role.dossier;
    const sections = Object.fromEntries(ARTICLE_SECTION_KINDS.map((kind) => [kind, { articles: [] }])) as unknown as MutableDossier['sections'];
    dossiers.set(slug, { slug, sections, awards: [] });
    const unit = UNIT.safeParse(ctx.data(file)?.unit);
    units.set(slug, unit.success ? { unit: unit.data } : { fix: file.path });
  }

  const awards: RoutedAward[] = [];
  for (const file of ctx.files) {
    const role = file.role;
    if (role.kind === 'article') dossiers.get(role.dossier)?.sections[role.section].articles.push({ anchor: role.name });
    if (role.kind !== 'achievements') continue;
    const dossier = dossiers.get(role.dossier);
    if (!dossier) continue;
    const list = ctx.data(file)?.awards ?? (ctx.data(file) ? [] : undefined);
    if (!Array.isArray(list)) {
      openAnchors.set(urls.section(role.dossier, 'achievements'), file.path);
      openAnchors.set(urls.print(role.dossier), file.path);
      open(AWARD_KINDS, file.path);
      continue;
    }
    list.forEach((raw: unknown, index) => {
      dossier.awards.push({ anchor: awardAnchor(index) });
      const fields = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
      const years = AWARD_FIELDS.years.safeParse(fields.years);
      const level = AWARD_FIELDS.level.safeParse(fields.level);
      const unit = units.get(role.dossier)!;
      if (!years.success || !level.success) {
        // Once fixed, the award joins the pages of its year, level and unit, whichever they are.
        open(AWARD_KINDS, file.path);
        return;
      }
      if ('fix' in unit) open(UNIT_KINDS, unit.fix);
      awards.push({ years: years.data, unit: 'unit' in unit ? unit.unit : undefined, ...(level.data ? { level: level.data } : {}) });
    });
  }
  // Anchors come from file names, so their order does not matter here; the pages do not depend on it.
  return { model: { dossiers: [...dossiers.values()], awards }, openKinds, openAnchors };
}
