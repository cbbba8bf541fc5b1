// Builds .docx test fixtures from Markdown written for the purpose, so no binary file is kept in
// the repository. Usage as a script: node tests/support/make-docx.ts <in.md> <out.docx>
//
// The Markdown stands for what an editor lays out in Word:
//   # …                 Title style          ## …  Heading 1        ### …  Heading 2
//   **…** alone         a bold paragraph (a heading made by hand, no style)
//   **lead。**rest      a bold run, then plain text
//   - item / 1. item    Word bullets / Word numbering (the number is Word's, not typed)
//   | a | b |           a Word table; every row, the first included, is a plain row
//   ![alt](name.png)    a picture (a small generated PNG) with its alt text
//   text[^1] + [^1]: …  a footnote
//   ```textbox          a text box holding the fenced lines
import { readFileSync, writeFileSync } from 'node:fs';
import {
  AlignmentType,
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  Textbox,
  TextRun,
  type ParagraphChild,
} from 'docx';
import { toString } from 'mdast-util-to-string';
import type { PhrasingContent, RootContent } from 'mdast';
import { parseMarkdown } from '../../src/lib/markdown/parse.ts';

const HEADINGS = [HeadingLevel.TITLE, HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;
const NUMBERED = 'numbered';

// A 2×2 PNG, red: enough for Word to show a picture and for the importer to extract one.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==',
  'base64',
);

interface Context {
  footnotes: Record<number, { children: Paragraph[] }>;
  footnoteIds: Map<string, number>;
  numberedLists: number;
}

function runsOf(nodes: readonly PhrasingContent[], ctx: Context, bold = false): ParagraphChild[] {
  return nodes.flatMap((node): ParagraphChild[] => {
    switch (node.type) {
      case 'text':
        return [new TextRun({ text: node.value.replace(/\n/g, ''), bold })];
      case 'strong':
        return runsOf(node.children, ctx, true);
      case 'emphasis':
        return runsOf(node.children, ctx, bold);
      case 'image':
        return [
          new ImageRun({
            type: 'png',
            data: PNG,
            transformation: { width: 120, height: 80 },
            altText: { name: node.url, title: node.alt ?? '', description: node.alt ?? '' },
          }),
        ];
      case 'footnoteReference': {
        const id = ctx.footnoteIds.get(node.identifier) ?? ctx.footnoteIds.size + 1;
        ctx.footnoteIds.set(node.identifier, id);
        return [new FootnoteReferenceRun(id)];
      }
      default:
        return [new TextRun({ text: toString(node), bold })];
    }
  });
}

function blocksOf(node: RootContent, ctx: Context): Array<Paragraph | Table> {
  switch (node.type) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[Math.min(node.depth, 4) - 1]!, children: [new TextRun(toString(node))] })];
    case 'paragraph':
      return [new Paragraph({ children: runsOf(node.children, ctx) })];
    case 'list': {
      const instance = ctx.numberedLists++;
      return node.children.map((item) => {
        const children = item.children.flatMap((c) => (c.type === 'paragraph' ? runsOf(c.children, ctx) : []));
        return node.ordered
          ? new Paragraph({ numbering: { reference: NUMBERED, level: 0, instance }, children })
          : new Paragraph({ bullet: { level: 0 }, children });
      });
    }
    case 'table':
      return [
        new Table({
          rows: node.children.map(
            (row) =>
              new TableRow({
                children: row.children.map((cell) => new TableCell({ children: [new Paragraph({ children: runsOf(cell.children, ctx) })] })),
              }),
          ),
        }),
      ];
    case 'code':
      if (node.lang !== 'textbox') return [];
      // docx types a text box apart from paragraphs, but a section's children take it like one.
      return [
        new Textbox({
          alignment: AlignmentType.LEFT,
          style: { width: '200pt', height: 'auto' },
          children: node.value.split('\n').map((line) => new Paragraph(line)),
        }) as unknown as Paragraph,
      ];
    case 'footnoteDefinition': {
      const id = ctx.footnoteIds.get(node.identifier) ?? ctx.footnoteIds.size + 1;
      ctx.footnoteIds.set(node.identifier, id);
      ctx.footnotes[id] = { children: node.children.map((c) => new Paragraph(toString(c))) };
      return [];
    }
    default:
      return [];
  }
}

/** A Word document laid out as the Markdown describes (see the top of this file). */
export async function markdownToDocx(markdown: string): Promise<Buffer> {
  // Read as the site and the importer read Markdown, so a range such as 2010~2015年 stays text.
  const tree = parseMarkdown(markdown);
  const ctx: Context = { footnotes: {}, footnoteIds: new Map(), numberedLists: 0 };
  const children = tree.children.flatMap((node) => blocksOf(node, ctx));
  const doc = new Document({
    numbering: {
      config: [{ reference: NUMBERED, levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }],
    },
    footnotes: ctx.footnotes,
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}

if (import.meta.main) {
  const [input, output] = process.argv.slice(2);
  if (!input || !output) {
    console.error('usage: node tests/support/make-docx.ts <in.md> <out.docx>');
    process.exitCode = 2;
  } else {
    writeFileSync(output, await markdownToDocx(readFileSync(input, 'utf8')));
  }
}
