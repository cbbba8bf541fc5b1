import path from 'node:path';
import { ARTICLE_SECTION_KINDS, SECTION_KINDS, SITE_SETTINGS_FILE, type SectionKind } from '../../constants.ts';
import { relativePath } from '../load.ts';
import type { CheckRule } from '../types.ts';
import { sectionName } from '../../i18n.ts';

/** Section names for English messages; the Chinese ones come from the UI strings. */
const SECTION_NAMES_EN: Record<SectionKind, string> = {
  management: 'management section',
  service: 'service section',
  creation: 'creation section',
  achievements: 'achievements section',
};

/**
 * The folder layout ties every section to a dossier overview by name, so a misspelt folder would
 * silently vanish from the site. Also warns when a dossier lacks one of its four sections, and
 * about files in places from which no page is built.
 */
export const dossierStructureRule: CheckRule = {
  id: 'dossier-structure',
  description: 'Sections need a dossier overview; dossiers should have all four sections; no stray files.',
  check(ctx) {
    const rel = (...parts: string[]) => relativePath(ctx.root, path.join(ctx.contentDir, ...parts));
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
      ctx.report({ file: rel(SITE_SETTINGS_FILE), code: 'site.missing', values: { file: rel(SITE_SETTINGS_FILE) } });
    }
    for (const file of ctx.files) {
      const role = file.role;
      if (role.kind === 'stray') {
        ctx.report({ file: file.path, code: 'file.stray', severity: 'warning' });
      } else if ((role.kind === 'article' || role.kind === 'section-intro') && !dossiers.has(role.dossier)) {
        const folder = `${role.section}/${role.dossier}`;
        if (orphanFolders.has(folder)) continue;
        orphanFolders.add(folder);
        ctx.report({
          file: `${rel(role.section, role.dossier)}/`,
          code: 'dossier.missing-overview',
          values: {
            what: `${sectionName(role.section)}文件夹 ${folder}/ `,
            whatEn: `The section folder ${folder}/`,
            dossier: role.dossier,
            expected: rel('dossiers', `${role.dossier}.md`),
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
            expected: rel('dossiers', `${role.dossier}.md`),
          },
        });
      }
    }
    for (const file of ctx.files) {
      if (file.role.kind !== 'dossier') continue;
      const dossier = file.role.dossier;
      for (const section of SECTION_KINDS) {
        if (filled.has(`${section}/${dossier}`)) continue;
        const expected = (ARTICLE_SECTION_KINDS as readonly string[]).includes(section)
          ? `${rel(section, dossier)}/01-….md`
          : rel('achievements', `${dossier}.md`);
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
