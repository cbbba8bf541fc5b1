import { AWARDS_MARKER } from '../constants.ts';

/**
 * The body of an achievements file from its two texts: the introduction, the `<!-- awards -->`
 * line where the table goes, and the closing, a blank line between each.
 */
export function achievementsBody(intro: string, closing: string): string {
  return [intro.trim(), AWARDS_MARKER, closing.trim()].filter((part) => part !== '').join('\n\n');
}

/**
 * Splits an achievements body at its `<!-- awards -->` line into the introduction and the
 * closing, the inverse of {@link achievementsBody}. Without the line the whole body is the
 * introduction, as the site shows it.
 */
export function splitAchievementsBody(body: string): { intro: string; closing: string } {
  const lines = body.split('\n');
  const at = lines.findIndex((line) => line.trim() === AWARDS_MARKER);
  if (at === -1) return { intro: body.trim(), closing: '' };
  return { intro: lines.slice(0, at).join('\n').trim(), closing: lines.slice(at + 1).join('\n').trim() };
}
