import type { z } from 'astro/zod';

// Zod v4 exposes each schema's definition on `_zod.def`; only the wrapper kinds used by the
// content schemas are followed.
interface Def {
  type: string;
  in?: z.ZodType;
  innerType?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
}

function def(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** Strips optional/default/nullable wrappers and transforms down to the schema that holds the shape. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let depth = 0; depth < 10; depth++) {
    const d = def(current);
    const next = d.type === 'pipe' ? d.in : d.innerType;
    if (!next) return current;
    current = next;
  }
  return current;
}

/** The field names an object schema accepts, or `undefined` when the schema is not an object. */
export function objectKeys(schema: z.ZodType): string[] | undefined {
  const d = def(unwrap(schema));
  return d.type === 'object' && d.shape ? Object.keys(d.shape) : undefined;
}

/** The schema of `key` inside `schema` (a field of an object, an item of an array). */
export function childSchema(schema: z.ZodType, key: string | number): z.ZodType | undefined {
  const d = def(unwrap(schema));
  if (d.type === 'object') return d.shape?.[String(key)];
  if (d.type === 'array' && typeof key === 'number') return d.element;
  return undefined;
}
