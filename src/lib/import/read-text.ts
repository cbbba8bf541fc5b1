import stringWidth from 'string-width';
import { splitYears } from './award-item.ts';
import { markerOf } from './award-run.ts';
import type { ReadResult } from './block.ts';
import { blockCollector } from './block-collector.ts';
import { chromeReason } from './chrome.ts';
import { opensNumberedPoint } from './opening.ts';
import { sectionKindOf } from './section-heading.ts';

// Spaces that separate the paragraphs of a line pasted from a web page.
const SPACES = /[ \u00a0\u3000]+/;
const SINGLE_CHINESE_CHARACTER = /^[\u3400-\u9fff]$/;
const PAGE_COUNT = /^\d{1,3}$/;
const LINE_END = /\r\n|\r|\n/;

/**
 * Splits a whole-document line into paragraphs at its spaces. Runs of single characters are one
 * heading typed with spaces between its characters (`管 理 篇`), so they are joined again.
 */
function splitDocumentLine(line: string): string[] {
  const parts: string[] = [];
  for (const chunk of line.split(SPACES).filter((c) => c !== '')) {
    const previous = parts.at(-1);
    const previousIsSpelledOut = previous !== undefined && previous.split(' ').every((c) => SINGLE_CHINESE_CHARACTER.test(c));
    if (SINGLE_CHINESE_CHARACTER.test(chunk) && previousIsSpelledOut) parts[parts.length - 1] = `${previous} ${chunk}`;
    else parts.push(chunk);
  }
  return parts;
}

const length = (line: string) => line.replace(/\s+/g, '').length;

/**
 * How a text file is laid out, decided once for the whole file: one paragraph per line, or the
 * whole document pasted on one line with single spaces between its paragraphs (as copied from a
 * document-sharing page). It is a pasted line only when that line holds most of the file's text
 * and no other line is a section heading; a long line of a normal file (an award list written
 * `—— A —— B …`) is a paragraph like any other.
 *
 * @returns the index of the pasted line, or -1 for one paragraph per line
 */
export function pastedLineOf(lines: readonly string[]): number {
  const total = lines.reduce((sum, line) => sum + length(line), 0);
  let longest = -1;
  lines.forEach((line, i) => {
    if (longest === -1 || length(line) > length(lines[longest]!)) longest = i;
  });
  if (longest === -1 || length(lines[longest]!) * 2 <= total) return -1;
  if (lines.some((line, i) => i !== longest && sectionKindOf(line) !== undefined)) return -1;
  return splitDocumentLine(lines[longest]!.trim()).length > 1 ? longest : -1;
}

// A line ending with one of these ends its paragraph, however wide it is.
const PARAGRAPH_END = /[。！？!?…][”’」』）)]?$/;
// Columns a wrapped line may fall short of the wrap width: a wide character that did not fit.
const WRAP_SLACK = 4;
// Wrap widths narrower than this are lists of short lines, not wrapped text.
const MIN_WRAP = 30;
// Lines that must reach the wrap width before a file counts as wrapped.
const MIN_WRAPPED = 4;

/**
 * How wide a line is, two ways, for a file whose paragraphs were broken at one width: in columns
 * as a fixed-width page counts them (a Chinese character or mark takes two, a digit one), as a PDF
 * breaks lines by the width of its page; or in characters (two columns each), as an editor breaks
 * them after a count of characters. A paragraph's indent is part of its first line's width.
 */
const MEASURES: ReadonlyArray<(line: string) => number> = [(line) => stringWidth(line.trimEnd(), { ambiguousIsNarrow: false }), (line) => 2 * [...line.trimEnd()].length];

/** How far a line reaches towards the width its file was broken at, by whichever measure says more. */
const reach = (line: string) => Math.max(...MEASURES.map((measure) => measure(line)));

/** Whether a line ends with years, as an award written `名称（2019年）` or `名称 2019年` does. */
function endsWithYears(text: string): boolean {
  const { years } = splitYears(text);
  return years !== '' && !text.startsWith(years);
}

/**
 * Whether a line stands as a paragraph of its own whatever comes before it: indented, a section
 * heading, a numbered point, a list item, or an award's years first or last.
 */
function standsAlone(line: string): boolean {
  if (/^(?:\u3000|[ \t]{2})/.test(line)) return true;
  const text = line.trim();
  return sectionKindOf(text) !== undefined || opensNumberedPoint(text) || markerOf(text).marker !== 'none' || splitYears(text).years !== '';
}

// A line ending in 纪实 is a dossier's title or subtitle, a line of its own however wide.
const TITLE_END = /纪实$/;

/** Whether a line ends mid-paragraph with another line after it: the lines a wrapped file breaks. */
const breaksOff = (line: string, next: string | undefined) => {
  const text = line.trim();
  return text !== '' && (next ?? '').trim() !== '' && !line.includes('\t') && !PARAGRAPH_END.test(text) && !TITLE_END.test(text) && !endsWithYears(text);
};

