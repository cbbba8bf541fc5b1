// The import corpus: dossiers of different units, each written as .md and .txt (and as Markdown
// laid out for Word, turned into .docx here), with its expected structure written down once in
// expected.yaml. The corpus test and the accuracy script below compare every format with it.
//
// Usage as a script, printing each dossier's share of structure checks passed per format:
//   node tests/support/import-corpus.ts [--importer <path to src/lib/import/index.ts>]
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readMarkdownFields, readYamlFields } from '../../src/lib/front-matter/index.ts';
import { markdownToDocx } from './make-docx.ts';

/** Where the corpus lives: one folder per dossier. */
export const CORPUS_DIR = new URL('../fixtures/import/corpus/', import.meta.url).pathname;
/** The formats every dossier is written in. */
export const FORMATS = ['txt', 'md', 'docx'] as const;
export type Format = (typeof FORMATS)[number];

type Years = number | string | number[];
/** One award as expected.yaml writes it. */
export interface ExpectedAward {
  title: string;
  years?: Years;
  level?: string;
  /** Compared only when given: `null` for an award that must have none. */
  issuer?: string | null;
}
/** A 管理篇, 服务篇 or 创建篇: the start of its introduction (or null for none) and its article titles. */
export interface ExpectedSection {
  intro: string | null;
  articles: string[];
}
/** A dossier's structure, as expected.yaml writes it. */
export interface Expected {
  title: string;
  subtitle: string;
  unit: string;
  preface: string;
  management: ExpectedSection;
  service: ExpectedSection;
  creation: ExpectedSection;
  achievements: { intro: string | null; awards: ExpectedAward[]; closing: string | null };
}

