// The seeded synthetic corpus the benchmark builds: realistic 纪实 dossiers in the content model.
export { createRandom, seedFor, type Random } from './random.ts';
export { syntheticAwards, syntheticYears, type SyntheticAward, type SyntheticYears } from './awards.ts';
export { body, enumeration, paragraph, sentence, type ProseSubject } from './prose.ts';
export { DEFAULT_SHAPE, dossierSlug, syntheticArticleName, syntheticDossier, syntheticSiteSettings, type DossierShape, type SyntheticFile } from './dossier.ts';
