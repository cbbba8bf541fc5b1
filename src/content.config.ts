// `defineCollection` from its own module: `astro:content` is Astro's whole page runtime, some 75
// modules that Vite's module runner would transform for this file alone, on every build.
import { defineCollection } from 'astro/content/config';
import { createRequire } from 'node:module';
import { join } from 'node:path';

// Astro runs this file through Vite's module runner, which would also transform, with source
// maps, the 42 modules of the schemas and the loader behind it, for code that needs nothing of
// Vite: 0.13–0.18 s of the shipped site's build. Node loads them as they are
// (scripts/bench/README.md, "The collections' code loaded by Node").
const { ARTICLE_SECTION_KINDS, COLLECTION_FOLDERS, AchievementsSchema, DossierSchema, SectionFileSchema, contentDirFromEnv, markdownFiles } = createRequire(import.meta.url)(
  './loaders/collection-parts.ts',
) as typeof import('./loaders/collection-parts.ts');

const contentDir = contentDirFromEnv(process.cwd());

// Only front matter goes into Astro's data store; pages read and render bodies themselves.
const sectionCollection = (kind: (typeof ARTICLE_SECTION_KINDS)[number]) =>
  defineCollection({
    loader: markdownFiles({ base: join(contentDir, COLLECTION_FOLDERS[kind]), layout: 'nested' }),
    schema: SectionFileSchema,
  });

export const collections = {
  dossiers: defineCollection({
    loader: markdownFiles({ base: join(contentDir, COLLECTION_FOLDERS.dossiers), layout: 'flat' }),
    schema: DossierSchema,
  }),
  ...(Object.fromEntries(ARTICLE_SECTION_KINDS.map((kind) => [kind, sectionCollection(kind)])) as Record<
    (typeof ARTICLE_SECTION_KINDS)[number],
    ReturnType<typeof sectionCollection>
  >),
  achievements: defineCollection({
    loader: markdownFiles({ base: join(contentDir, COLLECTION_FOLDERS.achievements), layout: 'flat' }),
    schema: AchievementsSchema,
  }),
};
