import { codePoint } from '../diagnostics/index.ts';
import { parseYaml, type YamlBlock } from '../front-matter/index.ts';
import { findYamlTraps, type YamlTrap } from './yaml-traps.ts';

/** A slip that stops YAML from reading a block the way its editor laid it out. */
export type YamlSlip = LayoutSlip | { kind: 'trap'; line: number; column: number; trap: YamlTrap };

/** A slip of layout: indentation or a key's colon. */
export interface LayoutSlip {
  /** File line and column of the first occurrence. */
  line: number;
  column: number;
  /** `tab`, full-width space (U+3000) or other odd space in indentation, or a full-width colon after a key. */
  kind: 'tab' | 'odd-space' | 'full-width-colon';
  /** How many lines have it (indentation), counting from `line`. */
  count: number;
  /** The character, for odd spaces: `U+3000`, `U+00A0`. */
  char?: string;
  /** The key, for a full-width colon. */
  key?: string;
}

/** The block read again with every slip corrected, and the slips, in file order. */
export interface RepairedFrontMatter {
  frontMatter: YamlBlock;
  slips: YamlSlip[];
}

interface Edit {
  /** 0-based index in the original line, and the lengths before and after. */
  at: number;
  from: number;
  to: number;
}

// Leading blank characters YAML does not count as indentation: tabs and every space but U+0020.
const ODD_INDENT = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;
const LEADING_BLANK = /^[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]*/;
// A key written with a full-width colon: `title：…` or `- title：…`, with no ASCII colon before it.
const FULL_WIDTH_KEY = /^(\s*(?:-\s+)?)([^\s:：#'"“”\-][^:：#]*?)\s*：\s*/;

/** The original column (1-based) of a column in a line changed by `edits`. */
function originalColumn(edits: readonly Edit[], column: number): number {
  let shift = 0;
  for (const edit of edits) {
    const start = edit.at + shift;
    if (column - 1 < start) break;
    if (column - 1 < start + edit.to) return edit.at + 1;
    shift += edit.to - edit.from;
  }
  return column - shift;
}

/**
 * The block's text with its slips corrected: each tab in indentation becomes `tabWidth` spaces, a
 * full-width space two, any other odd space one; a full-width colon after a key becomes `: ` when
 * `colons` is set (in a block that reads cleanly such a colon is punctuation of a wrapped value).
 */
function correct(source: string, tabWidth: number, colons: boolean, quoteAt: ReadonlyMap<number, YamlTrap>): { text: string; edits: Map<number, Edit[]> } {
  const edits = new Map<number, Edit[]>();
  const lines = source.split('\n').map((original, i) => {
    // A value that needs quoting is quoted first: its trap was found on the line as written.
    const trap = quoteAt.get(i);
    const valueAt = trap ? original.lastIndexOf(trap.value) : -1;
    const text = trap && valueAt !== -1 ? `${original.slice(0, valueAt)}${trap.quoted}${original.slice(valueAt + trap.value.length)}` : original;
    const quoteEdit: Edit[] = trap && valueAt !== -1 ? [{ at: valueAt, from: trap.value.length, to: trap.quoted.length }] : [];
    const lineEdits: Edit[] = [];
    const indent = LEADING_BLANK.exec(text)![0];
    let fixed = '';
    for (const [j, ch] of [...indent].entries()) {
      const width = ch === ' ' ? 1 : ch === '\t' ? tabWidth : ch === '\u3000' ? 2 : 1;
      if (ch !== ' ') lineEdits.push({ at: j, from: 1, to: width });
      fixed += ' '.repeat(width);
    }
    let rest = text.slice(indent.length);
    const colon = colons ? FULL_WIDTH_KEY.exec(rest) : null;
    if (colon) {
      const at = rest.indexOf('：', colon[1]!.length + colon[2]!.length);
      const after = colon[0].length - (at + 1);
      lineEdits.push({ at: indent.length + at, from: 1 + after, to: 2 });
      rest = `${rest.slice(0, at)}: ${rest.slice(colon[0].length)}`;
    }
    lineEdits.push(...quoteEdit);
    if (lineEdits.length > 0) edits.set(i, lineEdits.sort((a, b) => a.at - b.at));
    return fixed + rest;
  });
  return { text: lines.join('\n'), edits };
}

/**
 * Reads a front matter block again with its layout slips corrected: indentation typed with tabs,
 * full-width spaces (U+3000) or no-break spaces, and keys followed by a full-width colon. Each
 * slip is then reported once (indentation once per kind, at its first line), and the corrected
 * block gives the other rules the fields, so a slip never hides the real problems of the fields.
 * `undefined` when the block has no such slip.
 */
export function repairFrontMatter(fm: YamlBlock): RepairedFrontMatter | undefined {
  const lines = fm.source.split('\n');
  const errorLines = new Set(fm.errors.map((error) => (error.linePos?.[0].line ?? 1) + fm.startLine - 1));
  const traps = findYamlTraps(fm.source, fm.startLine, errorLines);
  const quoteAt = new Map(traps.filter((t) => t.kind === 'needs-quotes').map((t) => [t.line - fm.startLine, t]));
  const oddIndent = lines.some((text) => ODD_INDENT.test(LEADING_BLANK.exec(text)![0]));
  const colons = fm.errors.length > 0 && lines.some((text) => FULL_WIDTH_KEY.test(text.replace(LEADING_BLANK, '')));
  if (!oddIndent && !colons && traps.length === 0) return undefined;
  const trapSlips: YamlSlip[] = traps.map((trap) => ({ kind: 'trap', line: trap.line, column: trap.column, trap }));
  // A comment alone changes nothing to read again: the site reads the block as it is.
  if (!oddIndent && !colons && quoteAt.size === 0) return { frontMatter: fm, slips: trapSlips };

  let best: { frontMatter: YamlBlock; edits: Map<number, Edit[]> } | undefined;
  for (const tabWidth of [2, 4, 8]) {
    const { text, edits } = correct(fm.source, tabWidth, colons, quoteAt);
    const frontMatter = parseYaml(text, fm.startLine);
    if (!best || frontMatter.errors.length < best.frontMatter.errors.length) best = { frontMatter, edits };
    if (frontMatter.errors.length === 0 || !fm.source.includes('\t')) break;
  }
  const { frontMatter, edits } = best!;
  frontMatter.columnMap = (line, column) => originalColumn(edits.get(line - fm.startLine) ?? [], column);

  const slips: LayoutSlip[] = [];
  const indentSlip = (kind: 'tab' | 'odd-space', test: (ch: string) => boolean) => {
    const bad = lines.map((text, i) => ({ i, at: [...LEADING_BLANK.exec(text)![0]].findIndex(test) })).filter((l) => l.at !== -1);
    if (bad.length === 0) return;
    const first = bad[0]!;
    const char = [...lines[first.i]!][first.at]!;
    slips.push({ line: fm.startLine + first.i, column: first.at + 1, kind, count: bad.length, ...(kind === 'odd-space' ? { char: codePoint(char) } : {}) });
  };
  indentSlip('tab', (ch) => ch === '\t');
  indentSlip('odd-space', (ch) => ch !== ' ' && ch !== '\t');
  if (colons) {
    lines.forEach((text, i) => {
      const indent = LEADING_BLANK.exec(text)![0].length;
      const match = FULL_WIDTH_KEY.exec(text.slice(indent));
      if (!match) return;
      const column = indent + text.slice(indent).indexOf('：', match[1]!.length + match[2]!.length) + 1;
      slips.push({ line: fm.startLine + i, column, kind: 'full-width-colon', count: 1, key: match[2]! });
    });
  }
  return { frontMatter, slips: [...slips, ...trapSlips].sort((a, b) => a.line - b.line || a.column - b.column) };
}
