import { toString } from 'mdast-util-to-string';
import type { PhrasingContent, Root, RootContent } from 'mdast';
import type { ImportedImage, ReadResult } from './block.ts';
import { blockCollector, type BlockMarks } from './block-collector.ts';
import { NOTE_MARK, noteText, unreferencedNotes, type NoteSource } from './footnotes.ts';
import { contentTypeOf } from './image-type.ts';
import { parseMarkdown } from '../markdown/parse.ts';
import { joinLines, runsOn, wrapWidthOf } from './broken-lines.ts';

/** Options of {@link readMarkdown}. */
export interface MarkdownReadOptions {
  /** Reads a picture the Markdown links to (`![说明](照片.jpg)`), relative to the input file; `undefined` if missing. */
  readAsset?: (url: string) => Uint8Array | undefined;
}

/** One line of a paragraph: its text, the bold run it opens with, its pictures and the notes it references. */
interface Line {
  text: string;
  lead: string;
  leadOpen: boolean;
  images: ImportedImage[];
  notes: NoteSource[];
  /** Whether a plain line end in the source began it, not a hard break (`\` or two spaces) or the paragraph's start. */
  soft: boolean;
}

const newLine = (soft = false): Line => ({ text: '', lead: '', leadOpen: true, images: [], notes: [], soft });

/** Line `next` of a paragraph run on after `line`: one line, as the paragraph was before it was broken. */
function joined(line: Line, next: Line): Line {
  return {
    text: joinLines(line.text, next.text.trimStart()),
    // A bold opening that fills the line goes on into the next one.
    lead: line.leadOpen ? line.lead + next.lead : line.lead,
    leadOpen: line.leadOpen && next.leadOpen,
    images: [...line.images, ...next.images],
    notes: [...line.notes, ...next.notes],
    soft: line.soft,
  };
}

/** Every paragraph of a document, as the lines of its source, without the indentation of lists and quotes. */
function paragraphLines(tree: Root, source: readonly string[]): Map<RootContent, string[]> {
  const found = new Map<RootContent, string[]>();
  const visit = (node: RootContent) => {
    if (node.type === 'paragraph' && node.position) found.set(node, source.slice(node.position.start.line - 1, node.position.end.line).map((l) => l.trimStart()));
    else if ('children' in node) for (const child of node.children as RootContent[]) visit(child);
  };
  for (const node of tree.children) visit(node);
  return found;
}

/** The footnote definitions of a document by label (`[^1]: …`), each paragraph of a note on a line of its own. */
function definitionsOf(tree: Root, where: (node: RootContent) => string): Map<string, NoteSource> {
  const notes = new Map<string, NoteSource>();
  for (const node of tree.children) {
    if (node.type !== 'footnoteDefinition' || notes.has(node.identifier)) continue;
    const text = noteText(node.children.map((child) => toString(child)));
    // A note without text has nothing to carry; its reference is dropped.
    if (text !== '') notes.set(node.identifier, { id: node.identifier, kind: 'footnote', text, where: where(node) });
  }
  return notes;
}

/**
 * Reads a Markdown dossier as the site reads Markdown (parse.ts: tables, footnotes, CJK-friendly
 * emphasis, so that `**一是健全制度。**水务局…` is bold as Word and Typora write it). Headings
 * keep their level; each line of a paragraph is a paragraph of its own, because editors type one
 * paragraph per line, unless the file's paragraphs were broken at one width (broken-lines.ts), when
 * their lines are joined again; list items, tables, bold openings and pictures are marked on their
 * blocks. Footnotes stay on the paragraph that references them; code and raw HTML cannot be
 * carried and are listed, as is a footnote referenced from nowhere but a table.
 */
