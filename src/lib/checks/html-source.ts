import type { Html } from 'mdast';
import { ADDRESS_PROPERTIES } from '../markdown/rehype-content-files.ts';

/** Blanks out HTML comments keeping every offset, since commented-out HTML never reaches the page. */
export function withoutComments(html: string): string {
  return html.replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\n]/g, ' '));
}

/**
 * The body position (1-based line and column) of the character at `index` inside a raw HTML node,
 * which may span several lines.
 */
export function positionInHtml(node: Html, index: number): { line: number; column: number } | undefined {
  const start = node.position?.start;
  if (!start) return undefined;
  const before = node.value.slice(0, index);
  const lineInNode = before.split('\n').length - 1;
  const column = lineInNode === 0 ? start.column + index : index - before.lastIndexOf('\n');
  return { line: start.line + lineInNode, column };
}

/** What an address in HTML points at: a page (`<a href>`), an image, or a video, sound or caption file. */
export type HtmlUrlKind = 'link' | 'image' | 'media';

/**
 * The addresses an HTML fragment links to and shows, with their offsets: the same elements and
 * attributes whose addresses the site rewrites (`ADDRESS_PROPERTIES`).
 */
export function htmlUrls(html: string): { kind: HtmlUrlKind; url: string; index: number }[] {
  const text = withoutComments(html);
  const found: { kind: HtmlUrlKind; url: string; index: number }[] = [];
  for (const tag of text.matchAll(/<([a-z]+)\b([^>]*)>?/gi)) {
    const name = tag[1]!.toLowerCase();
    const properties: readonly string[] = ADDRESS_PROPERTIES[name] ?? [];
    const kind: HtmlUrlKind = name === 'a' ? 'link' : name === 'img' ? 'image' : 'media';
    const attributesStart = tag.index + 1 + tag[1]!.length;
    for (const attribute of tag[2]!.matchAll(/\s([a-z]+)\s*=\s*(["'])([^"']*)\2/gi)) {
      if (!properties.includes(attribute[1]!.toLowerCase())) continue;
      const index = attributesStart + attribute.index + attribute[0].length - attribute[3]!.length - 1;
      found.push({ kind, url: attribute[3]!.trim(), index });
    }
  }
  return found;
}
