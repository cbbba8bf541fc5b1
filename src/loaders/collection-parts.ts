// Everything src/content.config.ts defines the collections from, in one module that Node loads as
// it is, not through Vite (see there). Nothing here may need Vite: no `astro:` modules, no
// `import.meta.env`, no values from the config's `vite.define`.
export { ARTICLE_SECTION_KINDS } from '../lib/constants.ts';
export { COLLECTION_FOLDERS } from '../lib/content-paths.ts';
export { AchievementsSchema, DossierSchema, SectionFileSchema } from '../lib/schemas/index.ts';
export { contentDirFromEnv } from '../lib/site-settings.ts';
export { markdownFiles } from './markdown-files.ts';
