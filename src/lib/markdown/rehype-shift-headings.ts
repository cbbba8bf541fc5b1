import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Options of {@link rehypeShiftHeadings}. */
export interface ShiftHeadingsOptions {
  /**
   * The level the body's highest heading becomes. @default 3 (the page has the h1, each article
   * its h2)
   */
  top?: number;
}

const HEADING = /^h([1-6])$/;

/**
 * Moves the headings of a Markdown body so they nest under the page's own: whether an editor
 * starts sub-headings at `#` or `##`, the highest becomes `h3` and the rest keep their steps below
 * it, up to `h6`.
 */
export function rehypeShiftHeadings(options: ShiftHeadingsOptions = {}) {
  const top = options.top ?? 3;
  return (tree: Root) => {
    const headings: Element[] = [];
    visit(tree, 'element', (node) => {
      if (HEADING.test(node.tagName)) headings.push(node);
    });
    if (headings.length === 0) return;
    const level = (node: Element) => Number(HEADING.exec(node.tagName)![1]);
    const by = top - Math.min(...headings.map(level));
    for (const node of headings) node.tagName = `h${Math.min(6, Math.max(1, level(node) + by))}`;
  };
}