/** Whether line `i` runs on into the next when the file's lines were broken at `width`. */
export const runsOn = (lines: readonly string[], i: number, width: number) =>
  breaksOff(lines[i]!, lines[i + 1]) && reach(lines[i]!) > width - WRAP_SLACK && !standsAlone(lines[i + 1]!);

/**
 * The width at which a text file's paragraphs were broken into lines (text copied out of a PDF, or
 * saved with a line length), or undefined when they were not. Decided once for the whole file, in
 * columns, else in characters: at least {@link MIN_WRAPPED} of the lines that end mid-sentence
 * with a line after them reach within {@link WRAP_SLACK} columns of the widest such width; no more
 * than one line in ten of the file is wider; and the lines joined at that width make paragraphs
 * that end as sentences do, at least two and at least half of them. In a file of one paragraph per
 * line the paragraphs are wider than the lines that end mid-sentence (titles, headlines, awards).
 */
export function wrapWidthOf(lines: readonly string[]): number | undefined {
  const written = lines.filter((line) => line.trim() !== '');
  for (const measure of MEASURES) {
    const open = lines.flatMap((line, i) => (breaksOff(line, lines[i + 1]) ? [measure(line)] : []));
    for (const width of [...new Set(open)].sort((a, b) => b - a)) {
      if (width < MIN_WRAP) break;
      const near = open.filter((w) => w <= width && w > width - WRAP_SLACK).length;
      if (near < MIN_WRAPPED) continue;
      if (written.filter((line) => measure(line) > width).length * 10 > written.length) break;
      // Each run of joined lines ends at its last line: a sentence's end when the file was broken at this width.
      const ends = lines.flatMap((line, i) => (i > 0 && runsOn(lines, i - 1, width) && !runsOn(lines, i, width) ? [line.trim()] : []));
      const sentences = ends.filter((end) => PARAGRAPH_END.test(end)).length;
      if (sentences >= 2 && sentences * 2 >= ends.length) return width;
      break;
    }
  }
  return undefined;
}

/**
 * Two lines of one paragraph joined: Chinese text and a number cut in two run on, Latin words keep
 * the space the line break took (`ISO` / `9001`).
 */
export const joinLines = (line: string, next: string) =>
  /[A-Za-z0-9]$/.test(line) && /^[A-Za-z0-9]/.test(next) && !(/\d$/.test(line) && /^\d/.test(next)) ? `${line} ${next}` : line + next;

// Cells of a row copied out of a Word or spreadsheet table: tab-separated.
const cellsOf = (line: string) => line.split('\t').map((c) => c.trim());

/**
 * Reads a plain-text dossier, laid out one paragraph per line, with its paragraphs broken into
 * lines of one width (see {@link wrapWidthOf}; such lines are joined again), or pasted on one line
 * (see {@link pastedLineOf}). Lines of page chrome, and a page count after a pasted line, are skipped
 * and reported; around a pasted line every other line is the page and is skipped too. Two or more
 * consecutive tab-separated lines with the same number of cells are a table.
 */
export function readText(source: string): ReadResult {
  const { result, add } = blockCollector();
  const lines = source.replace(/^\ufeff/, '').split(LINE_END);
  const pasted = pastedLineOf(lines);
  const wrap = pasted === -1 ? wrapWidthOf(lines) : undefined;
  let joined = 0;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!.trim();
    const lineNo = index + 1;
    if (line === '') continue;
    if (pasted !== -1 && index !== pasted) {
      result.skipped.push({ where: `第 ${lineNo} 行`, text: line, reason: chromeReason(line) ?? 'outside-document' });
      continue;
    }
    if (index === pasted) {
      const parts = splitDocumentLine(line);
      // The capture ends with the page widget's total page count, glued on after the last paragraph.
      while (parts.length > 0 && PAGE_COUNT.test(parts.at(-1)!)) {
        result.skipped.push({ where: `第 ${lineNo} 行末尾`, text: parts.pop()!, reason: 'page-counter' });
      }
      parts.forEach((part, i) => add(part, `第 ${lineNo} 行第 ${i + 1} 段`));
      continue;
    }
    const width = cellsOf(lines[index]!).length;
    let end = index;
    while (width > 1 && end + 1 < lines.length && cellsOf(lines[end + 1]!).length === width) end += 1;
    if (end > index) {
      const rows = lines.slice(index, end + 1).map(cellsOf);
      add(rows.map((r) => r.join(' ')).join('\n'), `第 ${lineNo}–${end + 1} 行`, { table: rows });
      index = end;
      continue;
    }
    // A line as wide as the file's wrap width that ends mid-sentence runs on into the next one.
    let text = line;
    end = index;
    while (wrap !== undefined && runsOn(lines, end, wrap)) {
      end += 1;
      text = joinLines(text, lines[end]!.trim());
    }
    joined += end - index;
    add(text, end > index ? `第 ${lineNo}–${end + 1} 行` : `第 ${lineNo} 行`);
    index = end;
  }
  return wrap !== undefined && joined > 0 ? { ...result, joined: { lines: joined, width: wrap } } : result;
}
