import type { ContentMessageCode } from '../diagnostics/messages/content.ts';
import type { IssueValues } from '../diagnostics/values.ts';
import { visit, type Scalar, type YAMLError, type YamlBlock } from './yaml-engine.ts';

/** A problem in a block of YAML, at its file line and column, as a message code and values. */
export interface YamlProblem {
  line: number;
  column: number;
  /** The key concerned, when the problem is about one. */
  field?: string;
  code: ContentMessageCode;
  values: IssueValues;
}

// A key followed by an ASCII colon and a space (or the end of the line).
const HAS_KEY_COLON = /^\s*(?:-\s+)?[^#]*?:(?:\s|$)/;
const INDENT_CODES = new Set(['BAD_INDENT', 'BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY', 'UNEXPECTED_TOKEN']);

/** The file position of a character offset inside a block's YAML text. */
export function offsetToPosition(block: YamlBlock, offset: number): { line: number; column: number } {
  const { line, col } = block.lineCounter.linePos(offset);
  const fileLine = line + block.startLine - 1;
  return { line: fileLine, column: block.columnMap ? block.columnMap(fileLine, col) : col };
}

/** The text of a file line inside the block. */
function blockLine(block: YamlBlock, fileLine: number): string {
  return block.source.split('\n')[fileLine - block.startLine] ?? '';
}

function firstNonSpace(block: YamlBlock, fileLine: number): number {
  return blockLine(block, fileLine).search(/\S/) + 1 || 1;
}

/** The opening quote of the scalar an unclosed-quote error ends in: that is where editors look. */
function openingQuote(block: YamlBlock, error: YAMLError): { offset: number; quote: string } | undefined {
  let found: { offset: number; quote: string } | undefined;
  visit(block.doc, {
    Scalar(_, node: Scalar) {
      const [start, end] = node.range ?? [];
      if (start === undefined || end === undefined) return;
      const quote = block.source[start];
      if ((quote === '"' || quote === "'") && start <= error.pos[0] && error.pos[0] <= end + 1) found = { offset: start, quote };
    },
  });
  return found;
}

/**
 * Words one parser error for editors: tabs, unclosed quotes, duplicate keys, missing colons and
 * bad indentation get their own message, with the line and column to look at; anything else is
 * `yaml.syntax` with the parser's own words as detail.
 */
export function describeYamlError(block: YamlBlock, error: YAMLError): YamlProblem {
  const [from, to] = error.linePos ?? [];
  const start = offsetToPosition(block, error.pos[0]);
  const line = from ? from.line + block.startLine - 1 : start.line;
  const column = from ? (block.columnMap?.(line, from.col) ?? from.col) : start.column;
  if (error.code === 'TAB_AS_INDENT') return { line, column, code: 'yaml.tab', values: { line } };
  if (error.code === 'MISSING_CHAR' && /quote/i.test(error.message)) {
    const opening = openingQuote(block, error);
    if (opening) {
      const at = offsetToPosition(block, opening.offset);
      return { ...at, code: 'yaml.unclosed-quote', values: { ...at, quote: opening.quote } };
    }
    return { line, column, code: 'yaml.unclosed-quote', values: { line, column, quote: '"' } };
  }
  const text = blockLine(block, line);
  if (error.code === 'DUPLICATE_KEY') {
    const key = text.replace(/^\s*(?:-\s+)?/, '').split(':')[0]!.trim();
    return { line, column, field: key, code: 'yaml.duplicate-key', values: { key } };
  }
  const implicitKey = error.code === 'MULTILINE_IMPLICIT_KEY' || (error.code === 'MISSING_CHAR' && /map values/i.test(error.message));
  // `title:文明` or `title 文明`: without ": " the parser reads the line as a key still looking for its value.
  if (implicitKey && !HAS_KEY_COLON.test(text)) {
    return { line, column: firstNonSpace(block, line), code: 'yaml.missing-colon', values: { line } };
  }
  if (error.code === 'UNEXPECTED_TOKEN' && /^\s*(?:-\s+)?[^:#]+:\s*["']/.test(text)) {
    return { line, column, code: 'yaml.text-after-quote', values: { line } };
  }
  if (INDENT_CODES.has(error.code) || (error.code === 'MISSING_CHAR' && /sequence item/i.test(error.message))) {
    // An implicit key spread over two lines means the second line is the one indented wrongly.
    const bad = error.code === 'MULTILINE_IMPLICIT_KEY' && to ? to.line + block.startLine - 1 : line;
    return { line: bad, column: firstNonSpace(block, bad), code: 'yaml.indent', values: { line: bad } };
  }
  const detail = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  return { line, column, code: 'yaml.syntax', values: { line, column, detail } };
}
