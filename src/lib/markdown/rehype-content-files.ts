import type { Element, Root } from 'hast';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { contentFileOf } from '../content-files.ts';
import { urls, withBase } from '../urls.ts';

/** Options of {@link rehypeContentFiles}. */
export interface ContentFilesOptions {
  /** The content folder; only files inside it are published. */
  contentDir: string;
  /** The site's base path, `/` or `/huazhang/`. */
  base: string;
}

/** The property that holds an element's address, for the elements whose address the site rewrites. */
export const ADDRESS_PROPERTY: Readonly<Record<string, 'src' | 'href'>> = { img: 'src', a: 'href', source: 'src', video: 'src', audio: 'src' };

/**
 * Points relative links and images at the files they name, as published under `/_files/`: an
 * article's `./photo.jpg` shows on its section page, the print view and anywhere else the body
 * appears, whatever the page's own address. Only files that exist inside the content folder are
 * rewritten; anything else is left for the content check to report.
 */
export function rehypeContentFiles(options: ContentFilesOptions) {
  const contentDir = resolve(options.contentDir);
  return (tree: Root, file: VFile) => {
    if (!file.path) return;
    const from = dirname(file.path.startsWith('file:') ? fileURLToPath(file.path) : file.path);
    visit(tree, 'element', (node: Element) => {
      const property = ADDRESS_PROPERTY[node.tagName];
      const value = property ? node.properties[property] : undefined;
      if (!property || typeof value !== 'string') return;
      const file = contentFileOf(value, from, contentDir);
      if (file === undefined) return;
      node.properties[property] = withBase(options.base, urls.contentFile(file)) + value.slice(value.replace(/[?#].*$/, '').length);
    });
  };
}
