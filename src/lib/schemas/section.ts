import { z } from 'astro/zod';
import type { FieldInput } from './field-input.ts';

/**
 * One article of the 管理篇, 服务篇 or 创建篇: `content/<section>/<dossier>/NN-<name>.md`.
 * `<name>` becomes the article's anchor on the section page, `NN` its default position.
 *
 * @example
 * ```yaml
 * title: 一是强化职能定位，突出创新意识
 * ```
 */
export const ArticleSchema = z.object({
  /** The article's heading, usually its opening headline sentence. @example 捕捉信息，当好“情报部” */
  title: z.string().trim().min(1),
  /**
   * Position within the section, smallest first.
   * @default the `NN` number at the start of the file name
   */
  order: z.number().int().nonnegative().optional(),
  /** A short description for the dossier's table of contents and search results. */
  summary: z.string().trim().min(1).optional().meta({ input: 'paragraph' } satisfies FieldInput),
});

/**
 * A section's optional introduction, `content/<section>/<dossier>/index.md`. It has no front matter
 * fields; its body is shown above the articles.
 */
export const SectionIntroSchema = z.object({});

/**
 * What Astro validates for every file of a section folder: the introduction and the articles share
 * one collection, so `title` is optional here and required by {@link ArticleSchema} in the content
 * check, which runs before every build.
 */
export const SectionFileSchema = ArticleSchema.partial({ title: true });

