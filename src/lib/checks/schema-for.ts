import type { z } from 'astro/zod';
import { contentFileKind } from '../content-paths.ts';
import type { FileRole } from './classify.ts';

/** The schema a file's front matter is validated with, or `undefined` for files without fields. */
export function schemaFor(role: FileRole): z.ZodType | undefined {
  // Astro validates section files with the looser SectionFileSchema; the layout asks articles for a title.
  return role.kind === 'guide' || role.kind === 'stray' || role.kind === 'asset' ? undefined : contentFileKind(role.kind).schema;
}

/** True for files whose front matter must hold required fields, so a missing block is an error. */
export function needsFrontMatter(role: FileRole): boolean {
  return role.kind !== 'guide' && role.kind !== 'stray' && role.kind !== 'asset' && contentFileKind(role.kind).frontMatterRequired;
}
