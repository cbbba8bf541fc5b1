import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Element, ElementContent, Nodes } from 'hast';
import type { ImportedImage, ReadResult } from './block.ts';
import { blockCollector, type BlockMarks } from './block-collector.ts';
import { NOTE_MARK, noteText, unmarked, unreferencedNotes, type NoteSource } from './footnotes.ts';

const HEADING = /^h([1-6])$/;
const NOTE_ITEM = /^(footnote|endnote)-/;
const NOTE_REFERENCE = /^#((?:footnote|endnote)-.*)$/;

/** Options of {@link readHtml}. */
export interface HtmlReadOptions {
  /** The pictures the HTML points at as `#image-N`. */
  images?: readonly ImportedImage[];
  /** Paragraph texts of text boxes: paragraphs with these texts are the boxes' and are left out. */
  textBoxes?: ReadonlyArray<readonly string[]>;
}

const classes = (node: Element) => [node.properties.className ?? []].flat().map(String);
const isElement = (node: ElementContent): node is Element => node.type === 'element';

/** The note a footnote or endnote reference (`<sup><a href="#footnote-1">[1]</a></sup>`) points at. */
function noteReference(child: Element): string | undefined {
  const link = child.tagName === 'a' ? child : child.tagName === 'sup' ? child.children.find(isElement) : undefined;
  return link?.tagName === 'a' ? NOTE_REFERENCE.exec(String(link.properties.href ?? ''))?.[1] : undefined;
}

/**
 * The element without pictures, and without its note references, but for those `mark` accepts (by
 * the note's id), which become a NOTE_MARK each. Without `mark`, every reference is dropped (a
 * table cell's).
 */
function withNoteMarks(node: Element, mark?: (note: string) => boolean): Element {
  const keep = (child: ElementContent): ElementContent[] => {
    if (!isElement(child)) return [child];
    if (child.tagName === 'img') return [];
    const note = noteReference(child);
    if (note !== undefined) return mark?.(note) ? [{ type: 'text', value: NOTE_MARK }] : [];
    return [{ ...child, children: child.children.flatMap(keep) }];
  };
  return { ...node, children: node.children.flatMap(keep) };
}

/** The document's footnotes and endnotes by id, as mammoth lists them at its end (`<li id="footnote-1">`). */
function notesOf(tree: Nodes): Map<string, NoteSource> {
  const notes = new Map<string, NoteSource>();
  const walk = (node: Nodes) => {
    if (node.type !== 'root' && node.type !== 'element') return;
    const note = node.type === 'element' && node.tagName === 'li' ? NOTE_ITEM.exec(String(node.properties.id ?? '')) : null;
    if (note && node.type === 'element') {
      const id = String(node.properties.id);
      const kind = note[1] === 'endnote' ? 'endnote' : 'footnote';
      // Each paragraph of the note on a line of its own, without the link back (↑).
      const paragraphs = node.children.filter(isElement).filter((c) => c.tagName === 'p');
      const text = noteText((paragraphs.length > 0 ? paragraphs : [node]).map((p) => toText(p, { whitespace: 'normal' }).replace(/\s*↑\s*$/, '')));
      // A note without text has nothing to carry: its reference is dropped, as one to a note not listed.
      if (text !== '') notes.set(id, { id, kind, text, where: `Word ${kind === 'footnote' ? '脚注' : '尾注'} ${id.replace(NOTE_ITEM, '')}` });
      return;
    }
    node.children.forEach(walk);
  };
  walk(tree);
  return notes;
}

function imagesIn(node: Element, images: readonly ImportedImage[]): ImportedImage[] {
  const found: ImportedImage[] = [];
  const walk = (child: ElementContent) => {
    if (!isElement(child)) return;
    const index = /^#image-(\d+)$/.exec(String(child.properties.src ?? ''));
    if (child.tagName === 'img' && index) found.push({ ...images[Number(index[1])]!, alt: String(child.properties.alt ?? '').trim() });
    child.children.forEach(walk);
  };
  node.children.forEach(walk);
  return found;
}

/** The text of the bold run a paragraph opens with, if it opens with one. */
function leadOf(node: Element): string | undefined {
  const first = node.children.find((c) => !(c.type === 'text' && c.value.trim() === ''));
  return first && isElement(first) && (first.tagName === 'strong' || first.tagName === 'b') ? toText(first) : undefined;
}

