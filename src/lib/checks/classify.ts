import { ARTICLE_SECTION_KINDS, EDITOR_GUIDE_FILE, SECTION_INTRO_FILE, SITE_SETTINGS_FILE, type ArticleSectionKind } from '../constants.ts';

/** What a file under `content/` is, judged from its path alone. */
export type FileRole =
  | { kind: 'site' }
  | { kind: 'dossier'; dossier: string }
  | { kind: 'section-intro'; dossier: string; section: ArticleSectionKind }
  | { kind: 'article'; dossier: string; section: ArticleSectionKind; name: string; number?: number }
  | { kind: 'achievements'; dossier: string }
  /** The editor guide, `README.md` at the top of the content folder: read by people, not the site. */
  | { kind: 'guide' }
  /** A Markdown or YAML file where no page is built from it. */
  | { kind: 'stray' }
  /** Anything else: images and attachments that articles may link to. */
  | { kind: 'asset' };

const NUMBERED = /^(\d+)-(.+)$/;

/**
 * Classifies a path relative to the content folder (`management/huangzhou/01-a.md`) by the layout
 * editors follow: `site.yaml`, `dossiers/<d>.md`, `<section>/<d>/index.md`, `<section>/<d>/NN-<name>.md`
 * and `achievements/<d>.md`.
 */
export function classifyPath(contentPath: string): FileRole {
  const parts = contentPath.split('/');
  const isText = /\.(md|ya?ml)$/i.test(contentPath);
  if (parts.length === 1 && parts[0] === SITE_SETTINGS_FILE) return { kind: 'site' };
  if (parts.length === 1 && parts[0] === EDITOR_GUIDE_FILE) return { kind: 'guide' };
  if (!contentPath.endsWith('.md')) return isText ? { kind: 'stray' } : { kind: 'asset' };
  const [top, second, third] = parts;
  if (parts.length === 2 && top === 'dossiers') return { kind: 'dossier', dossier: second!.slice(0, -3) };
  if (parts.length === 2 && top === 'achievements') return { kind: 'achievements', dossier: second!.slice(0, -3) };
  if (parts.length === 3 && (ARTICLE_SECTION_KINDS as readonly string[]).includes(top!)) {
    const section = top as ArticleSectionKind;
    const dossier = second!;
    if (third === SECTION_INTRO_FILE) return { kind: 'section-intro', dossier, section };
    const stem = third!.slice(0, -3);
    const numbered = NUMBERED.exec(stem);
    return numbered
      ? { kind: 'article', dossier, section, name: numbered[2]!, number: Number(numbered[1]) }
      : { kind: 'article', dossier, section, name: stem };
  }
  return { kind: 'stray' };
}
