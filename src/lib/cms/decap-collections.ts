// The editor's collections, one per kind of file of the content layout: where Decap finds and
// puts the files, how its side bar lists and labels them, and the fields of their forms.
import type { ArticleSectionKind } from '../constants.ts';
import { CONTENT_LAYOUT, type ContentFileKind } from '../content-paths.ts';
import { sectionName, t } from '../i18n.ts';
import type { DecapCollection } from './decap-config.ts';
import { decapField, dossierField, labelled, markdownField } from './decap-fields.ts';
import { collectionName, editedFields, formatName, WIDGETS } from './editor-names.ts';
import { SECTION_FILE_ROLE, type EditedRole } from './file-format.ts';

/**
 * Where Decap puts a new file of a kind, from the layout's pattern: `{slug}` is the dossier
 * (the `dossier` field), `{NN}-{name}` an article's file name (the `file` field). Decap's path
 * templates name fields without the `fields.` prefix its slug templates take.
 */
function placement(pattern: string): Pick<DecapCollection, 'path' | 'slug' | 'extension'> {
  const extension = pattern.slice(pattern.lastIndexOf('.') + 1);
  const stem = pattern.slice(0, -extension.length - 1).replace('{slug}', '{{dossier}}').replace('{NN}-{name}', '{{slug}}');
  if (stem === '{{dossier}}') return { slug: '{{fields.dossier}}', extension };
  return { path: stem, extension, ...(stem.includes('{{slug}}') ? { slug: '{{fields.file}}' } : {}) };
}

/** Labels, list summary and form of each kind of Markdown file. */
function markdownCollection(kind: ContentFileKind): Partial<DecapCollection> {
  const role = kind.role as Exclude<EditedRole, 'site'>;
  const schemaFields = editedFields(role).map((field) => decapField(role, field));
  // Articles and introductions live in their section's folder.
  const section = () => sectionName(kind.folder as ArticleSectionKind);
  switch (role) {
    case 'dossier':
      return {
        label: t('admin.collection.dossier'),
        label_singular: t('admin.collection.dossierOne'),
        identifier_field: 'title',
        summary: '{{title}}（{{filename}}）',
        fields: [dossierField(role), ...schemaFields, markdownField(role, 'body')],
      };
    case 'article':
      return {
        label: t('admin.collection.article', { section: section() }),
        label_singular: t('admin.collection.articleOne', { section: section() }),
        identifier_field: 'title',
        summary: '{{dirname}} · {{filename}} · {{title}}',
        // Listing a section folder two levels deep finds every dossier's articles and introduction;
        // the filter keeps the articles.
        filter: { field: SECTION_FILE_ROLE, value: 'article' },
        fields: [
          dossierField(role),
          { name: 'file', ...labelled(role, 'file'), widget: WIDGETS.articleFile, required: true },
          ...schemaFields,
          markdownField(role, 'body'),
        ],
      };
    case 'section-intro':
      return {
        label: t('admin.collection.intro', { section: section() }),
        label_singular: t('admin.collection.intro', { section: section() }),
        identifier_field: 'dossier',
        summary: '{{dirname}}',
        filter: { field: SECTION_FILE_ROLE, value: 'section-intro' },
        fields: [dossierField(role), ...schemaFields, markdownField(role, 'body')],
      };
    case 'achievements':
      return {
        label: t('admin.collection.achievements'),
        label_singular: t('admin.collection.achievements'),
        identifier_field: 'dossier',
        summary: '{{filename}}',
        fields: [dossierField(role), markdownField(role, 'intro'), ...schemaFields, markdownField(role, 'closing')],
      };
  }
}

/** The collection that edits one kind of file of the content layout. */
function collection(kind: ContentFileKind, contentFolder: string): DecapCollection {
  const name = collectionName(kind);
  if (kind.role === 'site') {
    const label = t('admin.collection.site');
    const file = `${contentFolder}/${kind.folder ? `${kind.folder}/` : ''}${kind.pattern}`;
    return { name, label, description: kind.description, format: formatName('site'), extension: placement(kind.pattern).extension!, files: [{ name, label, file, fields: editedFields('site').map((field) => decapField('site', field)) }] };
  }
  return {
    name,
    label: name,
    description: kind.description,
    folder: `${contentFolder}/${kind.folder}`,
    format: formatName(kind.role),
    ...placement(kind.pattern),
    create: true,
    // A dossier's overview and its achievements hold the others together; removing one is not a
    // form's job (the checker would report every file left behind).
    delete: kind.role === 'article' || kind.role === 'section-intro',
    // Images are kept next to the file that shows them, and published with it under /_files/.
    media_folder: '',
    public_folder: '',
    ...markdownCollection(kind),
  };
}

/**
 * Where the side bar lists a kind of file: in the layout's reading order, except that a section's
 * articles come before its introduction (editors open them more often) and the site settings,
 * edited least, come last.
 */
function listed(kind: ContentFileKind): number {
  if (kind.role === 'site') return Number.POSITIVE_INFINITY;
  return CONTENT_LAYOUT.indexOf(kind) + (kind.role === 'section-intro' ? 1.5 : 0);
}

/** Every collection of the editor, in the order its side bar lists them; files under `contentFolder`. */
export function decapCollections(contentFolder: string): DecapCollection[] {
  return [...CONTENT_LAYOUT].sort((a, b) => listed(a) - listed(b)).map((kind) => collection(kind, contentFolder));
}
