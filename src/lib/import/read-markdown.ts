import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { toString } from 'mdast-util-to-string';
import type { Nodes, RootContent } from 'mdast';
import type { Block, ReadResult } from './block.ts';
import { blockCollector } from './block-collector.ts';

/**
 * Reads a Markdown dossier. `#` headings keep their level; each line of a paragraph is a paragraph
 * of its own, because editors type one paragraph per line and Markdown would otherwise run
 * consecutive lines together; list items are marked as such (award lists are often bullets).
 */
export function readMarkdown(source: string): ReadResult {
  const tree = unified().use(remarkParse).parse(source);
  const { result, add: collect } = blockCollector();

  const add = (node: Nodes, extra: Pick<Block, 'heading' | 'listItem'>) => {
    const line = node.position?.start.line ?? 0;
    toString(node)
      .split('\n')
      .forEach((raw, i) => {
        const text = raw.trim();
        if (text === '') return;
        collect(text, `第 ${line + i} 行`, extra);
      });
  };

  const visitNode = (node: RootContent) => {
    switch (node.type) {
      case 'heading':
        add(node, { heading: node.depth });
        break;
      case 'paragraph':
        add(node, {});
        break;
      case 'list':
        for (const item of node.children) {
          // A list item's own paragraphs form one award item; nested lists are items of their own.
          const own = item.children.filter((c) => c.type !== 'list');
          for (const child of own) add(child, { listItem: true });
          for (const child of item.children) if (child.type === 'list') visitNode(child);
        }
        break;
      case 'blockquote':
        for (const child of node.children) visitNode(child);
        break;
      default:
        // html comments, thematic breaks, code and images carry no dossier text.
        break;
    }
  };
  for (const node of tree.children) visitNode(node);
  return result;
}
