// Astro's `markdown` settings for astro.config.mjs. Astro renders none of the site's Markdown
// itself: the content check and the pages render the bodies (render.ts, site-bodies.ts). Its
// processor is still the project's, should a Markdown page ever be added, but is loaded only when
// Astro first asks for it: loading the Markdown pipeline with the config took about 0.15 s of
// every build's start-up (scripts/bench/README.md, "The Markdown pipeline loaded when used").
import type { MarkdownProcessor } from '@astrojs/markdown-remark';

// No syntax highlighting: Shiki colours code with `style` attributes, which the sanitizer removes
// (sanitize-schema.ts), so its colours never reached a page, and starting it took about 0.1 s of
// every thread that renders bodies.
export const SYNTAX_HIGHLIGHT = false as const;

/**
 * Astro's `markdown` settings: a processor that renders as the project's own (render.ts,
 * `siteMarkdownProcessor`), and the highlighting the body renderer uses too, so that Astro's
 * rendering and the build's agree.
 */
export function markdownSettings(): { processor: MarkdownProcessor; syntaxHighlight: typeof SYNTAX_HIGHLIGHT } {
  return {
    processor: {
      name: 'huazhang',
      options: {},
      createRenderer: async (shared) => (await import('./render.ts')).siteMarkdownProcessor().createRenderer(shared),
    },
    syntaxHighlight: SYNTAX_HIGHLIGHT,
  };
}
