import type { z } from 'astro/zod';
import { AchievementsSchema, ArticleSchema, DossierSchema, SectionIntroSchema } from '../schemas/index.ts';
import { DiagnosticError, fromZodIssues, type Diagnostic } from '../diagnostics/index.ts';
import { readMarkdownFields } from '../front-matter/index.ts';
import type { OutputFile, OutputKind } from './render.ts';

const SCHEMAS: Record<OutputKind, z.ZodType> = {
  dossier: DossierSchema,
  intro: SectionIntroSchema,
  article: ArticleSchema,
  achievements: AchievementsSchema,
};

/**
 * Reads each file's front matter back with the reader the site and the content check use, and
 * validates it with the same schema, so an import never writes a file the build would refuse.
 * `displayDir` prefixes the paths in the diagnostics (`content`).
 */
export function validateFiles(files: readonly OutputFile[], displayDir: string): Diagnostic[] {
  return files.flatMap((file) => {
    const path = `${displayDir}/${file.path}`;
    let data: Record<string, unknown>;
    try {
      data = readMarkdownFields(file.text, path).data;
    } catch (error) {
      if (error instanceof DiagnosticError) return [error.diagnostic];
      throw error;
    }
    const parsed = SCHEMAS[file.kind].safeParse(data);
    return parsed.success ? [] : fromZodIssues(path, parsed.error.issues, data);
  });
}
