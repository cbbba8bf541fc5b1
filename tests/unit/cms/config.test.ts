import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { childSchema, objectKeys } from '../../../src/lib/checks/schema-shape.ts';
import { cmsConfig } from '../../../src/lib/cms/config.ts';
import { decapBackend } from '../../../src/lib/cms/decap-backend.ts';
import { editedSchema, WIDGETS } from '../../../src/lib/cms/editor-names.ts';
import type { DecapCollection, DecapConfig, DecapField } from '../../../src/lib/cms/decap-config.ts';
import type { EditedRole } from '../../../src/lib/cms/file-format.ts';
import { FIELD_TEXT } from '../../../src/lib/diagnostics/field-labels.ts';
import { ARTICLE_SECTION_KINDS } from '../../../src/lib/constants.ts';
import { CONTENT_LAYOUT } from '../../../src/lib/content-paths.ts';
import { AWARD_LEVELS } from '../../../src/lib/schemas/index.ts';
import { EDITING_BACKENDS, SiteSettingsSchema } from '../../../src/lib/schemas/site.ts';
import { loadSiteSettings } from '../../../src/lib/site-settings.ts';
import { FIXTURE_CONTENT } from '../../support/paths.ts';

const settings = loadSiteSettings('content');
const config = cmsConfig({ settings, proxyUrl: 'http://127.0.0.1:8081/api/v1' })!;

/** The collections editing one kind of file, by the format they read it with. */
function collectionsOf(role: EditedRole): DecapCollection[] {
  return config.collections.filter((collection) => collection.format === `huazhang-${role}`);
}

function fieldsOf(collection: DecapCollection): DecapField[] {
  return collection.fields ?? collection.files!.flatMap((file) => file.fields);
}

/** The names of a schema's fields, list items' fields dotted, walked the way the checker walks them. */
function schemaFieldPaths(schema: z.ZodType, parent = ''): string[] {
  return (objectKeys(schema) ?? []).flatMap((key) => {
    const path = parent ? `${parent}.${key}` : key;
    const child = childSchema(schema, key)!;
    const inner = childSchema(child, 0) ?? child;
    return [path, ...(objectKeys(inner) ? schemaFieldPaths(inner, path) : [])];
  });
}

/** The dotted paths of a form's fields and the Decap field at each. */
function configFieldPaths(fields: readonly DecapField[], parent = ''): Map<string, DecapField> {
  const found = new Map<string, DecapField>();
  for (const field of fields) {
    const path = parent ? `${parent}.${field.name}` : field.name;
    found.set(path, field);
    for (const [p, f] of configFieldPaths((field.fields as DecapField[] | undefined) ?? [], path)) found.set(p, f);
  }
  return found;
}

const ROLES = [...new Set(CONTENT_LAYOUT.map((kind) => kind.role))];

it('walks into list items and groups of fields', () => {
  expect(schemaFieldPaths(editedSchema('achievements'))).toEqual(['awards', 'awards.title', 'awards.years', 'awards.level', 'awards.issuer', 'awards.note']);
  expect(schemaFieldPaths(editedSchema('site'))).toContain('editing.appId');
});

