import { extname, basename, relative } from 'node:path';
import type { ReadResult } from './block.ts';
import { readDocx } from './read-docx.ts';
import { readMarkdown } from './read-markdown.ts';
import { readText } from './read-text.ts';
import { structureDossier, type StructureResult } from './structure.ts';
import { renderDossier, type OutputFile } from './render.ts';
import { findTextLoss, type TextLoss } from './verify.ts';
import { validateFiles } from './validate.ts';
import { backupFolder, existingDossierFiles, writeDossier } from './write.ts';
import { contentPaths } from '../content-paths.ts';
import { isReservedSlug, reservedSlugValues } from '../routes/index.ts';
import { slugify } from './article-name.ts';
import { pinyinWord } from './pinyin.ts';
import type { Diagnostic } from '../diagnostics/index.ts';

/** Options of {@link importDossier}; the CLI flags map onto them one to one. */
export interface ImportOptions {
  /** The content folder to write into. */
  contentDir: string;
  /** The dossier's slug. @default derived from the file name, else from the unit's pinyin */
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
  read: ReadResult & { warnings: string[] };
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

/** Reads an input file by its extension: `.docx`, `.md`/`.markdown`, `.txt`. */
async function readInput(fileName: string, data: Uint8Array): Promise<(ReadResult & { warnings: string[] }) | undefined> {
  const ext = extname(fileName).toLowerCase();
  if (ext === '.docx') return readDocx(data);
  const text = new TextDecoder('utf-8').decode(data);
  if (ext === '.md' || ext === '.markdown') return { ...readMarkdown(text), warnings: [] };
  if (ext === '.txt') return { ...readText(text), warnings: [] };
  return undefined;
}

// Paths in messages are relative to where the editor runs the command, unless that climbs out.
function shownPath(path: string): string {
  const fromHere = relative(process.cwd(), path).split('\\').join('/');
  return fromHere.startsWith('..') ? path : fromHere || '.';
}

function defaultSlug(fileName: string, unit: string | undefined): string {
  const slug = slugify(basename(fileName, extname(fileName))) || slugify(pinyinWord(unit ?? '')) || 'dossier';
  // A document named search.docx must not take the site's own /search/.
  return isReservedSlug(slug) ? reservedSlugValues(slug).suggestion : slug;
}

function lossDiagnostic(input: string, loss: TextLoss): Diagnostic {
  const values = { sentence: loss.text, item: loss.text, where: loss.where, files: (loss.files ?? []).join('、') };
  const code =
    loss.kind === 'lost' ? 'import.sentence-lost' : loss.kind === 'award-lost' ? 'import.award-lost' : 'import.sentence-duplicated';
  return { file: input, field: '', code, values, severity: 'error' };
}

/**
 * Imports one dossier: reads it, recognises its parts, lays it out as content files, checks that
 * no sentence was lost or doubled and that every file passes its schema, and only then writes,
 * unless the dossier exists (without `force`), an error was found, or `dryRun` is set.
 */
export async function importDossier(fileName: string, data: Uint8Array, options: ImportOptions): Promise<ImportResult> {
  const now = options.now ?? new Date();
  const input = fileName;
  const read = await readInput(fileName, data);
  const empty: StructureResult = { dossier: { preface: [], sections: [] }, placements: [], unsure: [], skipped: [], problems: [] };
  if (!read) {
    const ext = extname(fileName) || basename(fileName);
    return {
      input, slug: options.slug ?? '', contentDir: options.contentDir, read: { blocks: [], skipped: [], warnings: [] },
      structure: empty, files: [], losses: [], existing: [], outcome: 'failed',
      diagnostics: [{ file: input, field: '', code: 'import.unsupported-format', values: { ext }, severity: 'error' }],
    };
  }
  const structure = structureDossier(read.blocks, { ...(options.unit ? { unit: options.unit } : {}), today: now });
  const slug = options.slug ?? defaultSlug(fileName, structure.dossier.unit);
  const files = renderDossier(structure.dossier, slug);
  const display = shownPath(options.contentDir);
  const diagnostics: Diagnostic[] = structure.problems.map((p) => ({
    file: input, field: '', code: p.code, values: p.values, severity: 'error',
  }));
  if (isReservedSlug(slug)) {
    diagnostics.push({ file: `${display}/${contentPaths.dossier(slug)}`, field: '', code: 'slug.reserved', values: reservedSlugValues(slug), severity: 'error' });
  }

  const losses = findTextLoss(structure.placements, files);
  diagnostics.push(...losses.map((l) => lossDiagnostic(input, l)));
  structure.dossier.achievements?.awards.forEach((item, i) => {
    if (!item.implausible) return;
    const { original, used } = item.implausible;
    diagnostics.push({
      file: `${display}/${contentPaths.achievements(slug)}`, field: `awards.${i}.years`,
      code: used ? 'import.year-implausible' : 'import.year-unreadable',
      values: { award: item.award.title, original, used: used ?? '' }, severity: 'warning',
    });
  });
  // Schema problems that follow from a missing title or the like are already reported above.
  if (structure.problems.length === 0) diagnostics.push(...validateFiles(files, display));

  const existing = existingDossierFiles(options.contentDir, slug);
  const base = { input, slug, contentDir: options.contentDir, read, structure, files, losses, existing };
  if (diagnostics.some((d) => d.severity === 'error')) return { ...base, diagnostics, outcome: 'failed' };
  if (existing.length > 0 && !options.force) {
    diagnostics.push({
      file: `${display}/${contentPaths.dossier(slug)}`, field: '', code: 'import.dossier-exists', severity: 'error',
      values: { slug, files: existing.length, backup: shownPath(backupFolder(options.contentDir, slug, now)) },
    });
    return { ...base, diagnostics, outcome: options.dryRun ? 'dry-run' : 'blocked' };
  }
  if (options.dryRun) return { ...base, diagnostics, outcome: 'dry-run' };
  const { backup } = writeDossier(files, { contentDir: options.contentDir, slug, replacing: existing, now });
  return { ...base, diagnostics, outcome: 'written', ...(backup ? { backup } : {}) };
}
