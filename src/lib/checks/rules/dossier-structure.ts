import path from 'node:path';
import { SECTION_KINDS, type SectionKind } from '../../constants.ts';
import { contentPaths } from '../../content-paths.ts';
import { relativePath } from '../content-listing.ts';
import { closest } from '../closest.ts';
import { misplaced } from '../misplaced.ts';
import { addressName } from '../suggest-name.ts';
import type { CheckRule } from '../types.ts';
import { sectionName } from '../../i18n.ts';

/** Section names for English messages; the Chinese ones come from the UI strings. */
const SECTION_NAMES_EN: Record<SectionKind, string> = {
  management: 'management section',
  service: 'service section',
  creation: 'creation section',
  achievements: 'achievements section',
};

/** The existing dossier a folder name is likely a typo of, and a valid name for a new one. */
function nameHints(dossier: string, dossiers: ReadonlySet<string>): { suggestion?: string; newName: string } {
  const suggestion = closest(dossier, [...dossiers]);
  return { ...(suggestion ? { suggestion } : {}), newName: addressName(dossier) };
}

/**
 * The folder layout ties every section to a dossier overview by name, so a misspelt folder would
 * silently vanish from the site. Also warns when a dossier lacks one of its four sections, and
 * about files in places from which no page is built.
 */
export const dossierStructureRule: CheckRule = {
  id: 'dossier-structure',
  description: 'Sections need a dossier overview; dossiers should have all four sections; no stray files.',
  check(ctx) {
    const rel = (contentPath: string) => relativePath(ctx.root, path.join(ctx.contentDir, contentPath));
    const dossiers = new Set<string>();
    const filled = new Set<string>();
    const orphanFolders = new Set<string>();
    for (const file of ctx.files) {
      const role = file.role;
      if (role.kind === 'dossier') dossiers.add(role.dossier);
      if (role.kind === 'article') filled.add(`${role.section}/${role.dossier}`);
      if (role.kind === 'achievements') filled.add(`achievements/${role.dossier}`);
    }
    if (!ctx.files.some((f) => f.role.kind === 'site')) {
      ctx.report({ file: rel(contentPaths.site()), code: 'site.missing', values: { file: rel(contentPaths.site()) } });
    }
    const misspelt = new Map<string, { suggestion: string; count: number }>();
    for (const file of ctx.files) {
      const role = file.role;
      if (role.kind === 'stray') {
        // A Markdown file in a place that looks like a slip (a misspelt section folder, a folder
        // level missing) is an article lost from the site: an error naming where it belongs.
        const place = file.contentPath.endsWith('.md') ? misplaced(file.contentPath, [...dossiers]) : undefined;
        if (place?.kind === 'folder') {
          const entry = misspelt.get(place.folder) ?? { suggestion: place.suggestion, count: 0 };
          misspelt.set(place.folder, { ...entry, count: entry.count + 1 });
        } else if (place) {
          ctx.report({ file: file.path, code: 'file.misplaced', values: { name: file.contentPath, suggestion: rel(place.suggestion) } });
        } else {
          ctx.report({ file: file.path, code: 'file.stray', severity: 'warning', values: { name: file.contentPath } });
        }
      } else if ((role.kind === 'article' || role.kind === 'section-intro') && !dossiers.has(role.dossier)) {
        const folder = contentPaths.sectionFolder(role.section, role.dossier);
        if (orphanFolders.has(folder)) continue;
        orphanFolders.add(folder);
        ctx.report({
          file: `${rel(folder)}/`,
          code: 'dossier.missing-overview',
          values: {
            what: `${sectionName(role.section)}文件夹 ${folder}/ `,
            whatEn: `The section folder ${folder}/`,
            dossier: role.dossier,
            expected: rel(contentPaths.dossier(role.dossier)),
            ...nameHints(role.dossier, dossiers),
          },
        });
      } else if (role.kind === 'achievements' && !dossiers.has(role.dossier)) {
        ctx.report({
          file: file.path,
          code: 'dossier.missing-overview',
          values: {
            what: '这个成就篇文件',
            whatEn: 'This achievements file',
            dossier: role.dossier,
            expected: rel(contentPaths.dossier(role.dossier)),
            ...nameHints(role.dossier, dossiers),
          },
        });
      }
    }
    for (const [folder, { suggestion, count }] of misspelt) {
      ctx.report({ file: `${rel(folder)}/`, code: 'folder.misspelt', values: { folder, count, suggestion } });
    }
    for (const file of ctx.files) {
      if (file.role.kind !== 'dossier') continue;
      const dossier = file.role.dossier;
      for (const section of SECTION_KINDS) {
        if (filled.has(`${section}/${dossier}`)) continue;
        const expected = rel(section === 'achievements' ? contentPaths.achievements(dossier) : contentPaths.article(section, dossier, '…', 1));
        ctx.report({
          file: file.path,
          code: 'section.missing',
          severity: 'warning',
          values: { dossier, section: sectionName(section), sectionEn: SECTION_NAMES_EN[section], expected },
        });
      }
    }
  },
};
