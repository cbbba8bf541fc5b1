import type { z } from 'astro/zod';
import { AchievementsSchema, ArticleSchema, DossierSchema, SectionIntroSchema } from '../schemas/index.ts';
import { DiagnosticError, fromZodIssues, type Diagnostic } from '../diagnostics/index.ts';
import { readMarkdownFields } from '../front-matter/index.ts';
import type { OutputFile, OutputKind } from './render.ts';

const SCHEMAS: Partial<Record<OutputKind, z.ZodType>> = {
  dossier: DossierSchema,
  intro: SectionIntroSchema,
  article: ArticleSchema,
  achievements: AchievementsSchema,
};

/**
 * Reads each file's front matter back with the reader the site and the content check use, and
 * validates it with the same schema, so an import never writes a file the build would refuse. Nothing has been written
 * when these are reported, so they point at the input file and name the file and field the
 * import would have written (`achievements/x.md awards.3.years`).
 */
export function validateFiles(files: readonly OutputFile[], input: string): Diagnostic[] {
  return files.flatMap((file) => {
    const schema = SCHEMAS[file.kind];
    if (!schema || file.text === undefined) return [];
    let diagnostics: Diagnostic[];
    try {
      const { data } = readMarkdownFields(file.text, file.path);
      const parsed = schema.safeParse(data);
      diagnostics = parsed.success ? [] : fromZodIssues(file.path, parsed.error.issues, data);
    } catch (error) {
      if (!(error instanceof DiagnosticError)) throw error;
      diagnostics = [error.diagnostic];
    }
    return diagnostics.map(({ line: _line, column: _column, ...d }) => ({
      ...d,
      file: input,
      field: [file.path, d.field].filter((f) => f !== '').join(' '),
    }));
  });
}
