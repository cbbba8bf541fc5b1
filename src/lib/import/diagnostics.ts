import { MESSAGES, formatDiagnostics, type Diagnostic, type DiagnosticLang } from '../diagnostics/index.ts';
import { IMPORT_MESSAGES, type ImportMessageCode } from '../diagnostics/import-messages.ts';

// TODO: once IMPORT_MESSAGES is merged into MESSAGES this loop finds every code present and does
// nothing, and can go. Until then it lets the one formatter word the importer's messages.
for (const [code, entry] of Object.entries(IMPORT_MESSAGES)) {
  if (!(code in MESSAGES)) (MESSAGES as Record<string, unknown>)[code] = entry;
}

/** A diagnostic whose code may also be one of the importer's own messages. */
export type ImportDiagnostic = Omit<Diagnostic, 'code'> & { code: Diagnostic['code'] | ImportMessageCode };

/** Prints diagnostics, the importer's included, through the project's one formatter. */
export function formatImportDiagnostics(diagnostics: readonly ImportDiagnostic[], lang: DiagnosticLang = 'zh'): string {
  return formatDiagnostics(diagnostics as readonly Diagnostic[], lang);
}
