// Reads a built page the way a reader sees it, for the index: the text inside the element marked
// `data-pagefind-body`, without anything marked `data-pagefind-ignore` or hidden, cut into the
// page's own part and one part per heading with an id, each as paragraphs. The markers are
// Pagefind's, so a page marked for Pagefind is marked for this index too.
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes, Root } from 'hast';
import type { SearchSegment } from './search-input.ts';

/** A page's text and the filter values it declares. */
export interface ExtractedPage {
  title: string;
  filters: Record<string, string[]>;
  segments: SearchSegment[];
}

const BLOCKS = new Set(['p', 'div', 'section', 'article', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'table', 'tr', 'td', 'th', 'caption', 'figure', 'figcaption', 'header', 'footer', 'aside', 'nav', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'br', 'details', 'summary', 'address']);
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'svg', 'math', 'iframe', 'object', 'button', 'select', 'textarea', 'input']);
const HEADING = /^h[1-6]$/;

const has = (node: Element, name: string) => node.properties[name] !== undefined && node.properties[name] !== false && node.properties[name] !== null;

function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' && node.type !== 'root') return '';
  if (node.type === 'element' && (SKIPPED.has(node.tagName) || has(node, 'dataPagefindIgnore'))) return '';
  return node.children.map(textOf).join('');
}

const tidy = (text: string) => text.replace(/\s+/gu, ' ').trim();

function find(node: Nodes, test: (element: Element) => boolean): Element | undefined {
  if (node.type === 'element' && test(node)) return node;
  if (node.type !== 'element' && node.type !== 'root') return undefined;
  for (const child of node.children) {
    const found = find(child, test);
    if (found) return found;
  }
  return undefined;
}

function each(node: Nodes, visit: (element: Element) => void): void {
  if (node.type === 'element') visit(node);
  if (node.type === 'element' || node.type === 'root') for (const child of node.children) each(child, visit);
}

/**
 * Extracts a page's searchable text, or returns undefined for a page without
 * `data-pagefind-body`. The page's title is its `data-pagefind-meta="title"` element (else its
 * first `h1`); its filters come from `data-pagefind-filter="name:value"` anywhere on the page.
 */
export function extractPage(html: string): ExtractedPage | undefined {
  const tree: Root = fromHtml(html);
  const body = find(tree, (e) => has(e, 'dataPagefindBody'));
  if (!body) return undefined;
  const filters: Record<string, string[]> = {};
  each(tree, (e) => {
    const spec = e.properties['dataPagefindFilter'];
    if (typeof spec !== 'string') return;
    const colon = spec.indexOf(':');
    const [name, value] = colon < 0 ? [spec, tidy(textOf(e))] : [spec.slice(0, colon), spec.slice(colon + 1)];
    if (name && value) (filters[name] ??= []).push(value);
  });
  const titleElement = find(body, (e) => e.properties['dataPagefindMeta'] === 'title') ?? find(body, (e) => e.tagName === 'h1');
  const title = titleElement ? tidy(textOf(titleElement)) : '';

  const segments: SearchSegment[] = [{ title, paragraphs: [] }];
  let paragraph = '';
  const flush = () => {
    const text = tidy(paragraph);
    if (text) segments.at(-1)!.paragraphs.push(text);
    paragraph = '';
  };
  const walk = (node: Nodes) => {
    if (node.type === 'text') {
      paragraph += node.value;
      return;
    }
    if (node.type !== 'element') return;
    if (SKIPPED.has(node.tagName) || has(node, 'dataPagefindIgnore') || has(node, 'hidden') || node === titleElement) return;
    const id = node.properties['id'];
    if (HEADING.test(node.tagName) && typeof id === 'string' && id !== '') {
      flush();
      segments.push({ anchor: id, title: tidy(textOf(node)), paragraphs: [] });
      return;
    }
    const block = BLOCKS.has(node.tagName);
    if (block) flush();
    for (const child of node.children) walk(child);
    if (block) flush();
  };
  for (const child of body.children) walk(child);
  flush();
  return { title, filters, segments };
}
