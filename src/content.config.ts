import { defineCollection } from 'astro:content';
import { join } from 'node:path';
import { ARTICLE_SECTION_KINDS } from './lib/constants.ts';
import { COLLECTION_FOLDERS } from './lib/content-paths.ts';
import { AchievementsSchema, DossierSchema, SectionFileSchema } from './lib/schemas/index.ts';
import { contentDirFromEnv } from './lib/site-settings.ts';
import { markdownFiles } from './loaders/markdown-files.ts';

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
