import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import type { Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import { MARKDOWN_SYNTAX } from './parse.ts';
import type { VFile } from 'vfile';
import { remarkAwardsSlot } from './remark-awards-slot.ts';
import { remarkParagraphIndent } from './remark-paragraph-indent.ts';
import { rehypeShiftHeadings } from './rehype-shift-headings.ts';
import { SANITIZE_SCHEMA } from './sanitize-schema.ts';

/** Receives the HTML tree exactly as the sanitizer would, for the content check. */
export type SanitizerInputInspector = (tree: Root, file: VFile) => void;

/**
 * The remark and rehype plugins every Markdown body goes through, for Astro's unified processor
 * and for scripts that render Markdown themselves. Raw HTML is parsed before sanitising, because
 * Astro's own raw-HTML step runs after user plugins and would otherwise let it through unchecked.
 *
 * With `inspect`, the list ends where the sanitizer would run and hands `inspect` the tree in its
 * place: the content check sees what the sanitizer sees, from the very same steps.
 */
export function markdownPlugins(inspect?: SanitizerInputInspector): { remarkPlugins: RemarkPlugins; rehypePlugins: RehypePlugins } {
  const untilSanitizer = [rehypeRaw as never];
  return {
    remarkPlugins: [...(MARKDOWN_SYNTAX as RemarkPlugins), remarkAwardsSlot, remarkParagraphIndent],
    rehypePlugins: inspect
      ? [...untilSanitizer, () => inspect]
      : [...untilSanitizer, [rehypeSanitize, SANITIZE_SCHEMA], rehypeShiftHeadings],
  };
}
