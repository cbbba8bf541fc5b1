import { SECTION_INTRO_FILE } from '../constants.ts';

/** What a section file's id says about it. */
export interface SectionFileId {
  dossier: string;
  /** True for the section introduction (`index.md`). */
  isIntro: boolean;
  /** The article's anchor on the section page: the file name without `NN-` and `.md`. */
  anchor: string;
  /** The `NN` prefix of the file name, if there is one. */
  prefixOrder: number | undefined;
}

const INTRO_NAME = SECTION_INTRO_FILE.replace(/\.md$/, '');

/**
 * Splits a section file id such as `huangzhou-office/03-zuofeng-jianshe` into its dossier, anchor
 * and order prefix.
 *
 * @example parseSectionFileId('huangzhou-office/03-zuofeng-jianshe')
 * // { dossier: 'huangzhou-office', isIntro: false, anchor: 'zuofeng-jianshe', prefixOrder: 3 }
 */
export function parseSectionFileId(id: string): SectionFileId {
  const slash = id.indexOf('/');
  const dossier = slash === -1 ? '' : id.slice(0, slash);
  const name = id.slice(slash + 1).replace(/\.md$/, '');
  if (name === INTRO_NAME) return { dossier, isIntro: true, anchor: '', prefixOrder: undefined };
  const match = /^(\d+)-(.+)$/.exec(name);
  if (!match) return { dossier, isIntro: false, anchor: name, prefixOrder: undefined };
  return { dossier, isIntro: false, anchor: match[2]!, prefixOrder: Number(match[1]) };
}
