import type { Root } from 'mdast';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Pluggable, type PluggableList } from 'unified';

/**
 * Plugins that change what Markdown text means, so every reader of a body must use them to see
 * what the site renders; the site's processor takes GitHub's extensions from here, not from Astro.
 *
 * - remark-gfm: tables, `~~删除线~~`, footnotes (`[^1]`) and bare web addresses as links. A single
 *   `~` stays text: Chinese writing marks ranges with it (`2010~2015年，每班3~5人`), and GitHub's
 *   default would strike through everything between two of them and drop both.
 * - remark-cjk-friendly lets `**` close after Chinese punctuation: without it
 *   `**一是抓班子，筑牢堡垒。**该局…` (how Word, WPS and Typora write bold lead sentences) keeps its
 *   stars on the page.
 */
const GITHUB_SYNTAX: Pluggable = [remarkGfm, { singleTilde: false }];
const CJK_SYNTAX: Pluggable = remarkCjkFriendly;
export const MARKDOWN_SYNTAX: PluggableList = [GITHUB_SYNTAX, CJK_SYNTAX];

/** {@link MARKDOWN_SYNTAX}, or the same without GitHub's extensions for a body that cannot use them ({@link bySyntax}). */
export function markdownSyntax(withoutGithubSyntax: boolean): PluggableList {
  return withoutGithubSyntax ? [CJK_SYNTAX] : MARKDOWN_SYNTAX;
}

/**
 * Text that every one of GitHub's extensions needs before it can apply: a table's `|`, `~~`, a
 * footnote's `[^`, a web or mail address (`www.`, `://`, `@`), a task's `[ ]` or `[x]`.
 */
const MAY_USE_GITHUB_SYNTAX = /[|~@]|\[\^|www\.|:\/\/|\[[ x]\]/i;

/**
 * Whether a body holds text one of GitHub's extensions needs. One without parses to the same tree
 * without them, and the extensions are about a third of a parse.
 */
export function mayUseGithubSyntax(body: string): boolean {
  return MAY_USE_GITHUB_SYNTAX.test(body);
}

/**
 * Picks, for each body, what `create` makes with GitHub's extensions or without them
 * ({@link mayUseGithubSyntax}), creating each the first time a body needs it: the check's parser,
 * the body renderer and the sanitizer check choose alike.
 */
export function bySyntax<T>(create: (withoutGithubSyntax: boolean) => T): (body: string) => T {
  let withGithub: T | undefined;
  let withoutGithub: T | undefined;
  return (body) => (mayUseGithubSyntax(body) ? (withGithub ??= create(false)) : (withoutGithub ??= create(true)));
}

const parserFor = bySyntax((withoutGithubSyntax) => unified().use(remarkParse).use(markdownSyntax(withoutGithubSyntax)).freeze());

/**
 * A Markdown body as an mdast tree, parsed exactly as the site's processor parses it.
 *
 * @example parseMarkdown('**一是。**正文').children[0]
 */
export function parseMarkdown(body: string): Root {
  return parserFor(body).parse(body);
}
