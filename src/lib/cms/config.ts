import type { z } from 'astro/zod';
import { CONTENT_DIR, type ArticleSectionKind } from '../constants.ts';
import { CONTENT_LAYOUT, contentFileKind, type ContentFileKind } from '../content-paths.ts';
import { fieldText, type FieldTextRole } from '../diagnostics/field-labels.ts';
import { sectionName, t } from '../i18n.ts';
import type { SiteSettings } from '../schemas/index.ts';
import type { EditingSettings } from '../schemas/site.ts';
import { withBase } from '../urls.ts';
import type { DecapBackend, DecapCollection, DecapConfig, DecapField } from './decap-config.ts';
import { SECTION_FILE_ROLE, type EditedRole } from './file-format.ts';
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

/** What a Markdown body becomes in a form: rich text an editor can switch to plain Markdown. */
const MARKDOWN = {
  widget: 'markdown',
  modes: ['rich_text', 'raw'],
  buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list'],
  editor_components: [WIDGETS.image],
  sanitize_preview: true,
} as const;

// A field without a label still gets a form field, under its own name; a unit test asks for the
// label, so the build never fails for want of one.
function labelled(role: FieldTextRole, path: string): { label: string; hint?: string } {
  const text = fieldText(role, path);
  return text ? { label: text.zh, hint: text.hintZh } : { label: path.split('.').at(-1)! };
}

/** One schema field as a Decap field: the widget its kind is typed with, its label and hint. */
function decapField(role: EditedRole, field: FormField): DecapField {
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

function markdownField(role: FieldTextRole, name: string): DecapField {
  return { name, ...labelled(role, name), required: false, ...MARKDOWN };
}

function dossierField(role: EditedRole): DecapField {
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

/** Decap's backend for the editing settings of `site.yaml`. */
export function decapBackend(editing: EditingSettings): DecapBackend {
  const { repo, branch } = editing;
  const server = editing.server?.replace(/\/+$/, '');
  switch (editing.backend) {
    case 'github':
      return {
        name: 'github',
        repo,
        branch,
        ...(server ? { api_root: `${server}/api/v3` } : {}),
        ...(editing.authServer ? { base_url: editing.authServer.replace(/\/+$/, '') } : {}),
      };
    case 'gitlab':
      return {
        name: 'gitlab',
        repo,
        branch,
        auth_type: 'pkce',
        app_id: editing.appId!,
        ...(server ? { base_url: server, api_root: `${server}/api/v4` } : {}),
      };
    case 'gitea':
    case 'forgejo':
      return { name: editing.backend, repo, branch, app_id: editing.appId!, base_url: server!, api_root: `${server}/api/v1` };
  }
}

/** What to generate the configuration for. */
export interface CmsConfigOptions {
  /** The validated site settings: the site's address and, for the published editor, `editing`. */
  settings: SiteSettings;
  /** The content folder's path inside the repository (or the local proxy's folder). @default 'content' */
  contentFolder?: string;
  /** The local proxy's API address when editors work on their own copy (`npm run edit`). */
  proxyUrl?: string;
}

/** True when the editor has somewhere to save: the local proxy, or `editing` in `site.yaml`. */
export function hasEditor(settings: SiteSettings, setup: { proxyUrl?: string | undefined }): boolean {
  return Boolean(setup.proxyUrl || settings.editing);
}

/**
 * The configuration of the content editor at `/admin/`, generated from the content schemas, the
 * content folder's layout, the field labels beside the checker's messages and `site.yaml`. One
 * collection per kind of file: the dossiers' overviews, each section's articles and
 * introductions, the achievements, and the site settings. `undefined` when there is nowhere to
 * save: no proxy and no `editing` settings.
 */
export function cmsConfig(options: CmsConfigOptions): DecapConfig | undefined {
  const { settings } = options;
  if (!hasEditor(settings, options)) return undefined;
  const backend: DecapBackend = options.proxyUrl
    ? { name: 'proxy', proxy_url: options.proxyUrl, branch: settings.editing?.branch ?? 'main' }
    : decapBackend(settings.editing!);
  const contentFolder = options.contentFolder ?? CONTENT_DIR;
  const site = new URL(withBase(settings.base, '/'), settings.url).href;
  return {
    load_config_file: false,
    backend,
    locale: 'zh_Hans',
    site_url: site,
    display_url: site,
    // The site-wide media library; images inserted in a form go next to the file instead.
    media_folder: 'public/uploads',
    public_folder: withBase(settings.base, '/uploads'),
    publish_mode: 'simple',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [...CONTENT_LAYOUT].sort((a, b) => listed(a) - listed(b)).map((kind) => collection(kind, contentFolder)),
  };
}
