import { isReservedSlug, reservedSlugValues } from '../../routes/index.ts';
import { isValidSlug } from '../../scaffold/dossier-files.ts';
import { addressName, articleFileName } from '../suggest-name.ts';
import type { CheckRule } from '../types.ts';

/**
 * Dossier slugs and article names become addresses (`/<slug>/`, `#<name>`). Uppercase letters,
 * underscores or Chinese in them make addresses people mistype, and two slugs that differ only in
 * case are one folder on Windows and macOS: whichever is copied last replaces the other.
 */
export const addressNamesRule: CheckRule = {
  id: 'address-names',
  description: 'Warns about dossier slugs and article names that are not lowercase address names, and slugs equal but for case.',
  check(ctx) {
    const byLowercase = new Map<string, string>();
    for (const file of ctx.files) {
      const role = file.role;
      if (role.kind === 'dossier') {
        const other = byLowercase.get(role.dossier.toLowerCase());
        if (other !== undefined && other !== role.dossier) {
          ctx.report({ file: file.path, code: 'slug.case-collision', severity: 'warning', values: { slug: role.dossier, other } });
        }
        byLowercase.set(role.dossier.toLowerCase(), role.dossier);
        // A reserved name gets its own error, with a new name that is neither reserved nor invalid.
        if (!isValidSlug(role.dossier) && !isReservedSlug(role.dossier)) {
          const name = addressName(role.dossier);
          const suggestion = isReservedSlug(name) ? reservedSlugValues(name).suggestion : name;
          ctx.report({ file: file.path, code: 'slug.not-address', severity: 'warning', values: { slug: role.dossier, suggestion } });
        }
      } else if (role.kind === 'article' && role.number !== undefined && !/[\s\u3000]/.test(role.name) && !isValidSlug(role.name)) {
        // Unnumbered names and names with spaces get their new name from the order and file-name rules.
        const name = file.contentPath.split('/').at(-1)!;
        ctx.report({ file: file.path, code: 'article.name-not-address', severity: 'warning', values: { name, suggestion: articleFileName(name.replace(/\.md$/, ''), role.number) } });
      }
    }
  },
};
