import { grayMatter, parseYaml, type YamlBlock } from './yaml-engine.ts';

/** A Markdown file split into its front matter and its body. */
export interface SplitFile {
  /** The whole text as it was split: BOM removed, every line ending LF. */
  text: string;
  /** `undefined` when the file has no front matter. */
  frontMatter?: YamlBlock;
  /** True when the file opens with `---` but no closing line follows. */
  unclosed: boolean;
  /**
   * Characters after the `---` or `...` of the closing line (`----`, `--- 结束`): gray-matter
   * closes the block there, so they would otherwise begin the body. Line and column are the
   * first such character's.
   */
  closingText?: { line: number; column: number; text: string; fence: string };
  body: string;
  /** The file line (1-based) the body starts on. */
  bodyLine: number;
}

const OPENING = /^---[ \t]*$/;
const CLOSINGS = ['---', '...'] as const;

/**
 * The text every reader works on: without the BOM Notepad adds and with LF line endings (from
 * CRLF or lone CR), so line numbers, columns and values are the same on every platform.
 */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** A Markdown file split into its front matter's text and its body, the YAML not yet parsed. */
export type SplitText = Omit<SplitFile, 'frontMatter'> & {
  /** The fence that closes the block (`---` or `...`); `undefined` when the file has no closed front matter. */
  closing?: '---' | '...';
};

/**
 * Where a Markdown file's front matter ends and its body begins, without parsing the YAML: what
 * a page needs, whose fields Astro's loader has already read and validated. Only a bare `---` on
 * the very first line opens front matter; it closes at the first later line that starts with
 * `---` or `...` (the two YAML document markers), as gray-matter closes it. The body starts on the
 * line after the closing one.
 */
export function splitText(raw: string): SplitText {
  const text = normaliseText(raw);
  const firstBreak = text.indexOf('\n');
  if (!OPENING.test(firstBreak === -1 ? text : text.slice(0, firstBreak))) return { text, unclosed: false, body: text, bodyLine: 1 };
  const found = CLOSINGS.map((fence) => ({ fence, at: text.indexOf(`\n${fence}`, 3) })).filter((c) => c.at !== -1);
  const closing = found.sort((a, b) => a.at - b.at)[0];
  if (!closing) return { text, unclosed: true, body: '', bodyLine: text.split('\n').length + 1 };
  const closeStart = closing.at + 1;
  const lineEnd = text.indexOf('\n', closeStart);
  const closeEnd = lineEnd === -1 ? text.length : lineEnd;
  const closeLine = text.slice(0, closeStart).split('\n').length;
  const after = text.slice(closeStart + 3, closeEnd);
  const stray = after.trim();
  return {
    text,
    closing: closing.fence,
    unclosed: false,
    ...(stray
      ? { closingText: { line: closeLine, column: 4 + after.search(/\S/), text: stray, fence: closing.fence } }
      : {}),
    body: lineEnd === -1 ? '' : text.slice(lineEnd + 1),
    bodyLine: closeLine + 1,
  };
}

/**
 * The front matter of a file {@link splitText} found closed, parsed: gray-matter is handed the
 * fence that closes the block, so it finds the same block. It is handed the text only up to the
 * body, which it would not read: for every call it copies its whole input into a buffer and looks
 * it up, as a key, in its cache of earlier inputs.
 */
export function parseFrontMatter(split: SplitText & { closing: '---' | '...' }): YamlBlock {
  return grayMatter(split.text.slice(0, split.text.length - split.body.length), split.closing);
}

/** Splits a Markdown file into front matter and body ({@link splitText}), and parses the front matter. */
export function splitFrontMatter(raw: string): SplitFile {
  const { closing, ...split } = splitText(raw);
  if (closing === undefined) return split;
  return { ...split, frontMatter: parseFrontMatter({ ...split, closing }) };
}

/** Parses a file that is YAML through and through, such as `site.yaml`. */
export function parseYamlFile(raw: string): YamlBlock {
  return parseYaml(normaliseText(raw), 1);
}
