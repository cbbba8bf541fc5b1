// Which Markdown bodies the content editor's rich text box may open. Decap CMS's rich text editor
// reads a body into its own document and writes it back on every change; what it has no notion of
// it rewrites. Footnotes are the case that loses text: it takes `[^1]` and the note `[^1]: …` for
// a link and its address, and writes `[^1](the note's text)`, so the note is gone from the page and
// the check reports a broken link. Tables, struck-through text, escapes and reference links come
// back in another spelling that the site renders the same.
import type { Nodes } from 'mdast';
import { EXIT, visit } from 'unist-util-visit';
import { parseMarkdown } from '../markdown/parse.ts';

/** Whether a body holds footnotes, read as the site reads it, and so must be edited as Markdown. */
export function richTextWouldLose(body: string): boolean {
  let found = false;
  visit(parseMarkdown(body) as Nodes, (node) => {
    if (node.type !== 'footnoteReference' && node.type !== 'footnoteDefinition') return undefined;
    found = true;
    return EXIT;
  });
  return found;
}
