import type { Diagnostic } from './diagnostic.ts';
import { formatDiagnostic } from './format.ts';

/**
 * An error for the few places where only an exception can stop the work, such as inside Astro's
 * build. Its message is the diagnostic worded by the one formatter (Chinese, location, hint), so
 * whatever prints it shows the same text as `npm run check`; the diagnostic itself stays attached.
 */
export class DiagnosticError extends Error {
  /** The problem, for callers that report diagnostics themselves. */
  readonly diagnostic: Diagnostic;

  constructor(diagnostic: Diagnostic) {
    super(formatDiagnostic(diagnostic));
    this.name = 'DiagnosticError';
    this.diagnostic = diagnostic;
  }
}
