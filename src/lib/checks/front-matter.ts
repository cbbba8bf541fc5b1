import { LineCounter, parseDocument, type Document, type YAMLError } from 'yaml';

/** A file's YAML block, parsed with source positions. */
export interface FrontMatter {
  /** The YAML text, without the `---` fences. */
  source: string;
  /** The file line (1-based) the YAML text starts on: 2 in a Markdown file, 1 in `site.yaml`. */
  startLine: number;
  /** The line of the opening `---` (the line whole-file problems point at); 1. */
  fenceLine: number;
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** The parsed value, or `undefined` when the YAML has errors. */
  data: unknown;
  errors: readonly YAMLError[];
}

/** A Markdown file split into its front matter and its body. */
export interface SplitMarkdown {
  /** `undefined` when the file has no front matter. */
  frontMatter?: FrontMatter;
  /** True when the file opens with `---` but no closing `---` follows. */
  unclosed: boolean;
  body: string;
  /** The file line (1-based) the body starts on. */
  bodyLine: number;
}

const FENCE = /^---[ \t]*$/;
const CLOSING_FENCE = /^(?:---|\.\.\.)[ \t]*$/;

/**
 * Parses YAML keeping every node's position, so a problem found by the schema can be pointed at
 * the exact line and column. `startLine` is where the YAML begins in its file.
 */
export function parseYaml(source: string, startLine: number): FrontMatter {
  const lineCounter = new LineCounter();
  // `uniqueKeys` (the default) makes a repeated key an error: the later value would silently win.
  const doc = parseDocument(source, { lineCounter, prettyErrors: true });
  const errors = doc.errors;
  return {
    source,
    startLine,
    fenceLine: Math.max(1, startLine - 1),
    doc,
    lineCounter,
    data: errors.length === 0 ? doc.toJS() : undefined,
    errors,
  };
}

/**
 * Splits a Markdown file (already LF-only) into front matter and body. Only a `---` on the very
 * first line opens front matter, as in Astro and gray-matter.
 */
export function splitMarkdown(text: string): SplitMarkdown {
  const lines = text.split('\n');
  if (!FENCE.test(lines[0] ?? '')) return { unclosed: false, body: text, bodyLine: 1 };
  const close = lines.findIndex((line, i) => i > 0 && CLOSING_FENCE.test(line));
  if (close === -1) return { unclosed: true, body: '', bodyLine: lines.length + 1 };
  const source = lines.slice(1, close).join('\n');
  return {
    frontMatter: parseYaml(source, 2),
    unclosed: false,
    body: lines.slice(close + 1).join('\n'),
    bodyLine: close + 2,
  };
}
