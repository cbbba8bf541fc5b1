/**
 * How an editor writes a field whose schema alone cannot say it: the schemas attach one with zod's
 * `.meta()`, and tools that build forms from the schemas (the editing UI at `/admin/`) read it
 * from the JSON Schema zod writes for them. Plain text, numbers, dates and lists need no annotation.
 *
 * - `years`: one year, a range or a list of years, as an award's `years`;
 * - `year-span`: one year or a range, as a dossier's `period`;
 * - `choice`: one of fixed `options`, stored as written (the schema may accept other spellings);
 * - `paragraph`: a sentence or two, typed in a box rather than on one line;
 * - `date`: a calendar date, written `2012-01-10`.
 */
export type FieldInput =
  | { input: 'years' }
  | { input: 'year-span' }
  | { input: 'choice'; options: readonly string[] }
  | { input: 'paragraph' }
  | { input: 'date' };
