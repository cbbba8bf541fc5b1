import type { Root } from 'mdast';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type PluggableList } from 'unified';

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
export const MARKDOWN_SYNTAX: PluggableList = [[remarkGfm, { singleTilde: false }], remarkCjkFriendly];

/**
 * A Markdown body as an mdast tree, parsed exactly as the site's processor parses it.
 *
 * @example parseMarkdown('**一是。**正文').children[0]
 */
export function parseMarkdown(body: string): Root {
  return parser.parse(body);
}

const parser = unified().use(remarkParse).use(MARKDOWN_SYNTAX).freeze();
