import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { withBase, withoutBase } from '../urls.ts';
import { ADDRESS_PROPERTIES } from './rehype-content-files.ts';

/**
 * Puts the site's base path in front of root-absolute links and images (`/awards/` becomes
 * `/huazhang/awards/` on a site published under `/huazhang/`), so editors write addresses from
 * the site root and the same content works at any base. Addresses that already start with the
 * base, and protocol-relative ones, are left as written; the content check reads links the same way.
 */
export function rehypeBaseLinks(options: { base: string }) {
  return (tree: Root) => {
    if (options.base === '/') return;
    visit(tree, 'element', (node: Element) => {
      for (const property of ADDRESS_PROPERTIES[node.tagName] ?? []) {
        const value = node.properties[property];
        if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//')) continue;
        if (withoutBase(options.base, value.replace(/[?#].*$/, '')) !== undefined) continue;
        node.properties[property] = withBase(options.base, value);
      }
    });
  };
}
