import type { Block, ReadResult } from './block.ts';
import { chromeReason } from './chrome.ts';
import { notCarriedNote, placeNotes, unmarked, type NoteSource } from './footnotes.ts';
import { normaliseText } from './normalise.ts';

/**
 * What a reader knows of a paragraph besides its text; the lead is normalised with the text. The
 * raw text holds a NOTE_MARK where each of `notes` was referenced, in their order.
 */
export type BlockMarks = Omit<Block, 'id' | 'text' | 'where' | 'notes'> & { notes?: readonly NoteSource[] };

/**
 * Collects a reader's blocks: each piece of text is normalised and becomes a block, unless it is
 * page chrome, which is set aside with its reason. Headings, tables and pictures are never chrome:
 * a document's own structure is content whatever it says.
 */
export function blockCollector() {
  const result: ReadResult = { blocks: [], skipped: [], notCarried: [], warnings: [] };
  const add = (marked: string, where: string, { notes = [], ...marks }: BlockMarks = {}) => {
    const raw = unmarked(marked);
    const structural = marks.heading !== undefined || marks.table !== undefined || (marks.images?.length ?? 0) > 0;
    const reason = structural ? undefined : chromeReason(raw);
    const text = reason ? '' : normaliseText(raw);
    if (reason || (text === '' && !structural)) {
      if (reason) result.skipped.push({ where, text: raw.trim(), reason });
      // A note referenced from text that is left out is listed, not lost.
      result.notCarried.push(...notes.map(notCarriedNote));
      return;
    }
    const block: Block = { id: result.blocks.length + 1, text, where, ...marks };
    if (notes.length > 0) block.notes = placeNotes(text, normaliseText(marked), notes);
    if (marks.table) block.table = marks.table.map((row) => row.map(normaliseText));
    if (marks.lead !== undefined) {
      const lead = normaliseText(unmarked(marks.lead));
      // A bold run that is not where the paragraph starts (a stray bold space) is no lead.
      if (lead === '' || !text.startsWith(lead)) delete block.lead;
      else block.lead = lead;
    }
    result.blocks.push(block);
  };
  return { result, add };
}
