/** Diagnostics: the one way content problems are described and printed. */
export type { Diagnostic, Severity } from './diagnostic.ts';
export { MESSAGES, type MessageCode, type DiagnosticLang } from './messages.ts';
export { compareDiagnostics, formatDiagnostic, formatDiagnostics, formatLocation, fillMessage, summarise } from './format.ts';
export { fromZodIssues } from './from-zod.ts';
export { issue, type IssueValues } from './zod-issue.ts';
