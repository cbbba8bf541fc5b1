import type { Block, ReadResult } from './block.ts';
import { chromeReason } from './chrome.ts';
import { toFullWidthPunctuation } from './punctuation.ts';

/**
 * Collects a structured reader's blocks (Markdown, Word): each piece of text becomes a block with
 * full-width punctuation, unless it is page chrome, which is set aside with its reason. Headings
 * are never chrome: a document's own heading is content whatever it says.
 */
export function blockCollector() {
  const result: ReadResult = { blocks: [], skipped: [] };
  const add = (text: string, where: string, extra: Pick<Block, 'heading' | 'listItem'> = {}) => {
    const reason = extra.heading ? undefined : chromeReason(text);
    if (reason) result.skipped.push({ where, text, reason });
    else result.blocks.push({ id: result.blocks.length + 1, text: toFullWidthPunctuation(text), where, ...extra });
  };
  return { result, add };
}