/**
 * Reads the HTML that mammoth makes of a Word document: `h1`–`h6` (Word's heading styles) keep
 * their level, `h1.title` and `p.subtitle` are Word's Title and Subtitle, `p` are paragraphs,
 * `li` list items, `table` tables; a bold opening run is the paragraph's lead; pictures stay on
 * their paragraph. Footnotes and endnotes stay on the paragraph that references them; one referenced
 * from nowhere else but a table cell is listed as not carried.
 */
export function readHtml(html: string, options: HtmlReadOptions = {}): ReadResult {
  const tree = fromHtml(html, { fragment: true });
  const { result, add: collect } = blockCollector();
  const notes = notesOf(tree);
  const referenced = new Set<string>();
  const boxParagraphs = new Map<string, number>();
  for (const paragraph of (options.textBoxes ?? []).flat()) boxParagraphs.set(paragraph, (boxParagraphs.get(paragraph) ?? 0) + 1);
  let paragraph = 0;

  const add = (element: Element, marks: BlockMarks) => {
    paragraph += 1;
    // A reference to a note mammoth did not list keeps no mark.
    const own: NoteSource[] = [];
    const clean = withNoteMarks(element, (id) => {
      const note = notes.get(id);
      if (note) own.push(note);
      return note !== undefined;
    });
    const marked = toText(clean, { whitespace: 'normal' }).trim();
    const text = unmarked(marked);
    const inBox = boxParagraphs.get(text) ?? 0;
    if (inBox > 0) {
      boxParagraphs.set(text, inBox - 1);
      return;
    }
    const images = imagesIn(element, options.images ?? []);
    const lead = leadOf(clean);
    for (const note of own) referenced.add(note.id);
    collect(marked, `第 ${paragraph} 段`, { ...marks, ...(images.length > 0 ? { images } : {}), ...(lead ? { lead } : {}), ...(own.length > 0 ? { notes: own } : {}) });
  };

  const walk = (node: Nodes, list?: 'bullet' | 'ordered') => {
    if (node.type !== 'root' && node.type !== 'element') return;
    if (node.type === 'element') {
      const heading = HEADING.exec(node.tagName);
      if (heading) return add(node, { heading: Number(heading[1]), ...(classes(node).includes('title') ? { style: 'title' as const } : {}) });
      if (node.tagName === 'p') return add(node, { ...(classes(node).includes('subtitle') ? { style: 'subtitle' as const } : {}), ...(list ? { list } : {}) });
      if (node.tagName === 'table') {
        paragraph += 1;
        const rows = node.children
          .flatMap((c) => (isElement(c) && /^t(?:head|body|foot)$/.test(c.tagName) ? c.children : [c]))
          .filter((c): c is Element => isElement(c) && c.tagName === 'tr')
          .map((tr) => tr.children.filter((c): c is Element => isElement(c) && /^t[dh]$/.test(c.tagName)).map((td) => toText(withNoteMarks(td), { whitespace: 'normal' }).trim()));
        collect(rows.map((r) => r.join(' ')).join('\n'), `第 ${paragraph} 段（表格）`, { table: rows });
        return;
      }
      if (node.tagName === 'li') {
        if (NOTE_ITEM.test(String(node.properties.id ?? ''))) return;
        const own: Element = { ...node, children: node.children.filter((c) => !(isElement(c) && /^[ou]l$/.test(c.tagName))) };
        const inner = own.children.filter(isElement);
        // mammoth wraps an item's text in <p> only when the item has several paragraphs.
        if (inner.length > 0 && inner.every((c) => c.tagName === 'p')) for (const p of inner) add(p, { list: list ?? 'bullet' });
        else add(own, { list: list ?? 'bullet' });
        for (const child of node.children) if (isElement(child) && /^[ou]l$/.test(child.tagName)) walk(child, child.tagName === 'ol' ? 'ordered' : 'bullet');
        return;
      }
      if (node.tagName === 'ol' || node.tagName === 'ul') {
        for (const child of node.children) walk(child, node.tagName === 'ol' ? 'ordered' : 'bullet');
        return;
      }
    }
    for (const child of node.children) walk(child, list);
  };
  walk(tree);
  result.notCarried.push(...unreferencedNotes(notes, referenced));
  return result;
}
