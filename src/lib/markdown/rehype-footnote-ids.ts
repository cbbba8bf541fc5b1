import type { Element, ElementContent, Root } from 'hast';
import { createHash } from 'node:crypto';
import { relative, resolve } from 'node:path';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { vfilePath } from './vfile-path.ts';

/**
 * Gives a body's footnotes ids of their own. Each body is rendered alone, and every body numbers
 * its notes from 1 under the same ids (`fn-1`, `fnref-1`, `footnote-label`); a section page shows
 * several articles, the print view a whole dossier, and there a note's link would jump to the
 * first article's note of that number. The ids of the note marks, the notes, their links back and
 * the notes' label are put under a prefix made from the file's path in the content folder, so a
 * body's ids are the same on every page that shows it and in every build.
 */
export function rehypeFootnoteIds(options: { contentDir: string }) {
  const contentDir = resolve(options.contentDir);
  return (tree: Root, file: VFile) => {
    // Most bodies have no notes, and then no marks either: a mark without its note stays text.
    const path = vfilePath(file);
    if (path === undefined || footnoteSection(tree) === undefined) return;
    const prefix = `${createHash('sha256').update(relative(contentDir, path).split('\\').join('/')).digest('hex').slice(0, 8)}-`;
    const own = (id: string) => prefix + id;
    visit(tree, 'element', (node: Element) => {
      const { properties } = node;
      if (properties.dataFootnoteRef !== undefined || properties.dataFootnoteBackref !== undefined) {
        if (typeof properties.href === 'string' && properties.href.startsWith('#')) properties.href = `#${own(properties.href.slice(1))}`;
        if (typeof properties.id === 'string') properties.id = own(properties.id);
        if (Array.isArray(properties.ariaDescribedBy)) properties.ariaDescribedBy = properties.ariaDescribedBy.map((id) => own(String(id)));
      } else if (properties.dataFootnotes !== undefined) {
        // The notes' label and the notes themselves.
        for (const child of node.children) {
          if (child.type !== 'element') continue;
          if (typeof child.properties.id === 'string') child.properties.id = own(child.properties.id);
          if (child.tagName === 'ol') {
            for (const item of child.children) if (item.type === 'element' && typeof item.properties.id === 'string') item.properties.id = own(item.properties.id);
          }
        }
      }
    });
  };
}

/**
 * The section remark-rehype puts a body's footnotes in, one at the top level of the body, or
 * undefined for a body without notes.
 */
export function footnoteSection(tree: Root): Element | undefined {
  return tree.children.find((node): node is Element => node.type === 'element' && node.properties.dataFootnotes !== undefined);
}

/** Whether a node is a footnote's mark as remark-rehype writes it: `<sup><a data-footnote-ref …>1</a></sup>`. */
export function isFootnoteReference(node: ElementContent): boolean {
  return node.type === 'element' && node.tagName === 'sup' && node.children.some((child) => child.type === 'element' && child.properties.dataFootnoteRef !== undefined);
}
