import { AWARDS_SLOT_HTML } from './remark-awards-slot.ts';

/**
 * Splits a rendered achievements body where its `<!-- awards -->` line was: the introduction
 * before, the closing text after. Without the marker the whole body is the introduction.
 */
export function splitAtAwardsSlot(html: string): { before: string; after: string } {
  const at = html.indexOf(AWARDS_SLOT_HTML);
  if (at === -1) return { before: html, after: '' };
  return { before: html.slice(0, at), after: html.slice(at + AWARDS_SLOT_HTML.length) };
}
