import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readMarkdownFields } from '../../../src/lib/front-matter/index.ts';
import { dossierFiles, existingFiles, isValidSlug, writeNewFiles } from '../../../src/lib/scaffold/index.ts';
import { AchievementsSchema, ArticleSchema, DossierSchema } from '../../../src/lib/schemas/index.ts';

const read = (text: string) => readMarkdownFields(text, 'new.md');
const input = { slug: 'xinzhou-office', title: '文明新篇', unit: '新洲区政府办公室', period: '2008-2012' };

describe('dossierFiles', () => {
  it('plans the overview, an intro and an example article per article section, and the achievements file', () => {
    expect(dossierFiles(input).map((f) => f.path)).toEqual([
      'dossiers/xinzhou-office.md',
      'management/xinzhou-office/index.md',
      'management/xinzhou-office/01-shili.md',
      'service/xinzhou-office/index.md',
      'service/xinzhou-office/01-shili.md',
      'creation/xinzhou-office/index.md',
      'creation/xinzhou-office/01-shili.md',
      'achievements/xinzhou-office.md',
    ]);
  });

  it('writes an overview the dossier schema accepts, with the given values', () => {
    const data = read(dossierFiles(input)[0]!.text).data;
    expect(DossierSchema.parse(data)).toMatchObject({ title: '文明新篇', unit: '新洲区政府办公室', period: { from: 2008, to: 2012 } });
  });

  it('quotes values that YAML would otherwise misread', () => {
    const data = read(dossierFiles({ ...input, title: '文明: "新篇" #1' })[0]!.text).data;
    expect(DossierSchema.parse(data).title).toBe('文明: "新篇" #1');
  });

  it('leaves the period commented out when none is given', () => {
    const { period: _, ...noPeriod } = input;
    const text = dossierFiles(noPeriod)[0]!.text;
    expect(text).toContain('# period: 2007-2011');
    expect(DossierSchema.parse(read(text).data).period).toBeUndefined();
  });

  it('gives every example article a title and text, and an empty award list with a commented example', () => {
    for (const file of dossierFiles(input).filter((f) => f.path.endsWith('01-shili.md'))) {
      const split = read(file.text);
      expect(ArticleSchema.safeParse(split.data).success).toBe(true);
      expect(split.body).toMatch(/示例文章的正文/);
    }
    const awards = dossierFiles(input).at(-1)!;
    expect(AchievementsSchema.parse(read(awards.text).data)).toEqual({ awards: [] });
    expect(awards.text).toContain('#   - title: 市级文明单位');
    expect(awards.text).toContain('<!-- awards -->');
  });
});

describe('isValidSlug', () => {
  it('accepts lowercase words joined by hyphens and refuses everything else', () => {
    expect(isValidSlug('huangzhou-office')).toBe(true);
    expect(isValidSlug('office2')).toBe(true);
    for (const bad of ['', 'Huangzhou', 'huang zhou', '黄州', '-office', 'office-', 'a--b', '../x']) expect(isValidSlug(bad)).toBe(false);
  });
});

describe('writeNewFiles', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes every file into a fresh content folder', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'huazhang-scaffold-'));
    expect(await writeNewFiles(dir, dossierFiles(input))).toEqual([]);
    expect(readFileSync(path.join(dir, 'service/xinzhou-office/01-shili.md'), 'utf8')).toContain('服务篇');
  });

  it('refuses to write anything when one file or section folder already exists', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'huazhang-scaffold-'));
    mkdirSync(path.join(dir, 'creation/xinzhou-office'), { recursive: true });
    mkdirSync(path.join(dir, 'achievements'));
    writeFileSync(path.join(dir, 'achievements/xinzhou-office.md'), 'mine');
    const files = dossierFiles(input);
    expect(existingFiles(dir, files)).toEqual(['achievements/xinzhou-office.md', 'creation/xinzhou-office/']);
    expect(await writeNewFiles(dir, files)).toEqual(['achievements/xinzhou-office.md', 'creation/xinzhou-office/']);
    expect(readFileSync(path.join(dir, 'achievements/xinzhou-office.md'), 'utf8')).toBe('mine');
    expect(() => readFileSync(path.join(dir, 'dossiers/xinzhou-office.md'))).toThrow();
  });
});
