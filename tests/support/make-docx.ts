// Builds .docx test fixtures from Markdown fixtures, so no binary file is kept in the repository.
// Usage as a script: node tests/support/make-docx.ts <in.md> <out.docx>
import { readFileSync, writeFileSync } from 'node:fs';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { toString } from 'mdast-util-to-string';
import type { RootContent } from 'mdast';

// `#` is Word's Title style, `##` Heading 1, `###` Heading 2, as an editor would lay out a dossier.
const HEADINGS = [HeadingLevel.TITLE, HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

function paragraphsOf(node: RootContent): Paragraph[] {
  switch (node.type) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[Math.min(node.depth, 4) - 1]!, children: [new TextRun(toString(node))] })];
    case 'paragraph':
      return toString(node)
        .split('\n')
        .map((line) => new Paragraph({ children: [new TextRun(line)] }));
    case 'list':
      return node.children.map((item) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(toString(item))] }));
    default:
      return [];
  }
}

/** A Word document with the same headings, paragraphs and bullets as the Markdown. */
export async function markdownToDocx(markdown: string): Promise<Buffer> {
  const tree = unified().use(remarkParse).parse(markdown);
  const doc = new Document({ sections: [{ children: tree.children.flatMap(paragraphsOf) }] });
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
