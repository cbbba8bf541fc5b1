/**
 * The dossier importer: .docx, .md and .txt in, content files out, with a report. The CLI
 * (`scripts/import.ts`) and the tests use this entry point.
 */
export { importDossier, readInput, defaultSlug, type ImportOptions, type ImportResult } from './import-dossier.ts';
export { formatImportReport } from './report.ts';
export { structureDossier } from './structure.ts';
export type { ImportedDossier, Placement, StructureResult } from './imported.ts';
export { renderDossier, type OutputFile } from './render.ts';
export { findTextLoss, type TextLoss } from './verify.ts';
