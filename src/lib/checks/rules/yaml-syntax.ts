import type { YAMLError } from 'yaml';
import { visit, type Scalar } from 'yaml';
import type { FrontMatter } from '../front-matter.ts';
import { offsetToPosition } from '../locate.ts';
import type { CheckRule, ContentFile, Report } from '../types.ts';

// A key written with a full-width colon: `title：…` or `- title：…`, with no ASCII colon before it.
const FULL_WIDTH_KEY = /^(\s*(?:-\s+)?)([^\s:：#'"“”\-][^:：#]*?)\s*：/;
// A key followed by an ASCII colon and a space (or the end of the line).
const HAS_KEY_COLON = /^\s*(?:-\s+)?[^#]*?:(?:\s|$)/;
const INDENT_CODES = new Set(['BAD_INDENT', 'BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY', 'UNEXPECTED_TOKEN']);

function firstNonSpace(fm: FrontMatter, fileLine: number): number {
  const text = fm.source.split('\n')[fileLine - fm.startLine] ?? '';
  return text.search(/\S/) + 1 || 1;
}

/** The opening quote of the scalar an unclosed-quote error ends in: that is where editors look. */
function openingQuote(fm: FrontMatter, error: YAMLError): { offset: number; quote: string } | undefined {
  let found: { offset: number; quote: string } | undefined;
  visit(fm.doc, {
    Scalar(_, node: Scalar) {
      const [start, end] = node.range ?? [];
      if (start === undefined || end === undefined) return;
      const quote = fm.source[start];
      if ((quote === '"' || quote === "'") && start <= error.pos[0] && error.pos[0] <= end + 1) found = { offset: start, quote };
    },
  });
  return found;
}

function describe(file: ContentFile, fm: FrontMatter, error: YAMLError): Report {
  const [from, to] = error.linePos ?? [];
  const start = offsetToPosition(fm, error.pos[0]);
  const line = from ? from.line + fm.startLine - 1 : start.line;
  const column = from?.col ?? start.column;
  if (error.code === 'TAB_AS_INDENT') {
    return { file: file.path, line, column, code: 'yaml.tab', values: { line } };
  }
  if (error.code === 'MISSING_CHAR' && /quote/i.test(error.message)) {
    const opening = openingQuote(fm, error);
    if (opening) {
      const at = offsetToPosition(fm, opening.offset);
      return { file: file.path, ...at, code: 'yaml.unclosed-quote', values: { ...at, quote: opening.quote } };
    }
    return { file: file.path, line, column, code: 'yaml.unclosed-quote', values: { line, column, quote: '"' } };
  }
  if (error.code === 'DUPLICATE_KEY') {
    const text = fm.source.split('\n')[line - fm.startLine] ?? '';
    const key = text.replace(/^\s*(?:-\s+)?/, '').split(':')[0]!.trim();
    return { file: file.path, line, column, field: key, code: 'yaml.duplicate-key', values: { key } };
  }
  const startText = fm.source.split('\n')[line - fm.startLine] ?? '';
  const implicitKey = error.code === 'MULTILINE_IMPLICIT_KEY' || (error.code === 'MISSING_CHAR' && /map values/i.test(error.message));
  // `title:文明` or `title 文明`: without ": " the parser reads the line as a key still looking for its value.
  if (implicitKey && !HAS_KEY_COLON.test(startText)) {
    return { file: file.path, line, column: firstNonSpace(fm, line), code: 'yaml.missing-colon', values: { line } };
  }
  if (error.code === 'UNEXPECTED_TOKEN' && /^\s*(?:-\s+)?[^:#]+:\s*["']/.test(startText)) {
    return { file: file.path, line, column, code: 'yaml.text-after-quote', values: { line } };
  }
  if (INDENT_CODES.has(error.code) || (error.code === 'MISSING_CHAR' && /sequence item/i.test(error.message))) {
    // An implicit key spread over two lines means the second line is the one indented wrongly.
    const bad = error.code === 'MULTILINE_IMPLICIT_KEY' && to ? to.line + fm.startLine - 1 : line;
    return { file: file.path, line: bad, column: firstNonSpace(fm, bad), code: 'yaml.indent', values: { line: bad } };
  }
  const detail = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  return { file: file.path, line, column, code: 'yaml.syntax', values: { line, column, detail } };
}

/**
 * Full-width colons after a key; the parser sees one long text there and reports nonsense. Only
 * looked for when the YAML fails to parse into fields: in a clean parse such a line is the
 * continuation of a wrapped value, where `：` is ordinary punctuation.
 */
export function fullWidthColons(file: ContentFile, fm: FrontMatter): Report[] {
  const reports: Report[] = [];
  const isMap = fm.data !== null && typeof fm.data === 'object' && !Array.isArray(fm.data);
  if (fm.errors.length === 0 && (isMap || fm.data === null)) return reports;
  let inBlockScalar = -1;
  fm.source.split('\n').forEach((text, i) => {
    const indent = text.search(/\S/);
    // Lines of a `|` or `>` block are free text, where a full-width colon is just punctuation.
    if (inBlockScalar >= 0 && (indent === -1 || indent > inBlockScalar)) return;
    inBlockScalar = /:\s*[|>][+-]?\s*$/.test(text) ? Math.max(indent, 0) : -1;
    const match = FULL_WIDTH_KEY.exec(text);
    if (!match) return;
    const line = i + fm.startLine;
    const column = match[1]!.length + match[2]!.length + (text.slice(match[1]!.length + match[2]!.length).indexOf('：')) + 1;
    reports.push({ file: file.path, line, column, field: match[2]!, code: 'yaml.full-width-colon', values: { key: match[2]! } });
  });
  return reports;
}

/**
 * YAML that does not parse: tabs, unclosed quotes, bad indentation, duplicate keys and full-width
 * colons, each with the line and column and a plain-words explanation instead of the parser's text.
 */
export const yamlSyntaxRule: CheckRule = {
  id: 'yaml-syntax',
  description: 'Front matter and site.yaml must be valid YAML; problems are explained in plain words.',
  check(ctx) {
    for (const file of ctx.files) {
      if (file.unclosedFrontMatter) {
        ctx.report({ file: file.path, line: 1, column: 1, code: 'front-matter.unclosed' });
        continue;
      }
      const fm = file.frontMatter;
      if (!fm) continue;
      const colons = fullWidthColons(file, fm);
      const colonLines = new Set(colons.map((r) => r.line ?? 0));
      const seen = new Set<number>();
      const reports = [...colons];
      // The parser may report one misplaced line twice from the same start (a nested mapping, then a
      // key spread over lines); only the last line it reaches is the one to fix.
      const lastLineFrom = new Map<number, number>();
      for (const error of fm.errors) {
        const line = describe(file, fm, error).line ?? 0;
        lastLineFrom.set(error.pos[0], Math.max(line, lastLineFrom.get(error.pos[0]) ?? 0));
      }
      for (const error of fm.errors) {
        const report = describe(file, fm, error);
        if ((report.line ?? 0) < (lastLineFrom.get(error.pos[0]) ?? 0)) continue;
        const [from, to] = error.linePos ?? [];
        const spans = from ? [from.line, to?.line ?? from.line].map((l) => l + fm.startLine - 1) : [report.line!];
        // A full-width colon makes the parser see a key spanning lines; that noise is not reported.
        if ([...colonLines].some((l) => l >= spans[0]! && l <= spans[1]!)) continue;
        if (seen.has(report.line!)) continue;
        seen.add(report.line!);
        reports.push(report);
      }
      for (const report of reports) ctx.report(report);
    }
  },
};
