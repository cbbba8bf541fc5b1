// Every program that reads front matter must read the same values from the same file. Each test
// below goes through a consumer's own entry point (the checker's loader, Astro's loader, the body
// reader, the importer's self-check, the site settings) rather than the shared reader, so a
// consumer that parses on its own again shows up here.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/lib/checks/load.ts';
import { DiagnosticError } from '../../../src/lib/diagnostics/index.ts';
import { fieldsOf } from '../../../src/lib/front-matter/index.ts';
import { validateFiles } from '../../../src/lib/import/validate.ts';
import { readBody } from '../../../src/lib/markdown/read-body.ts';
import { loadSiteSettings } from '../../../src/lib/site-settings.ts';
import { markdownFiles } from '../../../src/loaders/markdown-files.ts';

const root = mkdtempSync(join(tmpdir(), 'huazhang-front-matter-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let folders = 0;

/** Writes one article as `<content>/management/demo/01-a.md` and returns the content folder. */
function contentWith(text: string): string {
  const content = join(root, `content-${(folders += 1)}`);
  mkdirSync(join(content, 'management', 'demo'), { recursive: true });
  writeFileSync(join(content, 'management', 'demo', '01-a.md'), text);
  return content;
}

/** What the checker reads: its own loader, then the fields every rule sees. */
async function checkerReads(text: string) {
  const content = contentWith(text);
  const [file] = await loadContent(root, content);
  return { data: file?.frontMatter ? fieldsOf(file.frontMatter) : {}, body: file?.body.trim() };
}

/** What Astro stores: the real content loader, run against a minimal stand-in for Astro's context. */
async function astroLoaderReads(text: string): Promise<Record<string, unknown> | Error> {
  const content = contentWith(text);
  const entries = new Map<string, { data: Record<string, unknown> }>();
  const context = {
    config: { root: pathToFileURL(`${root}/`), cacheDir: pathToFileURL(`${root}/cache/`) },
    store: { keys: () => [...entries.keys()], get: (id: string) => entries.get(id), set: (e: { id: string; data: Record<string, unknown> }) => entries.set(e.id, e), delete: (id: string) => entries.delete(id) },
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    logger: { error: () => undefined },
  } as unknown as LoaderContext;
  try {
    await markdownFiles({ base: join(content, 'management'), layout: 'nested' }).load(context);
  } catch (error) {
    return error as Error;
  }
  return entries.get('demo/01-a')!.data;
}

/** What a page shows: the body reader used when rendering. */
async function bodyReaderReads(text: string): Promise<string> {
  const content = contentWith(text);
  return readBody(join(content, 'management', 'demo', '01-a.md'));
}

/** What the importer accepts before writing: its self-check against the article schema. */
function importerRefuses(text: string): string[] {
  return validateFiles([{ path: 'management/demo/01-a.md', kind: 'article', text }], 'content').map((d) => d.code);
}

describe('every consumer reads the same front matter', () => {
  const samples = {
    'octal-looking numbers': ['---\ntitle: 文明\norder: 010\n---\n正文\n', { title: '文明', order: 10 }],
    'dates in text fields': ['---\ntitle: 2012-01-10\n---\n正文\n', { title: '2012-01-10' }],
    'yes and no': ['---\ntitle: yes\nsummary: no\n---\n正文\n', { title: 'yes', summary: 'no' }],
    'CRLF line endings': ['---\r\ntitle: 文明\r\n---\r\n正文\r\n', { title: '文明' }],
    'CR-only line endings': ['---\rtitle: 文明\r---\r正文\r', { title: '文明' }],
    'a BOM': ['\uFEFF---\ntitle: 文明\n---\n正文\n', { title: '文明' }],
    'a block closed with ...': ['---\ntitle: 文明\n...\n正文\n', { title: '文明' }],
  } as const;

  for (const [name, [text, data]] of Object.entries(samples)) {
    it(`with ${name}`, async () => {
      expect(await checkerReads(text)).toEqual({ data, body: '正文' });
      expect(await astroLoaderReads(text)).toEqual(data);
      expect(await bodyReaderReads(text)).toBe('正文');
      expect(importerRefuses(text)).toEqual([]);
    });
  }

  it('refuses a key written twice the same way everywhere, with the checker\'s message', async () => {
    const text = '---\ntitle: 甲\ntitle: 乙\n---\n正文\n';
    const checked = await loadContent(root, contentWith(text));
    expect(checked[0]?.frontMatter?.errors.map((e) => e.code)).toEqual(['DUPLICATE_KEY']);
    const loaded = await astroLoaderReads(text);
    expect(loaded).toBeInstanceOf(DiagnosticError);
    expect((loaded as DiagnosticError).diagnostic).toMatchObject({ line: 3, field: 'title', code: 'yaml.duplicate-key' });
    expect(importerRefuses(text)).toEqual(['yaml.duplicate-key']);
  });

  it('lets the importer accept a year with a leading zero as the site reads it, not as octal', () => {
    const awards = '---\nawards:\n  - title: 市级文明单位\n    years: 02010\n---\n';
    expect(validateFiles([{ path: 'achievements/demo.md', kind: 'achievements', text: awards }], 'content')).toEqual([]);
  });

  it('reads site.yaml in the same dialect', () => {
    const content = join(root, 'site');
    mkdirSync(content, { recursive: true });
    writeFileSync(join(content, 'site.yaml'), 'title: 2012-01-10\r\ndescription: yes\r\nurl: https://example.gov.cn\r\nlatestAwards: 010\r\n');
    expect(loadSiteSettings(content, {})).toMatchObject({ title: '2012-01-10', description: 'yes', latestAwards: 10 });
    writeFileSync(join(content, 'site.yaml'), 'title: a\ntitle: b\n');
    expect(() => loadSiteSettings(content, {})).toThrow(/site\.yaml:2:1 {2}title {2}错误：字段“title”写了两次/);
  });
});
