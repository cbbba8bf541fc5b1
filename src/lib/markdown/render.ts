import { markdownConfigDefaults, unified, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { pathToFileURL } from 'node:url';
import { markdownPlugins } from './index.ts';
import { rehypeContentFiles, type ContentFilesOptions } from './rehype-content-files.ts';

/** The Markdown processor astro.config.mjs hands to Astro: the project's plugins, no SmartyPants. */
export function markdownProcessor() {
  return unified({ ...markdownPlugins(), smartypants: false });
}

/** Renders one Markdown body (without front matter), read from `file`, to sanitized HTML. */
export type BodyRenderer = (body: string, file: string) => Promise<string>;

/**
 * A renderer for the bodies of one site: the same plugins and defaults as Astro's own Markdown
 * rendering, plus links and images to files kept next to the Markdown pointed at where those
 * files are published.
 */
export function createBodyRenderer(options: ContentFilesOptions): BodyRenderer {
  const { remarkPlugins, rehypePlugins } = markdownPlugins();
  const renderer: Promise<MarkdownRenderer> = unified({ remarkPlugins, rehypePlugins: [...rehypePlugins, [rehypeContentFiles, options]], smartypants: false }).createRenderer({
    syntaxHighlight: markdownConfigDefaults.syntaxHighlight,
    shikiConfig: markdownConfigDefaults.shikiConfig,
  });
  return async (body, file) => (await (await renderer).render(body, { fileURL: pathToFileURL(file) })).code;
}
