import type { Root } from 'mdast';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkParse from 'remark-parse';
import { unified, type PluggableList } from 'unified';

/**
 * Plugins that change what Markdown text means, so every reader of a body must use them to see
 * what the site renders. remark-cjk-friendly lets `**` close after Chinese punctuation: without it
 * `**一是抓班子，筑牢堡垒。**该局…` (how Word, WPS and Typora write bold lead sentences) keeps its
 * stars on the page.
 */
export const MARKDOWN_SYNTAX: PluggableList = [remarkCjkFriendly];

/**
 * A Markdown body as an mdast tree, parsed exactly as the site's processor parses it.
 *
 * @example parseMarkdown('**一是。**正文').children[0]
 */
export function parseMarkdown(body: string): Root {
  return parser.parse(body);
}

const parser = unified().use(remarkParse).use(MARKDOWN_SYNTAX).freeze();