describe('the generated configuration of the content editor', () => {
  it.each(ROLES)('has a field, labelled as the checker names it, for every field of the %s schema', (role) => {
    const collections = collectionsOf(role);
    expect(collections.length).toBeGreaterThan(0);
    for (const collection of collections) {
      const fields = configFieldPaths(fieldsOf(collection));
      for (const path of schemaFieldPaths(editedSchema(role))) {
        const field = fields.get(path);
        expect(field, `${collection.name}: ${path}`).toBeDefined();
        const text = (FIELD_TEXT[role] as Record<string, { zh: string; hintZh: string }>)[path]!;
        expect(field!.label, path).toBe(text.zh);
        expect(field!.hint, path).toBe(text.hintZh);
      }
    }
  });

  it.each(ROLES)('requires exactly the fields the %s schema cannot do without', (role) => {
    const schema = editedSchema(role);
    for (const collection of collectionsOf(role)) {
      for (const field of fieldsOf(collection).filter((f) => objectKeys(schema)!.includes(f.name))) {
        // A field is required when the schema refuses a value of nothing for it.
        const refusesNothing = !childSchema(schema, field.name)!.safeParse(undefined).success;
        expect(field.required, `${collection.name}: ${field.name}`).toBe(refusesNothing);
      }
    }
  });

  it('offers the award levels of the schema, and only those, in their order', () => {
    const level = configFieldPaths(fieldsOf(collectionsOf('achievements')[0]!)).get('awards.level')!;
    expect(level.widget).toBe('select');
    expect(level.options).toEqual([...AWARD_LEVELS]);
  });

  it('offers the backends and bounds of the site settings schema', () => {
    const fields = configFieldPaths(fieldsOf(collectionsOf('site')[0]!));
    expect(fields.get('editing.backend')!.options).toEqual([...EDITING_BACKENDS]);
    const latest = fields.get('latestAwards')!;
    const { min, max } = latest as unknown as { min: number; max: number };
    const accepts = (n: number) => childSchema(SiteSettingsSchema, 'latestAwards')!.safeParse(n).success;
    expect([accepts(min - 1), accepts(min), accepts(max), accepts(max + 1)]).toEqual([false, true, true, false]);
    // The base path is refused by the schema's own check (site.base), after the form saves it.
    expect(fields.has('base')).toBe(true);
  });

  it('types years in the box that checks them with their own schema', () => {
    const award = configFieldPaths(fieldsOf(collectionsOf('achievements')[0]!)).get('awards.years')!;
    expect(award).toMatchObject({ widget: WIDGETS.years, schema_field: 'achievements:awards.years' });
    const period = configFieldPaths(fieldsOf(collectionsOf('dossier')[0]!)).get('period')!;
    expect(period).toMatchObject({ widget: WIDGETS.years, schema_field: 'dossier:period' });
  });

  it('edits each kind of file where the content layout keeps it', () => {
    const folders = (role: EditedRole) => collectionsOf(role).map((c) => c.folder ?? c.files![0]!.file);
    expect(folders('dossier')).toEqual(['content/dossiers']);
    expect(folders('article')).toEqual(ARTICLE_SECTION_KINDS.map((kind) => `content/${kind}`));
    expect(folders('section-intro')).toEqual(ARTICLE_SECTION_KINDS.map((kind) => `content/${kind}`));
    expect(folders('achievements')).toEqual(['content/achievements']);
    expect(folders('site')).toEqual(['content/site.yaml']);
    const article = collectionsOf('article')[0]!;
    expect([article.path, article.slug, article.filter]).toEqual(['{{dossier}}/{{slug}}', '{{fields.file}}', { field: 'sectionFile', value: 'article' }]);
    expect(collectionsOf('section-intro')[0]!.path).toBe('{{dossier}}/index');
  });

  it('keeps images next to the file that shows them', () => {
    for (const collection of config.collections.filter((c) => c.folder)) {
      expect([collection.media_folder, collection.public_folder], collection.name).toEqual(['', '']);
    }
  });

  it('labels the editor in Chinese and lets nobody remove a dossier\'s overview or achievements from a form', () => {
    expect(config.locale).toBe('zh_Hans');
    expect(collectionsOf('dossier')[0]!.delete).toBe(false);
    expect(collectionsOf('achievements')[0]!.delete).toBe(false);
    expect(collectionsOf('article').every((c) => c.delete)).toBe(true);
  });
});

describe('where the editor saves', () => {
  it('saves through the local proxy of npm run edit, into the folder it was given', () => {
    const local = cmsConfig({ settings, proxyUrl: 'http://127.0.0.1:8082/api/v1', contentFolder: 'inhalt' })!;
    expect(local.backend).toEqual({ name: 'proxy', proxy_url: 'http://127.0.0.1:8082/api/v1', branch: 'main' });
    expect(local.collections[0]!.folder).toBe('inhalt/dossiers');
  });

  it('has nowhere to save on a published site without editing settings', () => {
    expect(settings.editing).toBeUndefined();
    expect(cmsConfig({ settings })).toBeUndefined();
  });

  it('saves to the repository of site.yaml on a published site', () => {
    const fixture: DecapConfig = cmsConfig({ settings: loadSiteSettings(FIXTURE_CONTENT) })!;
    expect(fixture.backend.name).toBe('gitlab');
    expect(fixture.site_url).toBe('https://test.example.org/');
  });

  it('logs in to each host the way Decap CMS documents for it', () => {
    const repo = 'bangongshi/huazhang';
    expect(decapBackend({ backend: 'github', repo, branch: 'main' })).toEqual({ name: 'github', repo, branch: 'main' });
    expect(decapBackend({ backend: 'github', repo, branch: 'main', server: 'https://git.example.gov.cn/', authServer: 'https://auth.example.gov.cn' })).toEqual({
      name: 'github',
      repo,
      branch: 'main',
      api_root: 'https://git.example.gov.cn/api/v3',
      base_url: 'https://auth.example.gov.cn',
    });
    expect(decapBackend({ backend: 'gitlab', repo, branch: 'main', appId: 'id' })).toEqual({ name: 'gitlab', repo, branch: 'main', auth_type: 'pkce', app_id: 'id' });
    expect(decapBackend({ backend: 'gitlab', repo, branch: 'main', appId: 'id', server: 'http://10.0.0.5' })).toMatchObject({
      base_url: 'http://10.0.0.5',
      api_root: 'http://10.0.0.5/api/v4',
    });
    for (const backend of ['gitea', 'forgejo'] as const) {
      expect(decapBackend({ backend, repo, branch: 'main', appId: 'id', server: 'https://git.example.gov.cn' })).toEqual({
        name: backend,
        repo,
        branch: 'main',
        app_id: 'id',
        base_url: 'https://git.example.gov.cn',
        api_root: 'https://git.example.gov.cn/api/v1',
      });
    }
  });
});
