import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Element, Nodes } from 'hast';
import type { Block, ReadResult } from './block.ts';
import { blockCollector } from './block-collector.ts';

const HEADING = /^h([1-6])$/;

/**
 * Reads the HTML that mammoth makes of a Word document: `h1`–`h6` (Word's heading styles) keep
 * their level, `p` are paragraphs, `li` are list items. Tables are read cell by cell.
 */
export function readHtml(html: string): ReadResult {
  const tree = fromHtml(html, { fragment: true });
  const { result, add: collect } = blockCollector();
  let paragraph = 0;

  const add = (element: Element, extra: Pick<Block, 'heading' | 'listItem'>) => {
    paragraph += 1;
    const text = toText(element, { whitespace: 'normal' }).trim();
    if (text === '') return;
    collect(text, `第 ${paragraph} 段`, extra);
  };

  const walk = (node: Nodes) => {
    if (node.type !== 'root' && node.type !== 'element') return;
    if (node.type === 'element') {
      const heading = HEADING.exec(node.tagName);
      if (heading) return add(node, { heading: Number(heading[1]) });
      if (node.tagName === 'p') return add(node, {});
      if (node.tagName === 'li') {
        const own: Element = { ...node, children: node.children.filter((c) => !(c.type === 'element' && /^[ou]l$/.test(c.tagName))) };
        add(own, { listItem: true });
        for (const child of node.children) if (child.type === 'element' && /^[ou]l$/.test(child.tagName)) walk(child);
        return;
      }
    }
    for (const child of node.children) walk(child);
  };
  walk(tree);
  return result;
}
