import { ARTICLE_SECTION_KINDS, SECTION_KINDS, type SectionKind } from '../constants.ts';
import { sectionName } from '../i18n.ts';
import { closest } from './closest.ts';

/** Where a Markdown file the site does not read most likely belongs. */
export type Misplacement =
  /** Its top folder is a section or `dossiers` misspelt (`servise/`, `Management/`, `管理篇/`). */
  | { kind: 'folder'; folder: string; suggestion: string }
  /** It is one level off: section and dossier folders swapped, or the dossier folder left out. */
  | { kind: 'file'; suggestion: string };

const TOP_FOLDERS = [...SECTION_KINDS, 'dossiers'] as const;
// The Chinese names editors give the folders: the section names the site prints, and 概述.
const CHINESE_NAMES: Readonly<Record<string, string>> = {
  ...Object.fromEntries(SECTION_KINDS.map((kind: SectionKind) => [sectionName(kind), kind])),
  概述: 'dossiers',
  纪实: 'dossiers',
  纪实概述: 'dossiers',
};

/** The folder a mistyped top folder most likely means, or `undefined`. */
function meantFolder(folder: string): string | undefined {
  const bare = folder.trim();
  return CHINESE_NAMES[bare] ?? closest(bare, TOP_FOLDERS);
}

/**
 * Judges a Markdown file that the layout does not place (`classifyPath` said stray) by its path
 * relative to the content folder, given the dossiers that exist. `undefined` when it looks like
 * no content file at all (notes, a draft folder), which is only worth a warning.
 *
 * @example misplaced('servise/demo/01-a.md', ['demo']) // { kind: 'folder', folder: 'servise', suggestion: 'service' }
 */
export function misplaced(contentPath: string, dossiers: readonly string[]): Misplacement | undefined {
  const parts = contentPath.split('/');
  const [top, second, third] = parts;
  const isSection = (name: string | undefined) => (ARTICLE_SECTION_KINDS as readonly string[]).includes(name ?? '');
  const file = parts.at(-1)!;
  if (parts.length === 2 && isSection(top)) {
    // The dossier folder was left out: management/01-a.md.
    return { kind: 'file', suggestion: `${top}/${dossiers.length === 1 ? dossiers[0] : '<纪实名>'}/${file}` };
  }
  if (parts.length === 3 && dossiers.includes(top!) && isSection(second)) {
    return { kind: 'file', suggestion: `${second}/${top}/${third}` };
  }
  if ((parts.length === 3 && !isSection(top)) || (parts.length === 2 && top !== 'dossiers' && top !== 'achievements')) {
    const meant = meantFolder(top!);
    if (!meant || meant === top) return undefined;
    const fits = (ARTICLE_SECTION_KINDS as readonly string[]).includes(meant) ? parts.length === 3 : parts.length === 2;
    return fits ? { kind: 'folder', folder: top!, suggestion: meant } : undefined;
  }
  return undefined;
}
