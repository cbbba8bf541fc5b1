import type { z } from 'astro/zod';
import { closest } from '../closest.ts';
import { schemaFor } from '../schema-for.ts';
import { childSchema, objectKeys } from '../schema-shape.ts';
import type { CheckRule, ContentFile, CheckContext } from '../types.ts';

function walk(ctx: CheckContext, file: ContentFile, schema: z.ZodType, value: unknown, path: (string | number)[]): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      const child = childSchema(schema, i);
      if (child) walk(ctx, file, child, item, [...path, i]);
    });
    return;
  }
  if (value === null || typeof value !== 'object' || value instanceof Date) return;
  const known = objectKeys(schema);
  if (!known) return;
  for (const [key, child] of Object.entries(value)) {
    const childPath = [...path, key];
    if (!known.includes(key)) {
      const suggestion = closest(key, known);
      ctx.report({
        file: file.path,
        ...ctx.locate(file, childPath, 'key'),
        field: childPath.join('.'),
        code: 'field.unknown',
        severity: 'warning',
        values: { field: key, known: known.join('、') || '（无）', knownEn: known.join(', ') || '(none)', ...(suggestion ? { suggestion } : {}) },
      });
      continue;
    }
    const childSchemaOfKey = childSchema(schema, key);
    if (childSchemaOfKey) walk(ctx, file, childSchemaOfKey, child, childPath);
  }
}

/**
 * Fields the schema does not know are dropped silently by zod, so a typo such as `titel` would
 * lose the title without a word. Warn, naming the closest known field.
 */
export const unknownFieldsRule: CheckRule = {
  id: 'unknown-fields',
  description: 'Warns about fields no schema knows, naming the closest known one (titel → title).',
  perFile: true,
  check(ctx) {
    for (const file of ctx.files) {
      const schema = schemaFor(file.role);
      const data = schema && ctx.data(file);
      if (schema && data) walk(ctx, file, schema, data, []);
    }
  },
};
