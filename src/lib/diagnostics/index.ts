/** Diagnostics: the one way content problems are described and printed. */
export type { Diagnostic, Severity } from './diagnostic.ts';
export type { DiagnosticLang, IssueValues } from './values.ts';
export { MESSAGES, type MessageCode } from './messages/index.ts';
export { compareDiagnostics, formatDiagnostic, formatDiagnostics, formatLocation, fillMessage, summarise } from './format.ts';
export { DiagnosticError } from './error.ts';
export { fromZodIssues } from './from-zod.ts';
