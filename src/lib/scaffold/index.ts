/** Scaffolding a new dossier: the files to create and the one safe way to write them. */
export { dossierFiles, isValidSlug } from './dossier-files.ts';
export { existingFiles, writeNewFiles } from './write-files.ts';
export { SCAFFOLD_TEXT } from './text.ts';
