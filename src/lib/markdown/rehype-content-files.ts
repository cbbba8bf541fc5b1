import type { Element, Root } from 'hast';
import { dirname, resolve } from 'node:path';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { contentFileOf } from '../content-files.ts';
import { urls, withBase } from '../urls.ts';
import { vfilePath } from './vfile-path.ts';

/** Options of {@link rehypeContentFiles}. */
export interface ContentFilesOptions {
  /** The content folder; only files inside it are published. */
  contentDir: string;
  /** The site's base path, `/` or `/huazhang/`. */
  base: string;
}

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

/**
 * Points relative links and images at the files they name, as published under `/_files/`: an
 * article's `./photo.jpg` shows on its section page, the print view and anywhere else the body
 * appears, whatever the page's own address. Only files that exist inside the content folder are
 * rewritten; anything else is left for the content check to report.
 */
export function rehypeContentFiles(options: ContentFilesOptions) {
  const contentDir = resolve(options.contentDir);
  return (tree: Root, file: VFile) => {
    const path = vfilePath(file);
    if (path === undefined) return;
    const from = dirname(path);
    visit(tree, 'element', (node: Element) => {
      for (const property of ADDRESS_PROPERTIES[node.tagName] ?? []) {
        const value = node.properties[property];
        if (typeof value !== 'string') continue;
        const file = contentFileOf(value, from, contentDir);
        if (file === undefined) continue;
        node.properties[property] = withBase(options.base, urls.contentFile(file)) + value.slice(value.replace(/[?#].*$/, '').length);
      }
    });
  };
}
