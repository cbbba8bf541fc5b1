import { markdownConfigDefaults, unified, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { markdownPlugins } from './index.ts';

/** The Markdown processor of the site: astro.config.mjs hands it to Astro, pages render with it. */
export function markdownProcessor() {
  return unified({ ...markdownPlugins(), smartypants: false });
}

let renderer: Promise<MarkdownRenderer> | undefined;

/**
 * Renders one Markdown body (without front matter) to sanitized HTML, through the same processor
 * and with the same defaults as Astro's own Markdown rendering.
 */
export async function renderMarkdown(body: string): Promise<string> {
  renderer ??= markdownProcessor().createRenderer({
    syntaxHighlight: markdownConfigDefaults.syntaxHighlight,
    shikiConfig: markdownConfigDefaults.shikiConfig,
  });
  return (await (await renderer).render(body)).code;
}
