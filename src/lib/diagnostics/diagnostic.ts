import type { MessageCode } from './messages/index.ts';
import type { IssueValues } from './values.ts';

/** How bad a problem is: errors stop the build, warnings are printed and let it go on. */
export type Severity = 'error' | 'warning';

/**
 * One problem found in the content, with where it is. Every consumer (checker, build, importer,
 * dev overlay) prints diagnostics through `formatDiagnostics`, so the wording never differs.
 */
export interface Diagnostic {
  /**
   * Path relative to the project root, with forward slashes: `content/dossiers/huangzhou.md`;
   * empty for a problem of the whole run rather than of one file.
   */
  file: string;
  /** 1-based line, when known. */
  line?: number;
  /** 1-based column, when known. */
  column?: number;
  /** The front matter field, as a dotted path (`awards.2.years`); empty for whole-file problems. */
  field: string;
  code: MessageCode;
  values: IssueValues;
  severity: Severity;
}
