// Footnotes and endnotes of an input document, carried into the Markdown the site renders as notes
// (`正文[^1]` and `[^1]: 注释`). A reader marks where each note's reference stood in a paragraph's
// raw text with NOTE_MARK; the block collector turns the marks into offsets in the normalised text,
// so every step in between sees the paragraph's text exactly as it would without notes.
import type { Block, BlockNote, NotCarried } from './block.ts';
import type { BodyPart, ImportedDossier } from './imported.ts';
import { normaliseText } from './normalise.ts';

/** Stands in a paragraph's raw text where a note's reference was: a private-use character no document holds. */
export const NOTE_MARK = '\uE000';

/** The text without its NOTE_MARKs: what a reader of the page sees of it. */
export function unmarked(text: string): string {
  return text.split(NOTE_MARK).join('');
}

/** A note as a reader found it, before its reference has an offset in the normalised text. */
export type NoteSource = Omit<BlockNote, 'at'>;

/** A note's text from its paragraphs, each normalised as a paragraph of the text is, one per line. */
export function noteText(paragraphs: readonly string[]): string {
  return paragraphs
    .map(normaliseText)
    .filter((paragraph) => paragraph !== '')
    .join('\n');
}

/**
 * The notes of a paragraph with offsets in its normalised `text`: `marked` is the raw text with a
 * {@link NOTE_MARK} per note, normalised the same way. When normalising moved the marks relative
 * to the text (it never should), every reference goes to the paragraph's end rather than to a
 * wrong place.
 */
export function placeNotes(text: string, marked: string, notes: readonly NoteSource[]): BlockNote[] {
  const offsets: number[] = [];
  let removed = 0;
  for (let i = marked.indexOf(NOTE_MARK); i !== -1; i = marked.indexOf(NOTE_MARK, i + 1)) offsets.push(i - removed++);
  const kept = unmarked(marked) === text && offsets.length === notes.length;
  return notes.map((note, i) => ({ ...note, at: kept ? offsets[i]! : text.length }));
}

/** The notes of a block whose reference lies in `rest`, the end of its text, with offsets into `rest`. */
export function notesIn(block: Block, rest: string): BlockNote[] {
  const from = block.text.length - rest.length;
  if (!block.notes || rest === '' || !block.text.endsWith(rest)) return [];
  return block.notes.filter((note) => note.at >= from).map((note) => ({ ...note, at: note.at - from }));
}

/** A note as not carried, for the report, when its reference was in text that became no paragraph. */
export function notCarriedNote(note: NoteSource): NotCarried {
  return { kind: note.kind, where: note.where, text: note.text };
}

/** The notes a reader found that no paragraph it kept references (only a table cell, or nothing), listed as not carried. */
export function unreferencedNotes(notes: ReadonlyMap<string, NoteSource>, referenced: ReadonlySet<string>): NotCarried[] {
  return [...notes.values()].filter((note) => !referenced.has(note.id)).map(notCarriedNote);
}

function partsOfDossier(dossier: ImportedDossier): BodyPart[] {
  return [
    ...dossier.preface,
    ...dossier.sections.flatMap((section) => [...section.intro, ...section.articles.flatMap((article) => article.body)]),
    ...(dossier.achievements ? [...dossier.achievements.intro, ...dossier.achievements.closing] : []),
  ];
}

/** The notes a dossier's bodies carry, each once, in order. */
export function carriedNotes(dossier: ImportedDossier): BlockNote[] {
  const seen = new Set<string>();
  const notes: BlockNote[] = [];
  for (const part of partsOfDossier(dossier)) {
    if (part.kind !== 'text' && part.kind !== 'heading') continue;
    for (const note of part.notes ?? []) {
      if (seen.has(note.id)) continue;
      seen.add(note.id);
      notes.push(note);
    }
  }
  return notes;
}

/**
 * The notes of `blocks` that no body carries: their reference was in a title, a heading of the
 * dossier's structure, an award or page chrome. Each is listed once, however often it was referenced.
 */
export function uncarriedNotes(blocks: readonly Block[], dossier: ImportedDossier): NotCarried[] {
  const carried = new Set(carriedNotes(dossier).map((note) => note.id));
  const listed = new Set<string>();
  const missing: NotCarried[] = [];
  for (const note of blocks.flatMap((block) => block.notes ?? [])) {
    if (carried.has(note.id) || listed.has(note.id)) continue;
    listed.add(note.id);
    missing.push(notCarriedNote(note));
  }
  return missing;
}
