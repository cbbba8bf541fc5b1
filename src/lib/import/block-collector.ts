import type { Block, ReadResult } from './block.ts';
import { chromeReason } from './chrome.ts';
import { normaliseText } from './normalise.ts';

/** What a reader knows of a paragraph besides its text; the lead is normalised with the text. */
export type BlockMarks = Omit<Block, 'id' | 'text' | 'where'>;

/**
 * Collects a reader's blocks: each piece of text is normalised and becomes a block, unless it is
 * page chrome, which is set aside with its reason. Headings, tables and pictures are never chrome:
 * a document's own structure is content whatever it says.
 */
export function blockCollector() {
  const result: ReadResult = { blocks: [], skipped: [], notCarried: [], warnings: [] };
  const add = (raw: string, where: string, marks: BlockMarks = {}) => {
    const structural = marks.heading !== undefined || marks.table !== undefined || (marks.images?.length ?? 0) > 0;
    const reason = structural ? undefined : chromeReason(raw);
    if (reason) {
      result.skipped.push({ where, text: raw.trim(), reason });
      return;
    }
    const text = normaliseText(raw);
    if (text === '' && !structural) return;
    const block: Block = { id: result.blocks.length + 1, text, where, ...marks };
    if (marks.table) block.table = marks.table.map((row) => row.map(normaliseText));
    if (marks.lead !== undefined) {
      const lead = normaliseText(marks.lead);
      // A bold run that is not where the paragraph starts (a stray bold space) is no lead.
      if (lead === '' || !text.startsWith(lead)) delete block.lead;
      else block.lead = lead;
    }
    result.blocks.push(block);
  };
  return { result, add };
}
