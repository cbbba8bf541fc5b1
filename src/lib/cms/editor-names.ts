// What the generated editor configuration and the editor's own scripts in the browser
// (src/scripts/admin/) must agree on: the names of the custom widgets and file formats, the
// collections' names, and the form fields of each kind of file.
import type { z } from 'astro/zod';
import { contentFileKind, type ContentFileKind } from '../content-paths.ts';
import type { EditedRole } from './file-format.ts';
import { formFields, type FormField } from './form-fields.ts';

/** The names under which the editor's own widgets and file formats are registered in Decap. */
export const WIDGETS = {
  /** Years typed as text and checked by the field's schema. */
  years: 'huazhang-years',
  /** The dossier a file belongs to: chosen for a new file, shown for a saved one. */
  dossier: 'huazhang-dossier',
  /** An article's number and name, which make its file name. */
  articleFile: 'huazhang-article-file',
  /** An image in a Markdown body, kept next to the file (a rich text editor component). */
  image: 'huazhang-image',
  /** A Markdown body: Decap's own box, as plain Markdown for a body its rich text would damage. */
  markdown: 'huazhang-markdown',
} as const;

/** The name of the file format of each kind of file: `huazhang-article`. */
export function formatName(role: EditedRole): string {
  return `huazhang-${role}`;
}

/** The schema of the fields of a kind of file the editor edits, from the content layout. */
export function editedSchema(role: EditedRole): z.ZodType {
  return contentFileKind(role).schema;
}

/** The fields of a kind of file, as its form shows them. */
export function editedFields(role: EditedRole): FormField[] {
  return formFields(editedSchema(role));
}

/**
 * The name of the collection that edits one kind of file of the layout: its folder (`dossiers`,
 * `service`), with `-intro` for the introductions that share a section's folder with its articles.
 */
export function collectionName(kind: Pick<ContentFileKind, 'role' | 'folder'>): string {
  if (kind.role === 'site') return 'site';
  return kind.role === 'section-intro' ? `${kind.folder}-intro` : kind.folder;
}
