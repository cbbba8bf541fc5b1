import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, relative, resolve } from 'node:path';
import type { NotCarried, ReadResult } from './block.ts';
import { readDocx } from './read-docx.ts';
import { readMarkdown } from './read-markdown.ts';
import { readText } from './read-text.ts';
import { decodeText, type DetectedEncoding } from '../checks/decode.ts';
import { structureDossier } from './structure.ts';
import type { StructureNote, StructureResult } from './imported.ts';
import { checkStructure } from './structure-check.ts';
import { renderDossier, type OutputFile } from './render.ts';
import { findTextLoss, type TextLoss } from './verify.ts';
import { carriedNotes, uncarriedNotes } from './footnotes.ts';
import { validateFiles } from './validate.ts';
import { backupFolder, existingDossierFiles, findSameDossier, writeDossier } from './write.ts';
import { contentTypeOf, isWebImage } from './image-type.ts';
import { slugFromName } from '../content-names.ts';
import { contentPaths } from '../content-paths.ts';
import { isReservedSlug, reservedSlugValues } from '../routes/index.ts';
import type { Diagnostic } from '../diagnostics/index.ts';
import type { ImportMessageCode } from '../diagnostics/index.ts';

/** Options of {@link importDossier}; the CLI flags map onto them one to one. */
export interface ImportOptions {
  /** The content folder to write into. */
  contentDir: string;
  /** The dossier's slug. @default the pinyin of the file name, else of the unit */
  slug?: string;
  /** The unit. @default the words of the subtitle before its verb */
  unit?: string;
  /** Plan and report only; write nothing. @default false */
  dryRun?: boolean;
  /** Replace an existing dossier of the same slug, backing it up first. @default false */
  force?: boolean;
  /** "Now", for the backup folder name and for judging award years. @default new Date() */
  now?: Date;
}

/** What an import did, or would do, and everything the report needs. */
export interface ImportResult {
  input: string;
  slug: string;
  contentDir: string;
  read: ReadResult;
  structure: StructureResult;
  files: OutputFile[];
  losses: TextLoss[];
  diagnostics: Diagnostic[];
  /** Files of an existing dossier with the same slug. */
  existing: string[];
  /** `written`; `dry-run` (nothing written, as asked); `blocked` (dossier exists, no --force); `failed` (errors). */
  outcome: 'written' | 'dry-run' | 'blocked' | 'failed';
  backup?: string;
}

const EMPTY_READ: ReadResult = { blocks: [], skipped: [], notCarried: [], warnings: [] };

/**
 * Reads an input file by its extension: `.docx`, `.md`/`.markdown`, `.txt`. Pictures a Markdown
 * file links to are read relative to it. `undefined` for any other extension.
 */
async function readInput(fileName: string, data: Uint8Array): Promise<ReadResult | undefined> {
  const ext = extname(fileName).toLowerCase();
  if (ext === '.docx') return readDocx(data);
  if (!TEXT_EXTENSIONS.includes(ext)) return undefined;
  // Notepad and older tools save Chinese text as GBK or UTF-16: read it, and say so in the report.
  const { encoding, text } = decodeText(data);
  if (text === undefined) throw new NotTextError();
  const read = await readTextInput(fileName, ext, text);
  return encoding === 'utf-8' ? read : { ...read, encoding: ENCODING_NAMES[encoding] ?? encoding };
}

