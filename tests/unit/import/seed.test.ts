import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readMarkdownFields } from '../../../src/lib/front-matter/index.ts';
import { describe, expect, it } from 'vitest';
import { importDossier } from '../../../src/lib/import/import-dossier.ts';
import type { OutputFile } from '../../../src/lib/import/render.ts';

const ROOT = new URL('../../../', import.meta.url).pathname;
const SEED = join(ROOT, 'tests/fixtures/import/seed/000_2b473b5650339e5b.txt');
const SLUG = 'huangzhou-office';
const SECTIONS = ['management', 'service', 'creation'] as const;

interface Parsed {
  data: Record<string, unknown>;
  body: string;
}
const parse = (text: string): Parsed => readMarkdownFields(text, 'content');

/** The shipped dossier, file names left out: what a reader of the site sees, in order. */
function shipped() {
  const read = (path: string) => parse(readFileSync(join(ROOT, 'content', path), 'utf8'));
  const sections = Object.fromEntries(
    SECTIONS.map((kind) => {
      const names = readdirSync(join(ROOT, 'content', kind, SLUG)).sort();
      const articles = names.filter((n) => n !== 'index.md').map((n) => read(`${kind}/${SLUG}/${n}`));
      return [kind, { intro: read(`${kind}/${SLUG}/index.md`).body, articles }];
    }),
  );
  return { dossier: read(`dossiers/${SLUG}.md`), sections, achievements: read(`achievements/${SLUG}.md`) };
}

function imported(files: readonly OutputFile[]) {
  const of = (pred: (f: OutputFile) => boolean) => files.filter(pred).map((f) => parse(f.text!));
  const sections = Object.fromEntries(
    SECTIONS.map((kind) => [
      kind,
      {
        intro: of((f) => f.kind === 'intro' && f.section === kind)[0]?.body,
        articles: of((f) => f.kind === 'article' && f.section === kind),
      },
    ]),
  );
  return { dossier: of((f) => f.kind === 'dossier')[0], sections, achievements: of((f) => f.kind === 'achievements')[0] };
}

describe('importing the seed capture', async () => {
  const result = await importDossier(SEED, readFileSync(SEED), {
    contentDir: join(ROOT, 'content'),
    slug: SLUG,
    dryRun: true,
    force: true,
    now: new Date('2026-11-27T00:00:00Z'),
  });
  const expected = shipped();
  const actual = imported(result.files);

  it('gives the shipped files byte for byte, under the same names', () => {
    const shippedFiles = [
      `dossiers/${SLUG}.md`,
      `achievements/${SLUG}.md`,
      ...SECTIONS.flatMap((kind) => readdirSync(join(ROOT, 'content', kind, SLUG)).map((n) => `${kind}/${SLUG}/${n}`)),
    ].sort();
    expect(result.files.map((f) => f.path).sort()).toEqual(shippedFiles);
    for (const file of result.files) expect(file.text, file.path).toBe(readFileSync(join(ROOT, 'content', file.path), 'utf8'));
  });

  it('writes nothing in a dry run and finds no lost sentence', () => {
    expect(result.outcome).toBe('dry-run');
    expect(result.losses).toEqual([]);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('reproduces the shipped overview: front matter and the two preface paragraphs', () => {
    expect(actual.dossier).toEqual(expected.dossier);
    expect(actual.dossier?.body.split('\n\n')).toHaveLength(2);
  });

  it.each(SECTIONS)('reproduces the %s section: introduction and articles in order', (kind) => {
    expect(actual.sections[kind]).toEqual(expected.sections[kind]);
  });

  it('reproduces the 15 awards with their years, levels and note, and the text around them', () => {
    expect(actual.achievements).toEqual(expected.achievements);
    expect(actual.achievements?.data.awards).toHaveLength(15);
  });

  it('reports the implausible year 20011 as a warning', () => {
    expect(result.diagnostics.filter((d) => d.severity === 'warning')).toMatchObject([
      { code: 'import.year-implausible', field: 'awards.2.years', values: { original: '2006-20011年', used: '2006-2011' } },
    ]);
  });

  it('skips the page chrome around the document and lists it', () => {
    const skipped = result.read.skipped.map((s) => s.reason);
    expect(skipped).toHaveLength(26);
    expect(new Set(skipped)).toEqual(new Set(['navigation', 'file-name', 'upload-info', 'page-counter', 'vip-offer', 'footer', 'outside-document']));
    const imported = result.files.map((f) => f.text).join('\n');
    for (const chrome of ['VIP', '版权所有', '上传人', '第1页']) expect(imported).not.toContain(chrome);
  });
});
