import type { Node } from '../../front-matter/index.ts';
import { fromZodIssues, type MessageCode } from '../../diagnostics/index.ts';
import { needsFrontMatter, schemaFor } from '../schema-for.ts';
import type { CheckRule, ContentFile } from '../types.ts';
import { fullWidthColons } from './yaml-syntax.ts';

const REQUIRED_FIELDS: Record<string, string> = {
  dossier: 'title、subtitle、unit、summary',
  article: 'title',
};

// Messages that quote the value as it was read; the checker quotes it as it was written instead.
const QUOTES_SOURCE = new Set<MessageCode>(['field.type', 'field.not-text', 'field.not-number', 'field.integer', 'field.too-small', 'field.too-big']);

/** The text of a field's value exactly as the file has it (first line only), or `undefined`. */
function sourceText(file: ContentFile, path: readonly (string | number)[]): string | undefined {
  const fm = file.frontMatter;
  const node = fm?.doc.getIn(path, true) as Node | undefined;
  const range = node?.range;
  if (!fm || !range) return undefined;
  const text = fm.source.slice(range[0], range[1]).split('\n')[0]!.trim();
  return text === '' ? undefined : text;
}

/**
 * Validates every file's fields with the same zod schema Astro uses, pointing each problem at the
 * line and column of the value (or where a missing field belongs).
 */
export const frontMatterSchemaRule: CheckRule = {
  id: 'front-matter-schema',
  description: 'Fields must match the content schemas: required, non-empty, right type, valid years and levels.',
  perFile: true,
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
        const path = d.field === '' ? [] : d.field.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k));
        const written = QUOTES_SOURCE.has(d.code) ? sourceText(file, path) : undefined;
        ctx.report({ ...d, ...ctx.locate(file, path), ...(written ? { values: { ...d.values, given: written } } : {}) });
      }
    }
  },
};
