import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { select, selectAll } from 'hast-util-select';
import type { Element, Root } from 'hast';

/** A built page, parsed. */
export interface BuiltPage {
  tree: Root;
  html: string;
  /** The visible text of `<main>`: the page's content without header, footer or navigation chrome. */
  mainText: string;
}

/** Reads and parses the page a site path maps to: `/a/b/` → `<site>/a/b/index.html`. */
export function readPage(siteDir: string, path: string): BuiltPage {
  const file = path.endsWith('/') ? join(siteDir, path, 'index.html') : join(siteDir, path);
  const html = readFileSync(file, 'utf8');
  const tree = fromHtml(html);
  const main = select('main', tree);
  return { tree, html, mainText: main ? toText(main) : '' };
}

/** The text of every element matching a selector. */
export function textsOf(tree: Root | Element, selector: string): string[] {
  return selectAll(selector, tree).map((node) => toText(node).trim());
}

/** Removes whitespace and maps half-width punctuation to full-width, so source and page compare. */
export function normaliseText(text: string): string {
  const wide: Record<string, string> = { ',': '，', ';': '；', ':': '：', '(': '（', ')': '）', '!': '！', '?': '？' };
  return text.replace(/[,;:()!?]/g, (c) => wide[c]!).replace(/\s+/g, '');
}
