import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { classifyPath } from '../../../src/lib/checks/classify.ts';
import { editedFields, editedSchema } from '../../../src/lib/cms/editor-names.ts';
import { readContentFile, SECTION_FILE_ROLE, writeContentFile, type EditedRole } from '../../../src/lib/cms/file-format.ts';
import { importDossier } from '../../../src/lib/import/import-dossier.ts';
import { fieldsOf, splitFrontMatter } from '../../../src/lib/front-matter/index.ts';
import { FIXTURE_CONTENT, ROOT } from '../../support/paths.ts';

const EDITED = new Set(['site', 'dossier', 'section-intro', 'article', 'achievements']);

/** Every file of a content folder the editor edits, with its kind. */
function editedFiles(dir: string): Array<{ file: string; role: EditedRole; text: string }> {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(path.sep).join('/'))
    .map((file) => ({ file, role: classifyPath(file).kind }))
    .filter((entry): entry is { file: string; role: EditedRole } => EDITED.has(entry.role))
    .map(({ file, role }) => ({ file, role, text: readFileSync(path.join(dir, file), 'utf8') }));
}

const roundTrip = (role: EditedRole, text: string) => writeContentFile(role, editedFields(role), readContentFile(role, editedFields(role), text), text);

/** The fields a file means, as the schema reads them, and its body's text. */
function meaning(role: EditedRole, text: string): unknown {
  if (role === 'site') return editedSchema('site').parse(readContentFile('site', [], text));
  const split = splitFrontMatter(text);
  return { fields: editedSchema(role).parse(split.frontMatter ? fieldsOf(split.frontMatter) : {}), body: split.body.trim() };
}

describe('the editor\'s file format', () => {
  it('saves every file of the shipped dossier unchanged, byte for byte, when nothing was changed', () => {
    const files = editedFiles(path.join(ROOT, 'content'));
    expect(files.length).toBeGreaterThan(15);
    for (const { file, role, text } of files) expect(roundTrip(role, text), file).toBe(text);
  });

  it('saves what the importer writes unchanged, for dossiers of other units and layouts', async () => {
    for (const fixture of ['qinghe-school/dossier.md', 'lakeside-clinic/dossier.txt']) {
      const source = readFileSync(path.join(ROOT, 'tests/fixtures/import/corpus', fixture));
      const result = await importDossier(path.basename(fixture), source, { contentDir: '/nonexistent', slug: 'x', dryRun: true });
      expect(result.files.length, fixture).toBeGreaterThan(5);
      for (const { path: file, text } of result.files) {
        if (text === undefined) continue; // a picture, written as bytes
        expect(roundTrip(classifyPath(file).kind as EditedRole, text), `${fixture} ${file}`).toBe(text);
      }
    }
  });

  it('rewrites hand-written files the way the importer writes them, meaning the same', () => {
    for (const { file, role, text } of editedFiles(FIXTURE_CONTENT)) {
      const saved = roundTrip(role, text);
      expect(meaning(role, saved), file).toEqual(meaning(role, text));
      expect(roundTrip(role, saved), file).toBe(saved);
    }
  });

  it('shows years as typed text and writes them back as the importer does', () => {
    const text = '---\nawards:\n  - title: 甲\n    years: 2010\n  - title: 乙\n    years: 2009-2011\n  - title: 丙\n    years: [ 2010, 2011 ]\n  - title: 丁\n---\n\n<!-- awards -->\n';
    const form = readContentFile('achievements', editedFields('achievements'), text);
    expect((form.awards as Array<{ years?: string }>).map((award) => award.years)).toEqual(['2010', '2009-2011', '2010、2011', undefined]);
    (form.awards as Array<{ years?: string }>)[0]!.years = '２０１２年度';
    (form.awards as Array<{ years?: string }>)[3]!.years = '2013，2015';
    expect(writeContentFile('achievements', editedFields('achievements'), form)).toBe(
      '---\nawards:\n  - title: 甲\n    years: 2012\n  - title: 乙\n    years: 2009-2011\n  - title: 丙\n    years: [ 2010, 2011 ]\n  - title: 丁\n    years: [ 2013, 2015 ]\n---\n\n<!-- awards -->\n',
    );
  });

  it('splits an achievements body at the table and puts it back there', () => {
    const form = readContentFile('achievements', editedFields('achievements'), '---\nawards: []\n---\n\n引言。\n\n<!-- awards -->\n\n结语。\n');
    expect([form.intro, form.closing]).toEqual(['引言。', '结语。']);
    const noMarker = readContentFile('achievements', editedFields('achievements'), '---\nawards: []\n---\n\n只有引言。\n');
    expect([noMarker.intro, noMarker.closing]).toEqual(['只有引言。', '']);
    expect(writeContentFile('achievements', editedFields('achievements'), { awards: [], intro: '', closing: '' })).toBe('---\nawards: []\n---\n\n<!-- awards -->\n');
  });

  it('keeps fields the schema does not know, and never writes where a file is as a field', () => {
    const form = readContentFile('article', editedFields('article'), '---\ntitle: 标题\ntitel: 笔误\n---\n\n正文。\n');
    expect(form[SECTION_FILE_ROLE]).toBe('article');
    const saved = writeContentFile('article', editedFields('article'), { ...form, dossier: 'd', file: '01-a', order: '', summary: '  ' });
    expect(saved).toBe('---\ntitle: 标题\ntitel: 笔误\n---\n\n正文。\n');
  });

  it('writes the fields in the schema\'s order, however the form holds them', () => {
    const form = { summary: '一句话。', unit: '单位', title: '标题', subtitle: '副标题', period: '2011', published: '2012-01-10', dossier: 'd', body: '前言。' };
    expect(writeContentFile('dossier', editedFields('dossier'), form)).toBe(
      '---\ntitle: 标题\nsubtitle: 副标题\nunit: 单位\nperiod: 2011\npublished: 2012-01-10\nsummary: 一句话。\n---\n\n前言。\n',
    );
  });

  it('tells a section folder\'s introduction from its articles by the title only articles have', () => {
    expect(readContentFile('section-intro', editedFields('section-intro'), '引言。\n')[SECTION_FILE_ROLE]).toBe('section-intro');
    expect(readContentFile('article', editedFields('article'), '---\ntitle: 文章\n---\n\n正文。\n')[SECTION_FILE_ROLE]).toBe('article');
    expect(writeContentFile('section-intro', editedFields('section-intro'), { body: '引言。' })).toBe('引言。\n');
  });

  it('keeps the comments of site.yaml when a setting changes', () => {
    const text = readFileSync(path.join(ROOT, 'content', 'site.yaml'), 'utf8');
    const form = readContentFile('site', editedFields('site'), text);
    const saved = writeContentFile('site', editedFields('site'), { ...form, latestAwards: 10 }, text);
    expect(saved).toBe(text.replace('latestAwards: 8', 'latestAwards: 10'));
  });

  it('refuses to open a file whose fields cannot be read, rather than lose them', () => {
    expect(() => readContentFile('article', editedFields('article'), '---\ntitle: "未闭合\n---\n\n正文。\n')).toThrow();
    expect(() => readContentFile('article', editedFields('article'), '---\ntitle: 没有结束行\n')).toThrow();
  });
});
