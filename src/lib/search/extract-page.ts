// Reads a built page the way a reader sees it, for the index: the text inside the element marked
// `data-pagefind-body`, without anything marked `data-pagefind-ignore` or hidden, cut into the
// page's own part and one part per heading with an id, each as paragraphs. The markers are
// Pagefind's, so a page marked for Pagefind is marked for this index too.
// htmlparser2's tokenizer builds a tree of only elements and text. The pages are the site's own
// output, and what a full HTML tree construction (parse5's) adds changes nothing in them: at
// 1,000 dossiers it read the same text from all 5,000 marked pages, and took 1.5 s of each
// indexing thread against 0.7 s for this.
import { Parser } from 'htmlparser2';
import type { SearchSegment } from './search-input.ts';

/** An element of a page, with what the index reads of it. */
interface Element {
  tagName: string;
  attrs: Record<string, string>;
  childNodes: Node[];
}

/** An element, or a run of text. */
type Node = Element | string;

/** A page's text and the filter values it declares. */
export interface ExtractedPage {
  title: string;
  filters: Record<string, string[]>;
  segments: SearchSegment[];
}

const BLOCKS = new Set(['p', 'div', 'section', 'article', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'table', 'tr', 'td', 'th', 'caption', 'figure', 'figcaption', 'header', 'footer', 'aside', 'nav', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'br', 'details', 'summary', 'address']);
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'svg', 'math', 'iframe', 'object', 'button', 'select', 'textarea', 'input']);
const HEADING = /^h[1-6]$/;

const attribute = (node: Element, name: string): string | undefined => node.attrs[name];
const has = (node: Element, name: string) => Object.hasOwn(node.attrs, name);
const isElement = (node: Node): node is Element => typeof node !== 'string';
const childrenOf = (node: Node): Node[] => (typeof node === 'string' ? [] : node.childNodes);

function textOf(node: Node): string {
  if (typeof node === 'string') return node;
  if (SKIPPED.has(node.tagName) || has(node, 'data-pagefind-ignore')) return '';
  return node.childNodes.map(textOf).join('');
}

/**
 * Parses a page into elements and text, entities decoded. As an HTML parser does, line breaks
 * are normalised before anything else (`\r\n` in an attribute reads as `\n`) and NUL
 * characters are dropped from text.
 */
function parse(html: string): Element {
  const document: Element = { tagName: '#document', attrs: {}, childNodes: [] };
  const open: Element[] = [document];
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const element: Element = { tagName: name, attrs, childNodes: [] };
        open.at(-1)!.childNodes.push(element);
        open.push(element);
      },
      onclosetag() {
        if (open.length > 1) open.pop();
      },
      ontext(text) {
        const children = open.at(-1)!.childNodes;
        const last = children.length - 1;
        if (last >= 0 && typeof children[last] === 'string') children[last] += text;
        else children.push(text);
      },
    },
    { decodeEntities: true },
  );
  let input = html.includes('\r') ? html.replace(/\r\n?/g, '\n') : html;
  if (input.includes('\0')) input = input.replaceAll('\0', '');
  parser.end(input);
  return document;
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
    if (typeof node === 'string') {
      paragraph += node;
      return;
    }
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
