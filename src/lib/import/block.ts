/**
 * One paragraph-sized piece of an input document, whatever its format. Every reader (.txt, .md,
 * .docx) produces blocks with the source's own structure marked on them (headings, list items,
 * bold openings, tables, pictures); everything after reading works on blocks only.
 */
export interface Block {
  /** 1-based position among the blocks of the input; the report cites `where`. */
  id: number;
  /** The text, normalised once ({@link normaliseText}). Empty for a paragraph that is only a picture. */
  text: string;
  /** Where it was in the input, for the report: `第 13 行`, `第 13 行第 5 段` or `第 7 段`. */
  where: string;
  /** Heading level (1–6) when the source marked it as a heading (Markdown `#`, a Word heading style). */
  heading?: number;
  /** The Word Title or Subtitle style. */
  style?: 'title' | 'subtitle';
  /** A list item, bulleted or numbered (the number itself is the list's, not in `text`). */
  list?: 'bullet' | 'ordered';
  /** The bold run the paragraph opens with (Markdown `**…**`, Word bold); equal to `text` when all of it is bold. */
  lead?: string;
  /** A table: rows of cell texts, normalised. `text` holds the cells joined, for the report. */
  table?: string[][];
  /** Pictures in the paragraph, in order. */
  images?: ImportedImage[];
  /** Footnotes and endnotes referenced in the paragraph's text, in order. */
  notes?: BlockNote[];
}

/** A footnote or endnote referenced in a paragraph: its text, and where in the paragraph its reference stood. */
export interface BlockNote {
  /** The note's own name in the input (`footnote-1`, a Markdown label), the same for every reference to it. */
  id: string;
  kind: 'footnote' | 'endnote';
  /** Its text; paragraphs of a longer note are separated by `\n`. */
  text: string;
  /** Where the note itself was in the input, for the report: `Word 脚注 1`, `第 40 行`. */
  where: string;
  /** Characters of the paragraph's text before the reference. */
  at: number;
}

/** A picture found in the input, to be written next to the text it belongs to. */
export interface ImportedImage {
  data: Uint8Array;
  /** `image/png`, `image/jpeg`… */
  contentType: string;
  /** The alt text or description the source gave, or `''`. */
  alt: string;
}

/** A part of the input that was recognised as page chrome and left out, with the reason. */
export interface SkippedChrome {
  where: string;
  text: string;
  reason: ChromeReason;
}

/** Why a piece of the input was taken for page chrome rather than content. */
export type ChromeReason =
  | 'navigation'
  | 'upload-info'
  | 'vip-offer'
  | 'footer'
  | 'page-counter'
  | 'file-name'
  | 'before-title'
  | 'outside-document'
  | 'table-of-contents';

/** Kinds of content the importer reads but cannot carry into the content model. */
export type NotCarriedKind = 'footnote' | 'endnote' | 'text-box' | 'chart' | 'smart-art' | 'embedded-object' | 'code' | 'html' | 'image-missing';

/** Something of the input that was left out because the content model cannot hold it; the report lists it. */
export interface NotCarried {
  kind: NotCarriedKind;
  where: string;
  /** Its text (a footnote's, a text box's, a chart's title), or `''` when it has none. */
  text: string;
}

/** What every reader returns. */
export interface ReadResult {
  blocks: Block[];
  skipped: SkippedChrome[];
  notCarried: NotCarried[];
  /** Converter messages worth showing (mammoth's), as they were given. */
  warnings: string[];
  /** The encoding a text file was read in, when it was not UTF-8 (`gb18030`, `utf-16le`). */
  encoding?: string;
  /** Line breaks inside paragraphs that a text file had at one width (columns), joined again. */
  joined?: { lines: number; width: number };
}
