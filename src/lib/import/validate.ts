import matter from 'gray-matter';
import type { z } from 'astro/zod';
import { AchievementsSchema, ArticleSchema, DossierSchema, SectionIntroSchema } from '../schemas/index.ts';
import { fromZodIssues, type Diagnostic } from '../diagnostics/index.ts';
import type { OutputFile, OutputKind } from './render.ts';

const SCHEMAS: Record<OutputKind, z.ZodType> = {
  dossier: DossierSchema,
  intro: SectionIntroSchema,
  article: ArticleSchema,
  achievements: AchievementsSchema,
};

/**
 * Parses each file's front matter back and validates it with the schema the site and the content
 * check use, so an import never writes a file the build would refuse. `displayDir` prefixes the
 * paths in the diagnostics (`content`).
 */
export function validateFiles(files: readonly OutputFile[], displayDir: string): Diagnostic[] {
  return files.flatMap((file) => {
    const { data } = matter(file.text);
    const parsed = SCHEMAS[file.kind].safeParse(data);
    return parsed.success ? [] : fromZodIssues(`${displayDir}/${file.path}`, parsed.error.issues, data);
  });
}
