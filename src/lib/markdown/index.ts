import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import type { Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import { markdownSyntax } from './parse.ts';
import type { VFile } from 'vfile';
import { remarkAwardsSlot } from './remark-awards-slot.ts';
import { remarkParagraphIndent } from './remark-paragraph-indent.ts';
import { rehypeShiftHeadings } from './rehype-shift-headings.ts';
import { SANITIZE_SCHEMA } from './sanitize-schema.ts';

/** Receives the HTML tree exactly as the sanitizer would, for the content check. */
export type SanitizerInputInspector = (tree: Root, file: VFile) => void;

/** Which {@link markdownPlugins} to give. */
export interface MarkdownPluginOptions {
  /**
   * End the list where the sanitizer would run and hand `inspect` the tree in its place: the
   * content check sees what the sanitizer sees, from the very same steps.
   */
  inspect?: SanitizerInputInspector;
  /**
   * Leave GitHub's extensions out, for bodies that cannot use them (`bySyntax` in parse.ts): they
   * come out the same, rendered in less time.
   */
  withoutGithubSyntax?: boolean;
}

/**
 * The remark and rehype plugins every Markdown body goes through, for Astro's unified processor
 * and for scripts that render Markdown themselves. Raw HTML is parsed before sanitising, because
 * Astro's own raw-HTML step runs after user plugins and would otherwise let it through unchecked.
 */
export function markdownPlugins(options: MarkdownPluginOptions = {}): { remarkPlugins: RemarkPlugins; rehypePlugins: RehypePlugins } {
  const untilSanitizer = [rehypeRaw as never];
  const { inspect, withoutGithubSyntax } = options;
  return {
    remarkPlugins: [...(markdownSyntax(withoutGithubSyntax === true) as RemarkPlugins), remarkAwardsSlot, remarkParagraphIndent],
    rehypePlugins: inspect
      ? [...untilSanitizer, () => inspect]
      : [...untilSanitizer, [rehypeSanitize, SANITIZE_SCHEMA], rehypeShiftHeadings],
  };
}
