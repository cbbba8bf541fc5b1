import type { z } from 'astro/zod';
import { childSchema } from '../checks/schema-shape.ts';
import { fillMessage, fromZodIssues, type IssueValues, type MessageCode } from '../diagnostics/index.ts';
import { articleName } from '../content-names.ts';
import { isReservedSlug, reservedSlugValues } from '../routes/reserved-names.ts';
import { isValidSlug } from '../scaffold/dossier-files.ts';
import { yearsFromText } from '../schemas/award-years.ts';
import { editedSchema } from './editor-names.ts';
import type { EditedRole } from './file-format.ts';

/** A message with its hint, as a form shows it under a field: the checker's own words. */
function say(code: MessageCode, values: IssueValues): string {
  const { message, hint } = fillMessage(code, values, 'zh');
  return hint ? `${message}。${hint}` : message;
}

/**
 * The schema of one field, by the kind of file and the field's dotted path (`awards.years`); list
 * items are looked into.
 */
export function fieldSchema(role: EditedRole, path: string): z.ZodType | undefined {
  let schema: z.ZodType | undefined = editedSchema(role);
  for (const key of path.split('.')) {
    schema = schema && childSchema(schema, key);
    const item: z.ZodType | undefined = schema && childSchema(schema, 0);
    if (item) schema = item;
  }
  return schema;
}

/** Why the field's schema refuses a value, in the checker's words, or `undefined` when it accepts it. */
function fieldProblem(schema: z.ZodType, value: unknown, path: string): string | undefined {
  const result = schema.safeParse(value);
  if (result.success) return undefined;
  // The field was checked alone: a top-level field gets its place back, so its issues are worded
  // for it (a dossier's period); a list item's field is worded for the item as it is.
  const issues = path.includes('.') ? result.error.issues : result.error.issues.map((issue) => ({ ...issue, path: [path, ...issue.path] }));
  const [diagnostic] = fromZodIssues('', issues, value);
  return diagnostic && say(diagnostic.code, diagnostic.values);
}

/**
 * Why years typed in a form are refused, by the schema of the field named `role:path` (as the
 * generated configuration names it), or `undefined` when they are fine.
 *
 * @example yearsProblem('achievements:awards.years', '2011-2009') // '这项荣誉的年份范围“2011-2009”前后颠倒。把较早的年份写在前面：2009-2011。'
 */
export function yearsProblem(schemaField: string, text: string): string | undefined {
  const [role, path] = schemaField.split(':') as [EditedRole, string];
  const schema = fieldSchema(role, path);
  return schema && fieldProblem(schema, yearsFromText(text), path);
}

/** Why a new dossier cannot have this name, or `undefined`. */
export function newDossierProblem(slug: string, taken: ReadonlySet<string>): string | undefined {
  if (!isValidSlug(slug)) return say('scaffold.slug', { slug });
  if (isReservedSlug(slug)) return say('slug.reserved', reservedSlugValues(slug));
  if (taken.has(slug)) return say('edit.dossier-taken', { slug });
  return undefined;
}

/** Why a saved file cannot be given to this dossier, or `undefined`. */
export function chosenDossierProblem(dossier: string, taken: ReadonlySet<string>, what: string): string | undefined {
  if (dossier === '') return say('edit.dossier-missing', {});
  if (taken.has(dossier)) return say('edit.dossier-has-file', { dossier, what, whatEn: what });
  return undefined;
}

/** An article already in a section folder: its number and name, from its file name. */
export interface ArticleFile {
  number?: number;
  name: string;
}

/** Reads `03-xinxi-gongkai` (a file name without `.md`) into its number and name. */
export function readArticleFile(stem: string): ArticleFile {
  const numbered = /^(\d+)-(.+)$/.exec(stem);
  return numbered ? { number: Number(numbered[1]), name: numbered[2]! } : { name: stem };
}

/** The file name (without `.md`) of an article: `03-xinxi-gongkai`. */
export function articleFileStem(number: number, name: string): string {
  return `${String(number).padStart(2, '0')}-${name}`;
}

/**
 * The number and name a new article gets when the editor leaves them empty: after the last
 * article of its dossier's section, named from its title as the importer names articles, with
 * `-2`, `-3` … when the name is taken.
 */
export function suggestedArticleFile(title: string, existing: readonly ArticleFile[]): Required<ArticleFile> {
  const number = Math.max(0, ...existing.map((file) => file.number ?? 0)) + 1;
  const base = articleName(title);
  const used = new Set(existing.map((file) => file.name));
  let name = base;
  for (let n = 2; used.has(name); n++) name = `${base}-${n}`;
  return { number, name };
}

/**
 * Why a new article's number or name is refused, or `undefined`. Two articles of a section may
 * share neither: the checker would report both.
 */
export function articleFileProblem(numberText: string, name: string, existing: readonly ArticleFile[]): string | undefined {
  const number = Number(numberText.trim());
  if (!/^\d+$/.test(numberText.trim()) || number < 1) return say('edit.article-number', { given: numberText });
  if (!isValidSlug(name)) return say('edit.article-name', { given: name });
  const sameNumber = existing.find((file) => file.number === number);
  if (sameNumber) return say('order.duplicate', { order: number, other: articleFileStem(number, sameNumber.name) });
  const sameName = existing.find((file) => file.name === name);
  if (sameName) return say('article.duplicate-name', { name, other: sameName.number === undefined ? name : articleFileStem(sameName.number, name) });
  return undefined;
}
