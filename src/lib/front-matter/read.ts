import { DiagnosticError } from '../diagnostics/error.ts';
import { splitFrontMatter, splitText, parseYamlFile, type SplitText } from './split.ts';
import { describeYamlError, type YamlProblem } from './yaml-errors.ts';
import type { YamlBlock } from './yaml-engine.ts';

/** A Markdown file's fields and body, as the site shows them. */
export interface MarkdownFields {
  data: Record<string, unknown>;
  /** The body as pages render it ({@link bodyShown}). */
  body: string;
}

/**
 * The fields of a parsed block: `{}` for an empty block, `undefined` when the YAML has errors or
 * is not a list of `name: value` lines (a bare value or a list).
 */
export function fieldsOf(block: YamlBlock): Record<string, unknown> | undefined {
  if (block.errors.length > 0) return undefined;
  if (block.data === null || block.data === undefined) return {};
  if (typeof block.data !== 'object' || Array.isArray(block.data)) return undefined;
  return block.data as Record<string, unknown>;
}

/** The first reason a split file's front matter has no clear end, or `undefined` when it has one. */
function fenceProblem(split: SplitText): YamlProblem | undefined {
  if (split.unclosed) return { line: 1, column: 1, code: 'front-matter.unclosed', values: {} };
  const { closingText } = split;
  if (closingText) return { line: closingText.line, column: closingText.column, code: 'front-matter.fence-text', values: { ...closingText } };
  return undefined;
}

function blockProblem(block: YamlBlock): YamlProblem | undefined {
  const [error] = block.errors;
  if (error) return describeYamlError(block, error);
  if (fieldsOf(block) === undefined) return { line: block.startLine, column: 1, code: 'front-matter.not-a-map', values: {} };
  return undefined;
}

/** The body a page renders and the check parses, and the file line it starts on. */
export interface ShownBody {
  body: string;
  line: number;
}

// Whole lines of blank space before the text: Word and WPS leave lines of full-width spaces there.
const BLANK_LINES_BEFORE = /^(?:[^\S\n]*\n)*/;

/**
 * The body a page renders and the check parses: the text after the front matter without the
 * blank lines before it and the blank space after it. Only whole lines are taken off the start,
 * so a position in the body is a position in the file (its first line is `line`), and the check's
 * Markdown tree of a body is the tree its page is rendered from.
 */
export function bodyShown(split: Pick<SplitText, 'body' | 'bodyLine'>): ShownBody {
  const before = BLANK_LINES_BEFORE.exec(split.body)![0];
  return { body: split.body.slice(before.length).trimEnd(), line: split.bodyLine + before.split('\n').length - 1 };
}

function refuse(file: string, problem: YamlProblem): never {
  const { line, column, field = '', code, values } = problem;
  throw new DiagnosticError({ file, line, column, field, code, values: { file, ...values }, severity: 'error' });
}

/**
 * Reads a Markdown file's fields and body the one way every consumer reads them (Astro's loader,
 * the importer's self-check). `file` names the file in errors.
 *
 * @throws DiagnosticError when the front matter cannot be read; the checker reports the same.
 */
export function readMarkdownFields(text: string, file: string): MarkdownFields {
  const split = splitFrontMatter(text);
  const problem = fenceProblem(split) ?? (split.frontMatter && blockProblem(split.frontMatter));
  if (problem) refuse(file, problem);
  return { data: split.frontMatter ? fieldsOf(split.frontMatter)! : {}, body: bodyShown(split).body };
}

/**
 * A Markdown file's body as {@link readMarkdownFields} gives it, without parsing the front matter:
 * for pages, which show bodies whose fields Astro's loader has read and validated already.
 *
 * @throws DiagnosticError when the front matter has no clear end, as readMarkdownFields does.
 */
export function readMarkdownBody(text: string, file: string): string {
  const split = splitText(text);
  const problem = fenceProblem(split);
  if (problem) refuse(file, problem);
  return bodyShown(split).body;
}

/**
 * Reads a file that is YAML through and through (`site.yaml`).
 *
 * @throws DiagnosticError when it cannot be read as fields.
 */
export function readYamlFields(text: string, file: string): Record<string, unknown> {
  const block = parseYamlFile(text);
  const problem = blockProblem(block);
  if (problem) refuse(file, problem);
  return fieldsOf(block)!;
}
