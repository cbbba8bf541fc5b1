/**
 * One paragraph-sized piece of an input document, whatever its format. Every reader (.txt, .md,
 * .docx) produces blocks; everything after reading works on blocks only.
 */
export interface Block {
  /** 1-based position among all blocks of the input, chrome included; the report cites it. */
  id: number;
  /** The text, trimmed, half-width punctuation already made full-width. */
  text: string;
  /** Where it was in the input, for the report: `第 13 行` or `第 13 行第 5 段`. */
  where: string;
  /** Heading level (1–6) when the source marked it as a heading (Markdown `#`, Word heading style). */
  heading?: number;
  /** True for an item of a bulleted or numbered list. */
  listItem?: boolean;
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
  | 'outside-document';

/** What every reader returns: the content blocks and the chrome it left out. */
export interface ReadResult {
  blocks: Block[];
  skipped: SkippedChrome[];
}
