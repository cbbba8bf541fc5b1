import type { Element, Root } from 'hast';
import { existsSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { urls, withBase } from '../urls.ts';

/** Options of {@link rehypeContentFiles}. */
export interface ContentFilesOptions {
  /** The content folder; only files inside it are published. */
  contentDir: string;
  /** The site's base path, `/` or `/huazhang/`. */
  base: string;
}

// Addresses that already say where they go: a scheme (`https:`, `mailto:`), the site root, a
// fragment or a query of the page itself.
const ABSOLUTE = /^(?:[a-z][a-z\d+.-]*:|\/|#|\?)/i;

/**
 * The properties that hold an element's addresses, for the elements whose addresses the site
 * rewrites: links, images and the media the sanitizer allows (a video's picture is its `poster`,
 * captions come in a `<track>`).
 */
export const ADDRESS_PROPERTIES: Readonly<Record<string, readonly ('src' | 'href' | 'poster')[]>> = {
  a: ['href'],
  img: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  source: ['src'],
  track: ['src'],
};

function decode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

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
      for (const property of ADDRESS_PROPERTIES[node.tagName] ?? []) {
        const value = node.properties[property];
        if (typeof value !== 'string' || value === '' || ABSOLUTE.test(value)) continue;
        const path = value.replace(/[?#].*$/, '');
        const target = resolve(from, decode(path));
        const inside = relative(contentDir, target);
        if (inside.startsWith('..') || /\.md$/i.test(target) || !existsSync(target) || !statSync(target).isFile()) continue;
        node.properties[property] = withBase(options.base, urls.contentFile(inside.split(sep).join('/'))) + value.slice(path.length);
      }
    });
  };
}
