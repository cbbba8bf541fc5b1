import type { MessageCode } from '../../../../src/lib/diagnostics/index.ts';

/**
 * One diagnostic a fixture must produce: where it is (file, line, column, field), what it is (code
 * and severity), and what it says: `quote` is the offending value as the message must quote it,
 * `hint` a phrase the hint must contain.
 */
export interface ExpectedDiagnostic {
  file: string;
  line?: number;
  column?: number;
  field?: string;
  code: MessageCode;
  severity?: 'error' | 'warning';
  /** The value the Chinese message quotes, exactly as printed (invisible characters as [U+…]). */
  quote: string;
  /** A phrase of the Chinese hint. */
  hint: string;
}

/** Paths of the base site's files, as diagnostics print them. */
export const DOSSIER = 'content/dossiers/demo.md';
export const AWARDS = 'content/achievements/demo.md';
export const FIRST = 'content/management/demo/01-first.md';
export const SECOND = 'content/management/demo/02-second.md';
export const SERVE = 'content/service/demo/01-serve.md';
export const CREATE = 'content/creation/demo/01-create.md';
export const SITE = 'content/site.yaml';
