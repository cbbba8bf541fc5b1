import { fromZodIssues } from '../../diagnostics/index.ts';
import { needsFrontMatter, schemaFor } from '../schema-for.ts';
import type { CheckRule } from '../types.ts';
import { fullWidthColons } from './yaml-syntax.ts';

const REQUIRED_FIELDS: Record<string, string> = {
  dossier: 'title、subtitle、unit、summary',
  article: 'title',
};

/**
 * Validates every file's fields with the same zod schema Astro uses, pointing each problem at the
 * line and column of the value (or where a missing field belongs).
 */
export const frontMatterSchemaRule: CheckRule = {
  id: 'front-matter-schema',
  description: 'Fields must match the content schemas: required, non-empty, right type, valid years and levels.',
  check(ctx) {
    for (const file of ctx.files) {
      const schema = schemaFor(file.role);
      if (!schema) continue;
      const data = ctx.data(file);
      if (data === undefined) {
        // Syntax problems are reported by the YAML rule; only a parsed non-mapping is ours.
        const fm = file.frontMatter;
        if (fm && fm.errors.length === 0 && !file.unclosedFrontMatter && fullWidthColons(file, fm).length === 0) {
          ctx.report({ file: file.path, line: fm.startLine, column: 1, code: 'front-matter.not-a-map' });
        }
        continue;
      }
      if (!file.frontMatter && needsFrontMatter(file.role)) {
        const fields = REQUIRED_FIELDS[file.role.kind] ?? '';
        ctx.report({ file: file.path, line: 1, column: 1, code: 'front-matter.missing', values: { fields } });
        continue;
      }
      const result = schema.safeParse(data);
      if (result.success) continue;
      for (const d of fromZodIssues(file.path, result.error.issues, data)) {
        const at = ctx.locate(file, d.field === '' ? [] : d.field.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k)));
        ctx.report({ ...d, ...at });
      }
    }
  },
};