const TEXT_EXTENSIONS = ['.md', '.markdown', '.txt'];
const ENCODING_NAMES: Partial<Record<DetectedEncoding, string>> = { gb18030: 'GB18030（GBK）', 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16' };

/** Raised for a .txt or .md file whose bytes are not text in any encoding recognised. */
class NotTextError extends Error {}

async function readTextInput(fileName: string, ext: string, text: string): Promise<ReadResult> {
  if (ext === '.md' || ext === '.markdown') {
    const folder = dirname(resolve(fileName));
    const readAsset = (url: string) => {
      if (/^[a-z]+:/i.test(url)) return undefined;
      const path = resolve(folder, decodeURI(url));
      return existsSync(path) ? new Uint8Array(readFileSync(path)) : undefined;
    };
    return readMarkdown(text, { readAsset });
  }
  return readText(text);
}

// Paths in messages are relative to where the editor runs the command, unless that climbs out.
function shownPath(path: string): string {
  const fromHere = relative(process.cwd(), path).split('\\').join('/');
  return fromHere.startsWith('..') ? path : fromHere || '.';
}

/** The slug an input gets by default: its file name in pinyin (or as it is), else the unit's. */
function defaultSlug(fileName: string, unit: string | undefined): string {
  const slug = slugFromName(basename(fileName, extname(fileName))) || slugFromName(unit ?? '') || 'dossier';
  // A document named search.docx must not take the site's own /search/.
  return isReservedSlug(slug) ? reservedSlugValues(slug).suggestion : slug;
}

function lossDiagnostic(input: string, loss: TextLoss): Diagnostic {
  const values = { sentence: loss.text, item: loss.text, where: loss.where, files: (loss.files ?? []).join('、') };
  const code = loss.kind === 'lost' ? 'import.sentence-lost' : loss.kind === 'award-lost' ? 'import.award-lost' : 'import.sentence-duplicated';
  return { file: input, field: '', code, values, severity: 'error' };
}

/** A note about the input as a diagnostic at its place: `第 13 行` becomes the line, anything else the field. */
function noteDiagnostic(input: string, note: Pick<StructureNote, 'code' | 'where' | 'values' | 'severity'>): Diagnostic {
  const line = /^第 (\d+) 行/.exec(note.where);
  return {
    file: input,
    ...(line ? { line: Number(line[1]) } : {}),
    field: line ? note.where.slice(line[0].length).trim() : note.where,
    code: note.code,
    values: note.values,
    severity: note.severity,
  };
}

const NOT_CARRIED: Record<NotCarried['kind'], ImportMessageCode> = {
  footnote: 'import.not-carried-footnote',
  endnote: 'import.not-carried-endnote',
  'text-box': 'import.not-carried-text-box',
  chart: 'import.not-carried-chart',
  'smart-art': 'import.not-carried-smart-art',
  'embedded-object': 'import.not-carried-embedded-object',
  code: 'import.not-carried-code',
  html: 'import.not-carried-html',
  'image-missing': 'import.not-carried-image-missing',
};

/** The diagnostics of what the input holds that the site cannot: content not carried, pictures browsers cannot show. */
function inputDiagnostics(input: string, read: ReadResult, files: readonly OutputFile[], display: string): Diagnostic[] {
  const diagnostics = read.notCarried.map((n) => noteDiagnostic(input, { code: NOT_CARRIED[n.kind], where: n.where, values: { text: n.text }, severity: 'warning' }));
  for (const file of files) {
    const type = file.kind === 'image' ? contentTypeOf(file.path) : undefined;
    if (type && !isWebImage(type)) {
      const ext = file.path.slice(file.path.lastIndexOf('.') + 1).toUpperCase();
      diagnostics.push({ file: `${display}/${file.path}`, field: '', code: 'import.image-not-web', values: { file: file.path, type: ext }, severity: 'warning' });
    }
  }
  if (read.encoding) diagnostics.push({ file: input, field: '', code: 'import.read-as-encoding', values: { encoding: read.encoding }, severity: 'warning' });
  if (read.joined) diagnostics.push({ file: input, field: '', code: 'import.lines-joined', values: { count: read.joined.lines, width: read.joined.width }, severity: 'warning' });
  for (const message of read.warnings) diagnostics.push(noteDiagnostic(input, { code: 'import.converter-note', where: '', values: { message }, severity: 'warning' }));
  return diagnostics;
}

/**
 * Imports one dossier: reads it, recognises its parts, lays it out as content files, checks that
 * no sentence was lost or doubled, that the structure holds together and that every file passes
 * its schema, and only then writes, unless the dossier exists (without `force`), an error was
 * found, or `dryRun` is set. Calls made on thin evidence, and content the site cannot hold, are
 * warnings in `diagnostics`.
 */
export async function importDossier(fileName: string, data: Uint8Array, options: ImportOptions): Promise<ImportResult> {
  const now = options.now ?? new Date();
  const input = fileName;
  const empty: StructureResult = { dossier: { preface: [], sections: [] }, placements: [], skipped: [], notes: [] };
  const base = { input, slug: options.slug ?? '', contentDir: options.contentDir, read: EMPTY_READ, structure: empty, files: [], losses: [], existing: [] };
  let read: ReadResult | undefined;
  try {
    read = await readInput(fileName, data);
  } catch (error) {
    if (error instanceof NotTextError) return { ...base, outcome: 'failed', diagnostics: [{ file: input, field: '', code: 'import.not-text', values: {}, severity: 'error' }] };
    const reason = error instanceof Error ? error.message : String(error);
    return { ...base, outcome: 'failed', diagnostics: [{ file: input, field: '', code: 'import.unreadable', values: { reason }, severity: 'error' }] };
  }
  if (!read) {
    const ext = extname(fileName) || basename(fileName);
    return { ...base, outcome: 'failed', diagnostics: [{ file: input, field: '', code: 'import.unsupported-format', values: { ext }, severity: 'error' }] };
  }
  const structure = structureDossier(read.blocks, { ...(options.unit ? { unit: options.unit } : {}), today: now });
  const slug = options.slug ?? defaultSlug(fileName, structure.dossier.unit);
  const files = renderDossier(structure.dossier, slug);
  const display = shownPath(options.contentDir);
  const notes = [...structure.notes, ...checkStructure(structure)];
  const diagnostics: Diagnostic[] = notes.map((n) => noteDiagnostic(input, n));
  if (isReservedSlug(slug)) {
    diagnostics.push({ file: `${display}/${contentPaths.dossier(slug)}`, field: '', code: 'slug.reserved', values: reservedSlugValues(slug), severity: 'error' });
  }
  const losses = findTextLoss(structure.placements, structure.dossier.achievements?.awards ?? [], files, carriedNotes(structure.dossier));
  diagnostics.push(...losses.map((l) => lossDiagnostic(input, l)));
  structure.dossier.achievements?.awards.forEach((item, i) => {
    if (!item.implausible) return;
    const { original, used } = item.implausible;
    diagnostics.push({
      file: `${display}/${contentPaths.achievements(slug)}`,
      field: `awards.${i}.years`,
      code: used ? 'import.year-implausible' : 'import.year-unreadable',
      values: { award: item.award.title, original, used: used ?? '' },
      severity: 'warning',
    });
  });
  // Notes whose reference was in a title, an award or another place no body holds are listed.
  read = { ...read, notCarried: [...read.notCarried, ...uncarriedNotes(read.blocks, structure.dossier)] };
  diagnostics.push(...inputDiagnostics(input, read, files, display));
  // Schema problems that follow from a missing title or the like are already reported above.
  if (!structure.notes.some((n) => n.severity === 'error')) diagnostics.push(...validateFiles(files, input));

  const existing = existingDossierFiles(options.contentDir, slug);
  const same = findSameDossier(options.contentDir, structure.dossier, slug);
  if (same) {
    diagnostics.push({ file: input, field: '', code: 'import.same-dossier', values: { title: structure.dossier.title ?? '', unit: structure.dossier.unit ?? '', other: same }, severity: 'warning' });
  }
  const result = { ...base, slug, read, structure, files, losses, existing };
  if (diagnostics.some((d) => d.severity === 'error')) return { ...result, diagnostics, outcome: 'failed' };
  if (existing.length > 0 && !options.force) {
    diagnostics.push({
      file: `${display}/${contentPaths.dossier(slug)}`,
      field: '',
      code: 'import.dossier-exists',
      severity: 'error',
      values: { slug, files: existing.length, backup: shownPath(backupFolder(options.contentDir, slug, now)) },
    });
    return { ...result, diagnostics, outcome: 'blocked' };
  }
  if (options.dryRun) return { ...result, diagnostics, outcome: 'dry-run' };
  const { backup } = writeDossier(files, { contentDir: options.contentDir, slug, replacing: existing, now });
  return { ...result, diagnostics, outcome: 'written', ...(backup ? { backup } : {}) };
}
