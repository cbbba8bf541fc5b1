// The seeded synthetic corpus the benchmark builds: realistic 纪实 dossiers in the content model.
export { createRandom, seedFor } from './random.ts';
export { syntheticAwards } from './awards.ts';
export { dossierSlug, syntheticArticleName, syntheticDossier, syntheticSiteSettings } from './dossier.ts';
