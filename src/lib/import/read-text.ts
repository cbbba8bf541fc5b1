import type { ReadResult } from './block.ts';
import { blockCollector } from './block-collector.ts';
import { joinLines, runsOn, wrapWidthOf } from './broken-lines.ts';
import { chromeReason } from './chrome.ts';
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
