import type { Html } from 'mdast';

/** Blanks out HTML comments keeping every offset, since commented-out HTML never reaches the page. */
function withoutComments(html: string): string {
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

/** The addresses an HTML fragment links to (`<a href>`) and shows (`<img src>`), with their offsets. */
export function htmlUrls(html: string): { kind: 'link' | 'image'; url: string; index: number }[] {
  const text = withoutComments(html);
  const found: { kind: 'link' | 'image'; url: string; index: number }[] = [];
  for (const m of text.matchAll(/<(a|img)\b[^>]*?\s(href|src)\s*=\s*(["'])([^"']*)\3/gi)) {
    const isImage = m[1]!.toLowerCase() === 'img';
    // Only an image's src and a link's href are addresses an editor meant to point somewhere.
    if (isImage !== (m[2]!.toLowerCase() === 'src')) continue;
    found.push({ kind: isImage ? 'image' : 'link', url: m[4]!.trim(), index: m.index + m[0].length - m[4]!.length - 1 });
  }
  return found;
}
