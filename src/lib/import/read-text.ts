import type { Block, ReadResult } from './block.ts';
import { chromeReason } from './chrome.ts';
import { toFullWidthPunctuation } from './punctuation.ts';

// A line pasted from a web page that holds the whole document: many space-separated chunks and
// far longer than any real paragraph. Its single spaces are the paragraph breaks.
const WHOLE_DOCUMENT_MIN_CHUNKS = 8;
const WHOLE_DOCUMENT_MIN_LENGTH = 300;
const SPACES = /[ \u00a0]+/;
const SINGLE_CHINESE_CHARACTER = /^[\u3400-\u9fff]$/;
const PAGE_COUNT = /^\d{1,3}$/;

function isWholeDocumentLine(line: string): boolean {
  return line.length >= WHOLE_DOCUMENT_MIN_LENGTH && line.split(SPACES).length >= WHOLE_DOCUMENT_MIN_CHUNKS;
}

/**
 * Splits a whole-document line into paragraphs at its spaces. Runs of single characters are one
 * heading typed with spaces between its characters (`管 理 篇`), so they are joined again.
 */
function splitDocumentLine(line: string): string[] {
  const parts: string[] = [];
  for (const chunk of line.split(SPACES).filter((c) => c !== '')) {
    const previous = parts.at(-1);
    const previousIsSpelledOut =
      previous !== undefined && previous.split(' ').every((c) => SINGLE_CHINESE_CHARACTER.test(c));
    if (SINGLE_CHINESE_CHARACTER.test(chunk) && previousIsSpelledOut) parts[parts.length - 1] = `${previous} ${chunk}`;
    else parts.push(chunk);
  }
  return parts;
}

/**
 * Reads a plain-text dossier: one paragraph per line, or the whole document on one line with its
 * paragraphs separated by single spaces (as copied from a document-sharing page). Lines that are
 * page chrome, and a page count at the end of a whole-document line, are skipped and reported;
 * with a whole-document line, all other lines are the page around it and are skipped too.
 */
export function readText(source: string): ReadResult {
  const result: ReadResult = { blocks: [], skipped: [] };
  const lines = source.split(/\r?\n/);
  // When the document came as one pasted line, every other line is the page around it.
  const documentLine = lines.findIndex((l) => isWholeDocumentLine(l.trim()));
  let id = 0;
  const add = (text: string, where: string) => {
    id += 1;
    const block: Block = { id, text: toFullWidthPunctuation(text), where };
    result.blocks.push(block);
  };
  lines.forEach((raw, index) => {
    const line = raw.replace(/^\ufeff/, '').trim();
    const lineNo = index + 1;
    if (line === '') return;
    if (!isWholeDocumentLine(line)) {
      const reason = chromeReason(line) ?? (documentLine === -1 ? undefined : 'outside-document');
      if (reason) result.skipped.push({ where: `第 ${lineNo} 行`, text: line, reason });
      else add(line, `第 ${lineNo} 行`);
      return;
    }
    const parts = splitDocumentLine(line);
    // The capture ends with the page widget's total page count, glued on after the last paragraph.
    while (parts.length > 0 && PAGE_COUNT.test(parts.at(-1)!)) {
      result.skipped.push({ where: `第 ${lineNo} 行末尾`, text: parts.pop()!, reason: 'page-counter' });
    }
    parts.forEach((part, i) => add(part, `第 ${lineNo} 行第 ${i + 1} 段`));
  });
  return result;
}