export function readMarkdown(source: string, options: MarkdownReadOptions = {}): ReadResult {
  const text = source.replace(/^\ufeff/, '');
  const tree = parseMarkdown(text);
  const { result, add } = blockCollector();
  // Paragraphs broken into lines of one width (a converter's line length) are found from the source
  // lines of every paragraph, a blank line between, as a text file's are.
  const paragraphs = paragraphLines(tree, text.split(/\r\n|\r|\n/));
  const wrap = wrapWidthOf([...paragraphs.values()].flatMap((lines) => [...lines, '']));
  let joinedLines = 0;
  const where = (node: RootContent | PhrasingContent, offset = 0) => `第 ${(node.position?.start.line ?? 0) + offset} 行`;
  const definitions = definitionsOf(tree, where);
  const referenced = new Set<string>();
  // The note a reference names, taken as referenced; undefined for one without text.
  const reference = (identifier: string) => {
    const note = definitions.get(identifier);
    if (note) referenced.add(note.id);
    return note;
  };

  const linesOf = (nodes: readonly PhrasingContent[]): Line[] => {
    const lines: Line[] = [newLine()];
    const visit = (node: PhrasingContent, bold: boolean) => {
      const line = lines.at(-1)!;
      switch (node.type) {
        case 'break':
          lines.push(newLine(false));
          return;
        case 'strong':
        case 'emphasis':
        case 'delete':
        case 'link':
          for (const child of node.children) visit(child, bold || node.type === 'strong');
          if (node.type === 'strong' && lines.at(-1)!.text.trim() !== '') lines.at(-1)!.leadOpen = false;
          return;
        case 'image': {
          const data = options.readAsset?.(node.url);
          if (data) line.images.push({ data, contentType: contentTypeOf(node.url), alt: node.alt ?? '' });
          else result.notCarried.push({ kind: 'image-missing', where: where(node), text: node.url });
          return;
        }
        case 'footnoteReference': {
          const note = reference(node.identifier);
          if (note) {
            line.text += NOTE_MARK;
            line.notes.push(note);
          }
          return;
        }
        case 'html':
          return;
        case 'text':
        case 'inlineCode': {
          node.value.split('\n').forEach((piece, i) => {
            if (i > 0) lines.push(newLine(true));
            const current = lines.at(-1)!;
            current.text += piece;
            if (current.leadOpen && bold) current.lead += piece;
            else if (piece.trim() !== '') current.leadOpen = false;
          });
          return;
        }
        default:
          line.text += toString(node);
      }
    };
    for (const node of nodes) visit(node, false);
    return lines;
  };

  const addLines = (node: RootContent, children: readonly PhrasingContent[], marks: BlockMarks) => {
    const lines = linesOf(children);
    const source = paragraphs.get(node);
    // Each line of the paragraph with the source line it began on, and the lines run on into it.
    const runs: Array<{ line: Line; first: number; last: number }> = [];
    lines.forEach((line, i) => {
      const run = runs.at(-1);
      const runOn = wrap !== undefined && run && line.soft && source?.length === lines.length && runsOn(source, i - 1, wrap);
      if (runOn) {
        run.line = joined(run.line, line);
        run.last = i;
        joinedLines += 1;
      } else runs.push({ line, first: i, last: i });
    });
    for (const { line, first, last } of runs) {
      const extra: BlockMarks = { ...marks };
      if (line.lead.trim() !== '') extra.lead = line.lead;
      if (line.images.length > 0) extra.images = line.images;
      if (line.notes.length > 0) extra.notes = line.notes;
      const start = (node.position?.start.line ?? 0) + first;
      add(line.text, last > first ? `第 ${start}–${start + last - first} 行` : where(node, first), extra);
    }
  };

  const visitBlock = (node: RootContent, marks: BlockMarks = {}) => {
    switch (node.type) {
      case 'heading': {
        // A heading's text as mdast-util-to-string gives it, with a mark where a note is referenced.
        const notes: NoteSource[] = [];
        const textOf = (child: PhrasingContent): string => {
          if (child.type !== 'footnoteReference') return 'children' in child ? child.children.map(textOf).join('') : toString(child);
          const note = reference(child.identifier);
          if (!note) return '';
          notes.push(note);
          return NOTE_MARK;
        };
        add(node.children.map(textOf).join(''), where(node), { heading: node.depth, ...(notes.length > 0 ? { notes } : {}) });
        break;
      }
      case 'paragraph':
        addLines(node, node.children, marks);
        break;
      case 'list':
        for (const item of node.children) {
          for (const child of item.children) visitBlock(child, child.type === 'list' ? {} : { list: node.ordered ? 'ordered' : 'bullet' });
        }
        break;
      case 'table': {
        const rows = node.children.map((row) => row.children.map((cell) => toString(cell)));
        add(rows.map((r) => r.join(' ')).join('\n'), where(node), { table: rows });
        break;
      }
      case 'blockquote':
        for (const child of node.children) visitBlock(child, marks);
        break;
      case 'footnoteDefinition':
        // Read with the paragraphs that reference it.
        break;
      case 'code':
        result.notCarried.push({ kind: 'code', where: where(node), text: node.value });
        break;
      case 'html':
        // Comments are notes to the editor, not content; other raw HTML cannot be placed.
        if (!/^<!--[\s\S]*-->$/.test(node.value.trim())) result.notCarried.push({ kind: 'html', where: where(node), text: node.value });
        break;
      default:
        // Thematic breaks and definitions carry no dossier text.
        break;
    }
  };
  for (const node of tree.children) visitBlock(node);
  result.notCarried.push(...unreferencedNotes(definitions, referenced));
  return wrap !== undefined && joinedLines > 0 ? { ...result, joined: { lines: joinedLines, width: wrap } } : result;
}
