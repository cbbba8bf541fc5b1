import { describe, expect, it } from 'vitest';
import type { Nodes } from 'mdast';
import { visit } from 'unist-util-visit';
import { parseMarkdown } from '../../../src/lib/markdown/parse.ts';
import { eachOfType, nodesInOrder } from '../../../src/lib/checks/markdown-nodes.ts';

const body = [
  '## 管理篇',
  '',
  '制度**汇编**见[附件](./files/制度.pdf)，图见 ![图](./img/a.png)。',
  '',
  '> 引文一',
  '>',
  '> - 列表 *一*',
  '>   - 嵌套 [链接][ref]',
  '',
  '<p class="MsoNormal">粘贴的段落</p>',
  '',
  '[ref]: https://example.org/a',
].join('\n');

describe('nodesInOrder', () => {
  it('lists every node of the tree in the order unist-util-visit goes over them', () => {
    const tree = parseMarkdown(body);
    const visited: Nodes[] = [];
    visit(tree, (node) => {
      visited.push(node as Nodes);
    });
    const listed = nodesInOrder(tree);
    expect(listed).toHaveLength(visited.length);
    listed.forEach((node, i) => expect(node).toBe(visited[i]));
    expect(new Set(listed.map((node) => node.type))).toEqual(
      new Set(['root', 'heading', 'text', 'paragraph', 'strong', 'link', 'image', 'blockquote', 'list', 'listItem', 'emphasis', 'linkReference', 'html', 'definition']),
    );
  });

  it('lists a tree nested far deeper than a call stack would allow', () => {
    const deep = `${'>'.repeat(3000)} 最深处`;
    const nodes = nodesInOrder(parseMarkdown(deep));
    expect(nodes.at(-1)).toMatchObject({ type: 'text', value: '最深处' });
  });
});

describe('eachOfType', () => {
  it('gives the nodes of one type in order, as unist-util-visit does', () => {
    const tree = parseMarkdown(body);
    for (const type of ['text', 'link', 'html', 'paragraph'] as const) {
      const visited: unknown[] = [];
      visit(tree, type, (node) => {
        visited.push(node);
      });
      const given: unknown[] = [];
      eachOfType(nodesInOrder(tree), type, (node) => given.push(node));
      expect(given).toEqual(visited);
      expect(given.length).toBeGreaterThan(0);
    }
  });
});