/** The names of the corpus dossiers. */
export function corpusNames(): string[] {
  return readdirSync(CORPUS_DIR, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

/** A dossier's expected structure. */
export function expectedOf(name: string): Expected {
  const file = join(CORPUS_DIR, name, 'expected.yaml');
  return readYamlFields(readFileSync(file, 'utf8'), file) as unknown as Expected;
}

/** The input file of a dossier in one format: its name (which decides the reader) and bytes. */
export async function inputOf(name: string, format: Format): Promise<{ fileName: string; data: Uint8Array }> {
  const dir = join(CORPUS_DIR, name);
  if (format !== 'docx') return { fileName: join(dir, `dossier.${format}`), data: readFileSync(join(dir, `dossier.${format}`)) };
  const source = existsSync(join(dir, 'dossier.word.md')) ? 'dossier.word.md' : 'dossier.md';
  return { fileName: join(dir, 'dossier.docx'), data: await markdownToDocx(readFileSync(join(dir, source), 'utf8')) };
}

/** A written file as the importer returns it; `text` is absent for binary files such as images. */
export interface WrittenFile {
  path: string;
  text?: string;
}

/** One structure check: what was compared, and whether it held. */
export interface Check {
  what: string;
  ok: boolean;
  expected: unknown;
  actual: unknown;
}

function yearsList(years: unknown): number[] {
  if (years === undefined || years === null) return [];
  if (Array.isArray(years)) return years.map(Number);
  const text = String(years);
  const range = /^(\d{4})-(\d{4})$/.exec(text);
  if (!range) return [Number(text)];
  const list: number[] = [];
  for (let y = Number(range[1]); y <= Number(range[2]); y++) list.push(y);
  return list;
}

// What a reader sees of a Markdown body: no heading marks, no escapes.
const visible = (body: string) =>
  body
    .split(/\n{2,}/)
    .map((p) => p.trim().replace(/^#+\s+/, '').replace(/^\\/, ''))
    .filter((p) => p !== '' && !p.startsWith('!['))
    .join('\n');

function startsWith(actual: string | undefined, expected: string | null): boolean {
  if (expected === null) return actual === undefined || actual === '';
  return actual !== undefined && actual.startsWith(expected);
}

/**
 * Compares the files of one import with the expected structure: title, subtitle, unit, preface,
 * each section's introduction (or none) and every article title in order, every award's title,
 * years, level and (where expected.yaml names it) issuer, and the text before and after the award list.
 */
export function compareStructure(expected: Expected, files: readonly WrittenFile[]): Check[] {
  const checks: Check[] = [];
  const check = (what: string, expectedValue: unknown, actual: unknown, ok: boolean) =>
    checks.push({ what, ok, expected: expectedValue, actual });
  const read = (pred: (path: string) => boolean) =>
    files.filter((f) => f.text !== undefined && pred(f.path)).map((f) => {
      const { data, body } = readMarkdownFields(f.text!, f.path);
      return { path: f.path, data, content: body };
    });

  const overview = read((p) => p.startsWith('dossiers/'))[0];
  for (const key of ['title', 'subtitle', 'unit'] as const) {
    check(key, expected[key], overview?.data[key], overview?.data[key] === expected[key]);
  }
  const preface = overview ? visible(overview.content) : undefined;
  check('preface', expected.preface, preface?.slice(0, 40), startsWith(preface, expected.preface));

  for (const kind of ['management', 'service', 'creation'] as const) {
    const want = expected[kind];
    const intro = read((p) => p.startsWith(`${kind}/`) && p.endsWith('/index.md'))[0];
    const introText = intro ? visible(intro.content) : undefined;
    check(`${kind}.intro`, want.intro, introText?.slice(0, 40), startsWith(introText, want.intro));
    const titles = read((p) => p.startsWith(`${kind}/`) && !p.endsWith('/index.md') && p.endsWith('.md')).map((f) => String(f.data.title));
    want.articles.forEach((title, i) => check(`${kind}.articles.${i}`, title, titles[i], titles[i] === title));
    check(`${kind}.articles.count`, want.articles.length, titles.length, titles.length === want.articles.length);
  }

  const achievements = read((p) => p.startsWith('achievements/'))[0];
  const awards: Array<Record<string, unknown>> = Array.isArray(achievements?.data.awards) ? achievements.data.awards : [];
  expected.achievements.awards.forEach((want, i) => {
    const got = awards[i];
    const ok =
      got !== undefined &&
      got.title === want.title &&
      yearsList(got.years).join() === yearsList(want.years).join() &&
      (got.level ?? undefined) === (want.level ?? undefined) &&
      (want.issuer === undefined || (got.issuer ?? null) === want.issuer);
    check(`awards.${i}`, want, got && { title: got.title, years: got.years, level: got.level, issuer: got.issuer }, ok);
  });
  check('awards.count', expected.achievements.awards.length, awards.length, awards.length === expected.achievements.awards.length);
  const [before, after] = achievements ? achievements.content.split('<!-- awards -->') : [];
  const introText = before === undefined ? undefined : visible(before);
  const closingText = after === undefined ? undefined : visible(after);
  check('achievements.intro', expected.achievements.intro, introText?.slice(0, 40), startsWith(introText, expected.achievements.intro));
  check('achievements.closing', expected.achievements.closing, closingText?.slice(0, 40), startsWith(closingText, expected.achievements.closing));
  return checks;
}

interface ImporterModule {
  importDossier(fileName: string, data: Uint8Array, options: Record<string, unknown>): Promise<{ files: WrittenFile[] }>;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { importer: { type: 'string', default: 'src/lib/import/index.ts' } } });
  const importer = (await import(resolve(values.importer))) as ImporterModule;
  const now = new Date('2026-11-27T00:00:00Z');
  let passed = 0;
  let total = 0;
  let exact = 0;
  let imports = 0;
  console.log(`dossier                 ${FORMATS.map((f) => f.padStart(10)).join('')}`);
  for (const name of corpusNames()) {
    const expected = expectedOf(name);
    const cells: string[] = [];
    for (const format of FORMATS) {
      const { fileName, data } = await inputOf(name, format);
      const result = await importer.importDossier(fileName, data, { contentDir: '/nonexistent/content', slug: name, dryRun: true, now });
      const checks = compareStructure(expected, result.files);
      const ok = checks.filter((c) => c.ok).length;
      passed += ok;
      total += checks.length;
      imports += 1;
      if (ok === checks.length) exact += 1;
      cells.push(`${ok}/${checks.length}`.padStart(10));
    }
    console.log(`${name.padEnd(24)}${cells.join('')}`);
  }
  console.log(`\n${exact} of ${imports} imports exactly right; ${passed} of ${total} structure checks passed (${((100 * passed) / total).toFixed(1)} %)`);
}

if (import.meta.main) await main();
