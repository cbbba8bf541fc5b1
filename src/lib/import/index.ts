/**
 * The dossier importer: .docx, .md and .txt in, content files out, with a report. The CLI
 * (`scripts/import.ts`) and the tests use this entry point.
 */
export { importDossier } from './import-dossier.ts';
export { formatImportReport } from './report.ts';
