import JSZip from 'jszip';
import type { NotCarried } from './block.ts';

/** What {@link scanDocx} finds in a Word package that the HTML conversion cannot show. */
export interface DocxScan {
  /** The text of every text box, one string per paragraph, as Word stores it (mammoth inlines these). */
  textBoxes: string[][];
  /** Charts, SmartArt and embedded objects, which the conversion drops without a word. */
  notCarried: NotCarried[];
}

const PARAGRAPH = /<w:p[ >][\s\S]*?<\/w:p>/g;
const RUN_TEXT = /<(?:w|a):t(?:\s[^>]*)?>([^<]*)<\/(?:w|a):t>/g;

function decode(xml: string): string {
  return xml.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

function textOf(xml: string): string {
  return decode([...xml.matchAll(RUN_TEXT)].map((m) => m[1]).join('')).trim();
}

function paragraphsOf(xml: string): string[] {
  return (xml.match(PARAGRAPH) ?? []).map(textOf).filter((t) => t !== '');
}

/**
 * Looks into a .docx package for what the HTML conversion leaves out or misplaces: text boxes
 * (a floating box's text lands wherever its anchor is), charts (with their titles), SmartArt and
 * embedded objects (OLE: Excel sheets, Visio drawings).
 */
export async function scanDocx(data: Uint8Array): Promise<DocxScan> {
  const zip = await JSZip.loadAsync(data).catch(() => undefined);
  const document = await zip?.file('word/document.xml')?.async('string');
  if (!zip || !document) return { textBoxes: [], notCarried: [] };
  // Word writes a text box twice, as DrawingML and as a VML fallback; each is one text box.
  const boxes = new Map<string, string[]>();
  for (const match of document.matchAll(/<w:txbxContent>([\s\S]*?)<\/w:txbxContent>/g)) {
    const paragraphs = paragraphsOf(match[1]!);
    if (paragraphs.length > 0) boxes.set(paragraphs.join('\n'), paragraphs);
  }
  const notCarried: NotCarried[] = [];
  for (const [text] of boxes) notCarried.push({ kind: 'text-box', where: 'Word 文本框', text });
  const chartFiles = Object.keys(zip.files).filter((name) => /^word\/charts\/chart\d+\.xml$/.test(name)).sort();
  for (const name of chartFiles) {
    const xml = (await zip.file(name)!.async('string')) ?? '';
    const title = /<c:title>([\s\S]*?)<\/c:title>/.exec(xml);
    notCarried.push({ kind: 'chart', where: 'Word 图表', text: title ? textOf(title[1]!) : '' });
  }
  const count = (pattern: RegExp) => (document.match(pattern) ?? []).length;
  for (let i = count(/<dgm:relIds\b/g); i > 0; i--) notCarried.push({ kind: 'smart-art', where: 'Word SmartArt', text: '' });
  for (let i = count(/<o:OLEObject\b/g); i > 0; i--) notCarried.push({ kind: 'embedded-object', where: 'Word 嵌入对象', text: '' });
  return { textBoxes: [...boxes.values()], notCarried };
}
