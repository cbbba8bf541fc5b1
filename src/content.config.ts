import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ARTICLE_SECTION_KINDS } from './lib/constants.ts';
import { AchievementsSchema, DossierSchema, SectionFileSchema } from './lib/schemas/index.ts';
import { contentDirFromEnv } from './lib/site-settings.ts';

const contentDir = contentDirFromEnv(process.cwd());

// Ids are paths without `.md`, exactly as written: dossier slugs and article anchors come from
// file names, and Astro's default slugging would change them.
const generateId = ({ entry }: { entry: string }) => entry.replace(/\.md$/, '');

// Pages use the rendered HTML only, never the raw Markdown, so the body is not kept in the data
// store: at 1,000 dossiers that is 48 MB less for Astro to serialise into the build and hold.
const retainBody = false;

const sectionCollection = (kind: string) =>
  defineCollection({
    loader: glob({ pattern: '*/*.md', base: `${contentDir}/${kind}`, generateId, retainBody }),
    schema: SectionFileSchema,
  });

export const collections = {
  dossiers: defineCollection({
    loader: glob({ pattern: '*.md', base: `${contentDir}/dossiers`, generateId, retainBody }),
    schema: DossierSchema,
  }),
  ...(Object.fromEntries(ARTICLE_SECTION_KINDS.map((kind) => [kind, sectionCollection(kind)])) as Record<
    (typeof ARTICLE_SECTION_KINDS)[number],
    ReturnType<typeof sectionCollection>
  >),
  achievements: defineCollection({
    loader: glob({ pattern: '*.md', base: `${contentDir}/achievements`, generateId, retainBody }),
    schema: AchievementsSchema,
  }),
};
