import { fillEntry, fillTemplate } from './fill.ts';
import { MESSAGES, type MessageCode } from './messages/index.ts';
import type { Diagnostic } from './diagnostic.ts';
import type { DiagnosticLang, IssueValues } from './values.ts';
import { IMPORT_LABELS, type ImportLabelCode } from './messages/import.ts';

/** A message and its hint, filled in and in one language. */
export function fillMessage(code: MessageCode, values: IssueValues, lang: DiagnosticLang): { message: string; hint: string } {
  return fillEntry(MESSAGES[code], values, lang);
}

/** A report label (a heading or summary line, no hint), filled in and in one language. */
export function fillLabel(code: ImportLabelCode, values: IssueValues, lang: DiagnosticLang): string {
  return fillTemplate(IMPORT_LABELS[code][lang], values);
}

/** `content/a.md:12:3`, or as much of it as is known; empty for a problem of no one file. */
export function formatLocation(d: Pick<Diagnostic, 'file' | 'line' | 'column'>): string {
  if (d.line === undefined || d.file === '') return d.file;
  return d.column === undefined ? `${d.file}:${d.line}` : `${d.file}:${d.line}:${d.column}`;
}

const LABELS = {
  zh: { error: '错误', warning: '警告', hint: '提示', colon: '：' },
  en: { error: 'error', warning: 'warning', hint: 'hint', colon: ': ' },
} as const;

/**
 * One diagnostic as two lines: `file:line:col  field  错误：message`, then the indented hint.
 * Terminals and editors turn the leading location into a link to the exact spot.
 */
export function formatDiagnostic(d: Diagnostic, lang: DiagnosticLang = 'zh'): string {
  const { message, hint } = fillMessage(d.code, d.values, lang);
  const labels = LABELS[lang];
  const head = [formatLocation(d), d.field, `${labels[d.severity]}${labels.colon}${message}`].filter(Boolean).join('  ');
  return hint ? `${head}\n    ${labels.hint}${labels.colon}${hint}` : head;
}

/**
 * Every diagnostic grouped by file (files in path order, problems in line order), then a one-line
 * count. This is the only place diagnostics become text.
 */
export function formatDiagnostics(diagnostics: readonly Diagnostic[], lang: DiagnosticLang = 'zh'): string {
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of [...diagnostics].sort(compareDiagnostics)) {
    byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  }
  const blocks = [...byFile.values()].map((list) => list.map((d) => formatDiagnostic(d, lang)).join('\n'));
  return [...blocks, summarise(diagnostics, lang)].join('\n\n');
}

/** `2 个错误，1 个警告` / `2 errors, 1 warning`. */
export function summarise(diagnostics: readonly Diagnostic[], lang: DiagnosticLang = 'zh'): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  if (lang === 'zh') return `${errors} 个错误，${warnings} 个警告`;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}

/** Orders diagnostics by file path, then line, then column; whole-file problems come first. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}
