import { z } from 'astro/zod';
import type { FieldInput } from '../schemas/field-input.ts';

/** How a field is typed in a form. */
export type FormFieldKind = 'text' | 'paragraph' | 'years' | 'year-span' | 'choice' | 'date' | 'integer' | 'url' | 'list' | 'group';

/**
 * One front matter field as a form shows it, read from the field's zod schema: the editing UI's
 * configuration is generated from these, and its file format converts values with them, so a
 * field of the schema is a field of the form by construction.
 */
export interface FormField {
  /** The field's name in the file: `title`, `years`. */
  name: string;
  /** Its dotted path in the file's fields: `awards.years` for a list item's field. */
  path: string;
  kind: FormFieldKind;
  /** True when the schema refuses the file without it (no default, not optional). */
  required: boolean;
  /** The values of a `choice`. */
  options?: readonly string[];
  /** Bounds of an `integer`. */
  minimum?: number;
  maximum?: number;
  /** A regular expression a `text` value must match. */
  pattern?: string;
  /** The value the site uses when the field is left out. */
  default?: unknown;
  /** The fields of each item of a `list`, or of a `group` of fields written under one key. */
  fields?: FormField[];
}

/** The slice of JSON Schema that `z.toJSONSchema` writes for the content schemas. */
interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  pattern?: string;
  format?: string;
  default?: unknown;
  enum?: readonly string[];
  input?: FieldInput['input'];
  options?: readonly string[];
}

/**
 * A field that may be left empty (`anyOf` with `null`) as the schema it has when filled in; a
 * value that may be typed as text or a number (a telephone number) as text.
 */
function filledIn(schema: JsonSchema): JsonSchema {
  if (schema.input || !schema.anyOf) return schema;
  const kinds = schema.anyOf.filter((option) => option.type !== 'null').map(filledIn);
  if (kinds.length === 1) return { ...kinds[0]!, ...(schema.default !== undefined ? { default: schema.default } : {}) };
  if (kinds.every((option) => option.type === 'string' || option.type === 'number')) return { type: 'string' };
  return schema;
}

function kindOf(schema: JsonSchema): FormFieldKind {
  if (schema.input) return schema.input;
  if (schema.enum) return 'choice';
  const types = [schema.type ?? []].flat();
  if (types.includes('array')) return 'list';
  if (types.includes('object')) return 'group';
  if (types.includes('integer')) return 'integer';
  if (schema.format === 'uri') return 'url';
  if (types.includes('string')) return 'text';
  throw new Error(`no form input for a field of type ${JSON.stringify(schema)}; annotate it with .meta({ input })`);
}

function describe(object: JsonSchema, parent: string): FormField[] {
  const required = new Set(object.required ?? []);
  return Object.entries(object.properties ?? {}).map(([name, written]) => {
    const schema = filledIn(written);
    const path = parent ? `${parent}.${name}` : name;
    const kind = kindOf(schema);
    const field: FormField = { name, path, kind, required: required.has(name) && schema.default === undefined };
    if (kind === 'choice') field.options = schema.options ?? schema.enum ?? [];
    if (schema.minimum !== undefined) field.minimum = schema.minimum;
    if (schema.maximum !== undefined && schema.maximum < Number.MAX_SAFE_INTEGER) field.maximum = schema.maximum;
    if (schema.pattern !== undefined) field.pattern = schema.pattern;
    if (schema.default !== undefined) field.default = schema.default;
    if (kind === 'list') field.fields = describe(schema.items ?? {}, path);
    if (kind === 'group') field.fields = describe(schema, path);
    return field;
  });
}

/**
 * The fields of a content schema, in the schema's order, as a form shows them. Read from the
 * JSON Schema zod writes for the schema's input, so requiredness, bounds, patterns and the
 * `.meta({ input })` annotations all come from the schema itself.
 *
 * @throws Error for a field no form input fits: a new kind of field must say how it is typed.
 */
export function formFields(schema: z.ZodType): FormField[] {
  return describe(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema, '');
}
