import { SECTION_KINDS, type SectionKind } from '../constants.ts';
import { sectionName } from '../i18n.ts';
import { urls } from '../urls.ts';

/** A previous or next link: its label and site path. */
export interface PagerLink {
  title: string;
  path: string;
}

/**
 * The sections before and after `kind` in reading order. The first section steps back to the
 * dossier's cover, so a reader can always go back; the last has no next.
 */
export function sectionPager(dossier: { slug: string; title: string }, kind: SectionKind): { prev?: PagerLink; next?: PagerLink } {
  const at = SECTION_KINDS.indexOf(kind);
  const before = SECTION_KINDS[at - 1];
  const after = SECTION_KINDS[at + 1];
  return {
    prev: before
      ? { title: sectionName(before), path: urls.section(dossier.slug, before) }
      : { title: dossier.title, path: urls.dossier(dossier.slug) },
    ...(after ? { next: { title: sectionName(after), path: urls.section(dossier.slug, after) } } : {}),
  };
}
