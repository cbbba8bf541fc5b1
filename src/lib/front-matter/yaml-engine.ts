/**
 * The one place the front matter libraries are imported: gray-matter finds the block, the `yaml`
 * package reads and writes it. Every consumer (checker, Astro's loader, the body reader, the
 * importer, the scaffold, `site.yaml`) goes through this folder, so a value such as `order: 010`
 * or `title: 2012-01-10` means the same thing everywhere.
 *
 * The dialect is the `yaml` package's default, YAML 1.2 with the core schema: `010` is ten,
 * `yes`/`no` are text, dates are text (the schemas turn them into dates), and a key written twice
 * is an error rather than a silent overwrite.
 */
import matter from 'gray-matter';
import { Document, LineCounter, YAMLParseError, isAlias, isScalar, parseDocument, stringify, visit, type YAMLError } from 'yaml';

// The checker walks the documents handed out here to point at a field's line and column; it uses
// the same library's node guards, re-exported so that no other module imports it.
export { isMap, isPair, isScalar, isSeq, visit, type Node, type Scalar, type YAMLError } from 'yaml';

/** A block of YAML, parsed with source positions. */
export interface YamlBlock {
  /** The YAML text, without the `---` fences. */
  source: string;
  /** The file line (1-based) the YAML text starts on: 2 in a Markdown file, 1 in `site.yaml`. */
  startLine: number;
  /** The line of the opening `---` (the line whole-file problems point at); 1. */
  fenceLine: number;
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** The parsed value as it is written (any YAML value), or `undefined` when the YAML has errors. */
  data: unknown;
  errors: readonly YAMLError[];
  /**
   * Maps a file column of a block read from corrected text (the checker's layout repair) back to
   * the column in the file as written; absent when the block is the file's own text.
   */
  columnMap?: (line: number, column: number) => number;
}

/**
 * Parses YAML keeping every node's position, so a problem found by the schema can be pointed at
 * the exact line and column. `startLine` is where the YAML begins in its file.
 */
export function parseYaml(source: string, startLine: number): YamlBlock {
  const lineCounter = new LineCounter();
  // `uniqueKeys` (the default) makes a repeated key an error: the later value would silently win.
  const doc = parseDocument(source, { lineCounter, prettyErrors: true });
  const errors: YAMLError[] = [...doc.errors];
  let data: unknown;
  try {
    data = errors.length === 0 ? doc.toJS() : undefined;
  } catch (error) {
    // An alias (`title: *重要*…`) whose anchor is nowhere before it parses cleanly, then throws
    // when read: it becomes a located error like any other instead of a crash.
    const alias = unresolvedAlias(doc) ?? [0, 0];
    const problem = new YAMLParseError(alias, 'BAD_ALIAS', error instanceof Error ? error.message : String(error));
    problem.linePos = [lineCounter.linePos(alias[0])];
    errors.push(problem);
  }
  return {
    source,
    startLine,
    fenceLine: Math.max(1, startLine - 1),
    doc,
    lineCounter,
    data,
    errors,
  };
}

/** The source range of the first alias that names no anchor set before it. */
function unresolvedAlias(doc: Document.Parsed): [number, number] | undefined {
  let found: [number, number] | undefined;
  visit(doc, {
    Alias(_, node) {
      if (found || !isAlias(node) || !node.range) return;
      let target: unknown;
      try {
        target = node.resolve(doc);
      } catch {
        target = undefined;
      }
      if (target === undefined) found = [node.range[0], node.range[1]];
    },
  });
  return found;
}

function refuseLanguage(): never {
  // Never reached: only a bare `---` opens front matter (see split.ts); this keeps gray-matter's
  // JavaScript engine, which runs `eval`, from ever seeing content.
  throw new Error('front matter is YAML only');
}

// Blocks the engine produced, to tell them from the `{}` gray-matter gives an empty block.
const parsed = new WeakSet<object>();

/** gray-matter's engine: the YAML after the opening fence line, which starts file line 2. */
function engine(matterText: string): YamlBlock {
  const block = parseYaml(matterText.slice(matterText.indexOf('\n') + 1), 2);
  parsed.add(block);
  return block;
}

/**
 * Runs gray-matter with the YAML engine on text that opens with a bare `---` line and has a
 * closing line starting with `closing` (`---` or `...`), and gives the block it found, parsed.
 */
export function grayMatter(text: string, closing: '---' | '...'): YamlBlock {
  const file = matter(text, {
    language: 'yaml',
    delimiters: ['---', closing],
    engines: { yaml: { parse: engine }, json: { parse: refuseLanguage }, javascript: { parse: refuseLanguage } },
  });
  // gray-matter skips the engine for a block of only blank lines and comments.
  return parsed.has(file.data) ? (file.data as YamlBlock) : engine(file.matter);
}

/** A text value as one line of YAML, quoted only when it has to be (`: `, `#`, quotes, digits). */
export function yamlScalar(value: string): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

/**
 * Fields as a front matter block between `---` lines. Lists of plain values stay on one line
 * (`[2010, 2011]`) so an award reads like its source; long text is never folded.
 */
export function frontMatterBlock(data: Record<string, unknown>): string {
  const doc = new Document(data);
  visit(doc, {
    Seq(_, node) {
      if (node.items.every((item) => isScalar(item))) node.flow = true;
    },
  });
  return `---\n${doc.toString({ lineWidth: 0 })}---\n`;
}
