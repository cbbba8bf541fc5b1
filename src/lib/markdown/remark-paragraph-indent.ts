import type { Paragraph, Root } from 'mdast';
import { visit } from 'unist-util-visit';

// How Word, WPS and Notepad users indent a paragraph: two full-width spaces, or no-break and em
// spaces pasted from web pages.
const TYPED_INDENT = /^[\u3000\u00a0\u2002\u2003 \t]+/;

/**
 * Removes the indentation typed at the start of a paragraph. The site's style indents every
 * paragraph's first line by two characters itself, so a typed indent would double it; and the
 * first paragraph of a body, whose indent is trimmed with the surrounding blank lines, would
 * otherwise be the only one without. Only blank space is removed.
 */
export function remarkParagraphIndent() {
  return (tree: Root) => {
    visit(tree, 'paragraph', (node: Paragraph) => {
      const first = node.children[0];
      if (first?.type !== 'text') return;
      first.value = first.value.replace(TYPED_INDENT, '');
      if (first.value === '' && node.children.length > 1) node.children.shift();
    });
  };
}
