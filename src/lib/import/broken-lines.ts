// Paragraphs broken into lines of one width: text copied out of a PDF, saved with a line length,
// converted to Markdown with one, or pasted into Word a line to a paragraph. Each reader asks
// wrapWidthOf whether its input was broken so, and joins the lines that run on.
import stringWidth from 'string-width';
import { endsAsSubtitle } from './anchors.ts';
import { splitYears } from './award-item.ts';
import { markerOf } from './award-run.ts';
import type { Block } from './block.ts';
import { opensNumberedPoint } from './opening.ts';
import { sectionKindOf } from './section-heading.ts';

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

/**
 * Whether a line is an award of a list, whole by itself however wide: years last (`名称（2019年）`,
 * `名称 2019年`), or years first and one name, without the commas of a sentence or the —— of a
 * list typed on one line.
 */
function awardLine(text: string): boolean {
  const { years, title } = splitYears(text);
  return years !== '' && (!text.startsWith(years) || !/[，,；;。]|——/.test(title));
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

/**
 * Whether a line ends mid-paragraph with another line after it: the lines a wrapped file breaks.
 * A dossier's title or subtitle is a line of its own however wide.
 */
const breaksOff = (line: string, next: string | undefined) => {
  const text = line.trim();
  return text !== '' && (next ?? '').trim() !== '' && !line.includes('\t') && !PARAGRAPH_END.test(text) && !endsAsSubtitle(text) && !awardLine(text);
};

/** Whether line `i` runs on into the next when the file's lines were broken at `width`. */
export const runsOn = (lines: readonly string[], i: number, width: number) =>
  breaksOff(lines[i]!, lines[i + 1]) && reach(lines[i]!) > width - WRAP_SLACK && !standsAlone(lines[i + 1]!);

/**
 * The width at which a document's paragraphs were broken into lines, or undefined when they were
 * not; `lines` are its lines in order, with an empty one wherever a paragraph surely ends. Decided
 * once for the whole document, in columns, else in characters: at least {@link MIN_WRAPPED} of the
 * lines that end mid-sentence with a line after them reach within {@link WRAP_SLACK} columns of
 * one width (the widest for which that holds); no more than one line in ten is wider; and the
 * lines joined at that width make paragraphs that end as sentences do, at least two and at least
 * half of them. In a document of one paragraph per line the paragraphs are wider than the lines
 * that end mid-sentence (titles, headlines, awards).
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

/** A paragraph with nothing but text in it: the kind a line of a page pasted as a paragraph makes. */
const plainText = (block: Block) =>
  block.text !== '' && block.heading === undefined && block.style === undefined && block.list === undefined && block.table === undefined && block.images === undefined;

/**
 * Blocks of a document whose paragraphs are lines of a page (text copied out of a PDF into Word, a
 * line to a paragraph), joined back into paragraphs by the rule {@link wrapWidthOf} finds for
 * text, and how many joins it made. Only blocks of plain text join; a note keeps its place in the
 * joined text, and a bold opening stays the joined paragraph's.
 */
export function joinBrokenBlocks(blocks: readonly Block[]): { blocks: Block[]; joined?: { lines: number; width: number } } {
  const lines = blocks.map((block) => (plainText(block) ? block.text : ''));
  const width = wrapWidthOf(lines);
  if (width === undefined) return { blocks: [...blocks] };
  const joined: Block[] = [];
  let count = 0;
  blocks.forEach((block, i) => {
    const last = joined.at(-1);
    if (last === undefined || !runsOn(lines, i - 1, width) || block.lead !== undefined) {
      joined.push({ ...block, id: joined.length + 1 });
      return;
    }
    const text = joinLines(last.text, block.text);
    const shift = text.length - block.text.length;
    const notes = [...(last.notes ?? []), ...(block.notes ?? []).map((note) => ({ ...note, at: note.at + shift }))];
    const [from] = /\d+/.exec(last.where) ?? [];
    const [to] = /\d+/.exec(block.where) ?? [];
    const where = from !== undefined && to !== undefined ? last.where.replace(/(\d+)(?:–\d+)?/, `${from}–${to}`) : last.where;
    joined[joined.length - 1] = { ...last, text, where, ...(notes.length > 0 ? { notes } : {}) };
    count += 1;
  });
  return count > 0 ? { blocks: joined, joined: { lines: count, width } } : { blocks: joined };
}
