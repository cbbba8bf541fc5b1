import { defineCollection } from 'astro:content';
import { ARTICLE_SECTION_KINDS } from './lib/constants.ts';
import { AchievementsSchema, DossierSchema, SectionFileSchema } from './lib/schemas/index.ts';
import { contentDirFromEnv } from './lib/site-settings.ts';
import { markdownFiles } from './loaders/markdown-files.ts';

const contentDir = contentDirFromEnv(process.cwd());

// Only front matter goes into Astro's data store; pages read and render bodies themselves.
const sectionCollection = (kind: string) =>
  defineCollection({
    loader: markdownFiles({ base: `${contentDir}/${kind}`, layout: 'nested' }),
    schema: SectionFileSchema,
  });

export const collections = {
  dossiers: defineCollection({
    loader: markdownFiles({ base: `${contentDir}/dossiers`, layout: 'flat' }),
    schema: DossierSchema,
  }),
  ...(Object.fromEntries(ARTICLE_SECTION_KINDS.map((kind) => [kind, sectionCollection(kind)])) as Record<
    (typeof ARTICLE_SECTION_KINDS)[number],
    ReturnType<typeof sectionCollection>
  >),
  achievements: defineCollection({
    loader: markdownFiles({ base: `${contentDir}/achievements`, layout: 'flat' }),
    schema: AchievementsSchema,
  }),
};
