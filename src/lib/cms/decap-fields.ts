// One form field of the content editor per schema field: the Decap widget its kind is typed with,
// its Chinese label and hint.
import { fieldText, type FieldTextRole } from '../diagnostics/field-labels.ts';
import { t } from '../i18n.ts';
import type { DecapField } from './decap-config.ts';
import { WIDGETS } from './editor-names.ts';
import type { EditedRole } from './file-format.ts';
import type { FormField } from './form-fields.ts';

/**
 * What a Markdown body becomes in a form: rich text an editor can switch to plain Markdown, or
 * plain Markdown only for a body with footnotes (src/scripts/admin/markdown-widget.ts).
 */
const MARKDOWN = {
  widget: WIDGETS.markdown,
  modes: ['rich_text', 'raw'],
  buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list'],
  editor_components: [WIDGETS.image],
  sanitize_preview: true,
} as const;

/**
 * The label and hint of a field, from the labels beside the checker's messages. A field without a
 * label still gets a form field, under its own name; a unit test asks for the label, so the build
 * never fails for want of one.
 */
export function labelled(role: FieldTextRole, path: string): { label: string; hint?: string } {
  const text = fieldText(role, path);
  return text ? { label: text.zh, hint: text.hintZh } : { label: path.split('.').at(-1)! };
}

/** One schema field as a Decap field: the widget its kind is typed with, its label and hint. */
export function decapField(role: EditedRole, field: FormField): DecapField {
  const base = { name: field.name, ...labelled(role, field.path), required: field.required };
  const withDefault = field.default === undefined ? {} : { default: field.default };
  switch (field.kind) {
    case 'paragraph':
      return { ...base, widget: 'text' };
    case 'years':
    case 'year-span':
      return { ...base, widget: WIDGETS.years, schema_field: `${role}:${field.path}` };
    case 'choice':
      return { ...base, ...withDefault, widget: 'select', options: [...(field.options ?? [])] };
    case 'date':
      return { ...base, widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false, picker_utc: true, default: '' };
    case 'integer':
      return {
        ...base,
        ...withDefault,
        widget: 'number',
        value_type: 'int',
        ...(field.minimum !== undefined ? { min: field.minimum } : {}),
        ...(field.maximum !== undefined ? { max: field.maximum } : {}),
      };
    case 'url':
      return { ...base, widget: 'string', pattern: ['^https?://\\S+$', base.hint ?? ''] };
    case 'group':
      return { ...base, widget: 'object', collapsed: true, fields: (field.fields ?? []).map((f) => decapField(role, f)) };
    case 'list':
      return {
        ...base,
        widget: 'list',
        label_singular: t('admin.award'),
        summary: '{{fields.title}}',
        collapsed: false,
        fields: (field.fields ?? []).map((f) => decapField(role, f)),
      };
    default:
      return { ...base, ...withDefault, widget: 'string', ...(field.pattern ? { pattern: [field.pattern, base.hint ?? ''] } : {}) };
  }
}

/** A Markdown body (`body`, or an achievements file's `intro` and `closing`) as a rich text field. */
export function markdownField(role: FieldTextRole, name: string): DecapField {
  return { name, ...labelled(role, name), required: false, ...MARKDOWN };
}

/** The dossier a file belongs to, with what the dossier widget may do for this kind of file. */
export function dossierField(role: EditedRole): DecapField {
  return {
    name: 'dossier',
    ...labelled(role, 'dossier'),
    widget: WIDGETS.dossier,
    required: true,
    // A dossier's overview names a new dossier; its introductions and achievements file are one per dossier.
    creates: role === 'dossier',
    one_file: role === 'section-intro' || role === 'achievements',
  };
}
