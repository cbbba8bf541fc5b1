import { fieldsOf, parseYamlFile, splitFrontMatter } from '../front-matter/index.ts';
import type { ContentRole } from '../content-paths.ts';
import { achievementsBody, markdownFile, splitAchievementsBody } from '../content-text/index.ts';
import { yearsFromText, yearsToText } from '../schemas/award-years.ts';
import type { FormField } from './form-fields.ts';

/** The kinds of content file the editor edits: every kind of the content layout. */
export type EditedRole = ContentRole['kind'];

/** One file as a form holds it: form values of its fields, and its body's parts. */
export type FormData = Record<string, unknown>;

/**
 * The form value naming what a file of a section folder is, `article` or `section-intro`, so the
 * two lists can be told apart: the editing UI lists a folder's files and only sees their text.
 */
export const SECTION_FILE_ROLE = 'sectionFile';

/**
 * Form values that are not front matter: where the file is (`dossier`, `file`, read from its
 * path), its body's parts, and {@link SECTION_FILE_ROLE}. They are never written as fields.
 */
const NOT_FIELDS = new Set(['dossier', 'file', 'body', 'intro', 'closing', SECTION_FILE_ROLE]);

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function dateText(value: unknown): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
}

/** A file's field values as the form shows them: years as text, dates as `2012-01-10`. */
function toForm(fields: readonly FormField[], data: Record<string, unknown>): Record<string, unknown> {
  const form: Record<string, unknown> = { ...data };
  for (const field of fields) {
    const value = data[field.name];
    if (value === undefined || value === null) continue;
    if (field.kind === 'years' || field.kind === 'year-span') form[field.name] = yearsToText(value);
    else if (field.kind === 'date') form[field.name] = dateText(value);
    else if (field.kind === 'group' && typeof value === 'object') form[field.name] = toForm(field.fields ?? [], value as Record<string, unknown>);
    else if (field.kind === 'list' && Array.isArray(value)) {
      form[field.name] = value.map((item) => (item && typeof item === 'object' ? toForm(field.fields ?? [], item as Record<string, unknown>) : item));
    }
  }
  return form;
}

function fromFormValue(field: FormField, value: unknown): unknown {
  switch (field.kind) {
    case 'years':
    case 'year-span':
      return yearsFromText(String(value));
    case 'integer':
      return typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : value;
    case 'group': {
      const group = value && typeof value === 'object' ? fromForm(field.fields ?? [], value as Record<string, unknown>) : value;
      return group && typeof group === 'object' && Object.keys(group).length === 0 ? undefined : group;
    }
    case 'list':
      return Array.isArray(value)
        ? value.map((item) => (item && typeof item === 'object' ? fromForm(field.fields ?? [], item as Record<string, unknown>) : item))
        : value;
    default:
      return typeof value === 'string' ? value.trim() : value;
  }
}

/**
 * A form's values as a file's fields: in the schema's order, empty ones left out, years written
 * as the importer writes them. Fields the schema does not know are kept, after the known ones, so
 * saving a file never loses what an editor wrote in it by hand.
 */
function fromForm(fields: readonly FormField[], form: Record<string, unknown>): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const field of fields) {
    if (isEmpty(form[field.name])) continue;
    const value = fromFormValue(field, form[field.name]);
    if (!isEmpty(value)) data[field.name] = value;
  }
  const known = new Set(fields.map((field) => field.name));
  for (const [key, value] of Object.entries(form)) {
    if (!known.has(key) && !NOT_FIELDS.has(key) && !isEmpty(value)) data[key] = value;
  }
  return data;
}

/** A block's fields, or an error when they cannot be read: a form must not open a file it would lose. */
function readable(block: Parameters<typeof fieldsOf>[0]): Record<string, unknown> {
  const fields = fieldsOf(block);
  if (!fields) throw new Error(block.errors[0]?.message ?? 'the front matter is not a list of fields');
  return fields;
}

/**
 * Reads a content file into form values. Markdown files give their fields and body; a section
 * folder's file also says whether it is an article (its fields have a title) or the introduction
 * (it has none), and an achievements body is split into introduction and closing.
 *
 * @throws Error when the front matter cannot be read; the form must not open a file it would lose.
 */
export function readContentFile(role: EditedRole, fields: readonly FormField[], text: string): FormData {
  if (role === 'site') return toForm(fields, readable(parseYamlFile(text)));
  const split = splitFrontMatter(text);
  if (split.unclosed) throw new Error('the front matter is not closed');
  const data = split.frontMatter ? readable(split.frontMatter) : {};
  const form = toForm(fields, data);
  const body = split.body.replace(/^\n+/, '').trimEnd();
  if (role === 'achievements') return { ...form, ...splitAchievementsBody(body) };
  if (role === 'article' || role === 'section-intro') {
    return { ...form, body, [SECTION_FILE_ROLE]: isEmpty(data.title) ? 'section-intro' : 'article' };
  }
  return { ...form, body };
}

/**
 * Writes form values as a content file, byte for byte as the importer and the scaffold write the
 * same content. `previous`, the file as it was read, keeps the comments of `site.yaml`.
 */
export function writeContentFile(role: EditedRole, fields: readonly FormField[], form: FormData, previous?: string): string {
  const data = fromForm(fields, form);
  const text = (key: string) => (typeof form[key] === 'string' ? (form[key] as string) : '');
  switch (role) {
    case 'site': {
      const { doc } = parseYamlFile(previous ?? '');
      for (const key of Object.keys((doc.toJS() ?? {}) as object)) if (!(key in data)) doc.delete(key);
      for (const [key, value] of Object.entries(data)) doc.set(key, value);
      return doc.toString({ lineWidth: 0 });
    }
    case 'section-intro':
      return markdownFile(Object.keys(data).length > 0 ? data : undefined, text('body'));
    case 'achievements':
      return markdownFile(data, achievementsBody(text('intro'), text('closing')));
    default:
      return markdownFile(data, text('body'));
  }
}
