import { markdownConfigDefaults, unified, type MarkdownRenderer, type RehypePlugins, type RemarkPlugins } from '@astrojs/markdown-remark';
import type { Element, Root } from 'hast';
import type { Root as MarkdownRoot } from 'mdast';
import type { Processor } from 'unified';
import { pathToFileURL } from 'node:url';
import type { VFile } from 'vfile';
import { markdownPlugins, type MarkdownPluginOptions } from './index.ts';
import { bySyntax } from './parse.ts';
import { outlineCandidates, outlineOf, type OutlineHeading } from './outline.ts';
import { rehypeBaseLinks } from './rehype-base-links.ts';
import { rehypeContentFiles, type ContentFilesOptions } from './rehype-content-files.ts';
import { rehypeFootnoteIds } from './rehype-footnote-ids.ts';
import { t } from '../i18n.ts';
import { sanitizerRemovals, type SanitizerRemoval } from './sanitizer-removals.ts';
import { SYNTAX_HIGHLIGHT } from './markdown-settings.ts';

// No SmartyPants (it would turn editors' straight quotes curly), and GitHub's extensions only as
// markdownPlugins() lists them (parse.ts), so that every reader of a body parses it the same way.
// Footnotes get a visible label and links back in Chinese. The label is a paragraph, not a
// heading: a body sits under a section's h1 or an article's h2, and a heading of one level would
// skip a level in one of them. Their ids are made unique per body by rehypeFootnoteIds, not by one
// prefix shared by every body.
const PROCESSOR_OPTIONS = {
  smartypants: false,
  gfm: false,
  remarkRehype: {
    clobberPrefix: '',
    footnoteLabel: t('article.footnotes'),
    footnoteLabelTagName: 'p',
    footnoteLabelProperties: {},
    footnoteBackLabel: (note: number, reference: number) =>
      reference > 1 ? t('article.footnoteBackAgain', { n: note + 1, k: reference }) : t('article.footnoteBack', { n: note + 1 }),
  },
} as const;

/**
 * The Markdown processor of Astro (markdown-settings.ts), of the body renderer and of the
 * sanitizer check: the project's plugins as `plugins` asks for them (markdownPlugins), no
 * SmartyPants, and any rehype plugins to run after them.
 */
function markdownProcessor(plugins: MarkdownPluginOptions = {}, after: RehypePlugins = [], first: RemarkPlugins = []) {
  const { remarkPlugins, rehypePlugins } = markdownPlugins(plugins);
  return unified({ ...PROCESSOR_OPTIONS, remarkPlugins: [...first, ...remarkPlugins], rehypePlugins: [...rehypePlugins, ...after] });
}

/** The front matter object of one call of Astro's renderer, which the renderer hands to every plugin. */
const callOf = (file: VFile) => (file.data as { astro?: { frontmatter?: object } }).astro?.frontmatter;

/** The processor Astro renders Markdown with (markdown-settings.ts loads it when Astro first asks). */
export function siteMarkdownProcessor() {
  return markdownProcessor();
}

// Astro's own rendering defaults, which the build uses too.
const RENDERER_DEFAULTS = { syntaxHighlight: SYNTAX_HIGHLIGHT, shikiConfig: markdownConfigDefaults.shikiConfig } as const;

/** A Markdown body rendered: its sanitized HTML, and the headings a contents list links to. */
export interface RenderedBody {
  html: string;
  outline: OutlineHeading[];
}

/**
 * Renders one Markdown body (without front matter), read from `file`. `tree`, when given, is the
 * body parsed by `parseMarkdown` (parse.ts) and not changed since: the content check hands over the
 * trees it has parsed, so that a body is parsed once per build. It is rendered from, and changed.
 */
export type BodyRenderer = (body: string, file: string, tree?: MarkdownRoot) => Promise<RenderedBody>;

/**
 * A renderer for the bodies of one site: the same plugins and defaults as Astro's own Markdown
 * rendering, plus links and images to files kept next to the Markdown pointed at where those
 * files are published, and root-absolute addresses put under the site's base path. The outline
 * comes from the same tree as the HTML, so no page parses the HTML again to find its headings.
 */
export function createBodyRenderer(options: ContentFilesOptions): BodyRenderer {
  // The front matter object is the one value Astro's renderer passes from each call to the plugins,
  // so each call gives its own and finds its headings under it.
  const headings = new WeakMap<object, Element[]>();
  const collectHeadings = () => (tree: Root, file: VFile) => {
    const call = callOf(file);
    if (call) headings.set(call, outlineCandidates(tree));
  };
  // A tree given with the call takes the place of parsing: remark-parse has set the parser by the
  // time this plugin, which comes after it, is attached.
  const given = new WeakMap<object, MarkdownRoot>();
  function takeGivenTree(this: Processor<MarkdownRoot>) {
    const parse = this.parser!;
    this.parser = (document, file) => {
      const call = callOf(file);
      return (call && given.get(call)) ?? parse(document, file);
    };
  }
  // Attachments get their /_files/ address (with the base) first; root-absolute links get the base after.
  const after: RehypePlugins = [
    [rehypeContentFiles, options],
    [rehypeBaseLinks, { base: options.base }],
    [rehypeFootnoteIds, { contentDir: options.contentDir }],
    collectHeadings,
  ];
  const renderer = bySyntax((withoutGithubSyntax): Promise<MarkdownRenderer> =>
    markdownProcessor({ withoutGithubSyntax }, after, [takeGivenTree as never]).createRenderer(RENDERER_DEFAULTS),
  );
  return async (body, file, tree) => {
    const call = {};
    if (tree) given.set(call, tree);
    const { code } = await (await renderer(body)).render(body, { fileURL: pathToFileURL(file), frontmatter: call });
    const found = headings.get(call);
    if (!found) throw new Error(`${file}：正文的标题未能读取`);
    return { html: code, outline: outlineOf(found) };
  };
}

/** Lists what sanitizing removes from one Markdown body, read from `file`. */
export type SanitizerCheck = (body: string, file: string) => Promise<SanitizerRemoval[]>;

/**
 * Runs bodies through the site's rendering, with the same Astro processor, plugins and defaults,
 * up to the sanitizer, and lists what the sanitizer would take out of each. Positions are lines
 * and columns of the body.
 */
export function createSanitizerCheck(): SanitizerCheck {
  const found = new Map<string, SanitizerRemoval[]>();
  const inspect = (tree: Root, file: VFile) => {
    found.set(file.path, sanitizerRemovals(tree));
    // Nothing after the sanitizer matters here; an empty tree makes the remaining steps free.
    tree.children = [];
  };
  const renderer = bySyntax((withoutGithubSyntax) => markdownProcessor({ inspect, withoutGithubSyntax }).createRenderer(RENDERER_DEFAULTS));
  return async (body, file) => {
    const url = pathToFileURL(file);
    await (await renderer(body)).render(body, { fileURL: url });
    const removals = found.get(file) ?? [];
    found.delete(file);
    return removals;
  };
}
