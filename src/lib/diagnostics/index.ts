/** Diagnostics: the one way content problems are described and printed. */
export type { Diagnostic, Severity } from './diagnostic.ts';
export type { DiagnosticLang, IssueValues } from './values.ts';
export { MESSAGES, type MessageCode } from './messages/index.ts';
export { compareDiagnostics, formatDiagnostic, formatDiagnostics, formatLocation, fillLabel, fillMessage, summarise } from './format.ts';
export { codePoint, printable } from './fill.ts';
export { DiagnosticError } from './error.ts';
export type { ImportLabelCode, ImportMessageCode } from './messages/import.ts';
export { fromZodIssues } from './from-zod.ts';
