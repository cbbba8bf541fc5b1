import mammoth from 'mammoth';
import type { ImportedImage, NotCarried, ReadResult } from './block.ts';
import { joinBrokenBlocks } from './broken-lines.ts';
import { readHtml } from './read-html.ts';
import { scanDocx } from './scan-docx.ts';

// Word's Title and Subtitle styles mark the dossier's title and subtitle; mammoth leaves them as
// plain paragraphs by default. Chinese Word and WPS may store the style names in Chinese.
const STYLE_MAP = [
  "p[style-name='Title'] => h1.title:fresh",
  "p[style-name='标题'] => h1.title:fresh",
  "p[style-name='Subtitle'] => p.subtitle:fresh",
  "p[style-name='副标题'] => p.subtitle:fresh",
  ...[1, 2, 3, 4, 5, 6].map((n) => `p[style-name='标题 ${n}'] => h${n}:fresh`),
];

// mammoth's complaints about styles it has no mapping for say nothing an editor can act on.
const UNHELPFUL = /^Unrecognised (?:paragraph|run) style|was referenced but not defined/;

/**
 * Reads a Word dossier: mammoth turns it into HTML (headings from styles, lists from Word's
 * numbering, bold runs, tables, pictures, footnotes), which is then read like any other HTML.
 * What mammoth drops or cannot place (charts, SmartArt, embedded objects, text boxes) is found
 * in the package itself and listed as not carried.
 */
export async function readDocx(data: Uint8Array): Promise<ReadResult> {
  const images: ImportedImage[] = [];
  const convertImage = mammoth.images.imgElement(async (image) => {
    const bytes = await image.readAsBuffer();
    // mammoth puts the picture's alt text (Word's description) on the <img> it makes.
    images.push({ data: new Uint8Array(bytes), contentType: image.contentType, alt: '' });
    return { src: `#image-${images.length - 1}` };
  });
  const buffer = Buffer.from(data);
  const { value, messages } = await mammoth.convertToHtml({ buffer }, { styleMap: STYLE_MAP, convertImage });
  const scan = await scanDocx(buffer);
  const read = readHtml(value, { images, textBoxes: scan.textBoxes });
  const notCarried: NotCarried[] = [...read.notCarried, ...scan.notCarried];
  const warnings = messages.filter((m) => !UNHELPFUL.test(m.message)).map((m) => m.message);
  // Text pasted into Word out of a PDF keeps each line of the page as a paragraph of its own.
  const { blocks, joined } = joinBrokenBlocks(read.blocks);
  return { ...read, blocks, notCarried, warnings: [...read.warnings, ...warnings], ...(joined ? { joined } : {}) };
}
