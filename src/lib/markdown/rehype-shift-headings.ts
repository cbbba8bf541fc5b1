import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Options of {@link rehypeShiftHeadings}. */
export interface ShiftHeadingsOptions {
  /** Levels to add to every heading. @default 2 (page h1, article h2, so body headings start at h3) */
  by?: number;
}

/**
 * Moves every heading in a Markdown body down so it nests under the page's own headings: an
 * editor's `#` inside an article becomes `h3`, never a second `h1`. Levels stop at `h6`.
 */
export function rehypeShiftHeadings(options: ShiftHeadingsOptions = {}) {
  const by = options.by ?? 2;
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      const match = /^h([1-6])$/.exec(node.tagName);
      if (match) node.tagName = `h${Math.min(6, Number(match[1]) + by)}`;
    });
  };
}
