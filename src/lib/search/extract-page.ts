// Reads a built page the way a reader sees it, for the index: the text inside the element marked
// `data-pagefind-body`, without anything marked `data-pagefind-ignore` or hidden, cut into the
// page's own part and one part per heading with an id, each as paragraphs. The markers are
// Pagefind's, so a page marked for Pagefind is marked for this index too.
// parse5 directly (the parser under rehype), without building a hast tree: at 1,000 dossiers the
// index reads 5,000 pages, and the conversion would cost a third of the time.
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import type { SearchSegment } from './search-input.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** A page's text and the filter values it declares. */
export interface ExtractedPage {
  title: string;
  filters: Record<string, string[]>;
  segments: SearchSegment[];
}

const BLOCKS = new Set(['p', 'div', 'section', 'article', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'table', 'tr', 'td', 'th', 'caption', 'figure', 'figcaption', 'header', 'footer', 'aside', 'nav', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'br', 'details', 'summary', 'address']);
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'svg', 'math', 'iframe', 'object', 'button', 'select', 'textarea', 'input']);
const HEADING = /^h[1-6]$/;

const attribute = (node: Element, name: string) => node.attrs.find((a) => a.name === name)?.value;
const has = (node: Element, name: string) => node.attrs.some((a) => a.name === name);
const isElement = (node: Node): node is Element => 'tagName' in node;
const childrenOf = (node: Node): Node[] => ('childNodes' in node ? node.childNodes : []);

function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  if (isElement(node) && (SKIPPED.has(node.tagName) || has(node, 'data-pagefind-ignore'))) return '';
  return childrenOf(node).map(textOf).join('');
}

const tidy = (text: string) => text.replace(/\s+/gu, ' ').trim();

function find(node: Node, test: (element: Element) => boolean): Element | undefined {
  if (isElement(node) && test(node)) return node;
  for (const child of childrenOf(node)) {
    const found = find(child, test);
    if (found) return found;
  }
  return undefined;
}

function each(node: Node, visit: (element: Element) => void): void {
  if (isElement(node)) visit(node);
  for (const child of childrenOf(node)) each(child, visit);
}

/**
 * Extracts a page's searchable text, or returns undefined for a page without
 * `data-pagefind-body`. The page's title is its `data-pagefind-meta="title"` element (else its
 * first `h1`); its filters come from `data-pagefind-filter="name:value"` anywhere on the page.
 */
export function extractPage(html: string): ExtractedPage | undefined {
  const tree = parse(html);
  const body = find(tree, (e) => has(e, 'data-pagefind-body'));
  if (!body) return undefined;
  const filters: Record<string, string[]> = {};
  each(tree, (e) => {
    const spec = attribute(e, 'data-pagefind-filter');
    if (typeof spec !== 'string') return;
    const colon = spec.indexOf(':');
    const [name, value] = colon < 0 ? [spec, tidy(textOf(e))] : [spec.slice(0, colon), spec.slice(colon + 1)];
    if (name && value) (filters[name] ??= []).push(value);
  });
  const titleElement = find(body, (e) => attribute(e, 'data-pagefind-meta') === 'title') ?? find(body, (e) => e.tagName === 'h1');
  const title = titleElement ? tidy(textOf(titleElement)) : '';

  const segments: SearchSegment[] = [{ title, paragraphs: [] }];
  let paragraph = '';
  const flush = () => {
    const text = tidy(paragraph);
    if (text) segments.at(-1)!.paragraphs.push(text);
    paragraph = '';
  };
  const walk = (node: Node) => {
    if (node.nodeName === '#text') {
      paragraph += (node as DefaultTreeAdapterMap['textNode']).value;
      return;
    }
    if (!isElement(node)) return;
    if (SKIPPED.has(node.tagName) || has(node, 'data-pagefind-ignore') || has(node, 'hidden') || node === titleElement) return;
    const id = attribute(node, 'id');
    if (HEADING.test(node.tagName) && typeof id === 'string' && id !== '') {
      flush();
      segments.push({ anchor: id, title: tidy(textOf(node)), paragraphs: [] });
      return;
    }
    const block = BLOCKS.has(node.tagName);
    if (block) flush();
    for (const child of node.childNodes) walk(child);
    if (block) flush();
  };
  for (const child of body.childNodes) walk(child);
  flush();
  return { title, filters, segments };
}
