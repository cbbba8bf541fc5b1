import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import { MARKDOWN_SYNTAX } from './parse.ts';
import { remarkAwardsSlot } from './remark-awards-slot.ts';
import { remarkParagraphIndent } from './remark-paragraph-indent.ts';
import { rehypeShiftHeadings } from './rehype-shift-headings.ts';
import { SANITIZE_SCHEMA } from './sanitize-schema.ts';

export { AWARDS_SLOT_HTML } from './remark-awards-slot.ts';
export { MARKDOWN_SYNTAX, parseMarkdown } from './parse.ts';

/**
 * The remark and rehype plugins every Markdown body goes through, for Astro's unified processor
 * and for scripts that render Markdown themselves. Raw HTML is parsed before sanitising, because
 * Astro's own raw-HTML step runs after user plugins and would otherwise let it through unchecked.
 */
export function markdownPlugins(): { remarkPlugins: RemarkPlugins; rehypePlugins: RehypePlugins } {
  return {
    remarkPlugins: [...(MARKDOWN_SYNTAX as RemarkPlugins), remarkAwardsSlot, remarkParagraphIndent],
    rehypePlugins: [rehypeRaw as never, [rehypeSanitize, SANITIZE_SCHEMA], rehypeShiftHeadings],
  };
}
