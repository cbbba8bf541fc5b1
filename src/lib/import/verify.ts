import { toString } from 'mdast-util-to-string';
import type { Nodes } from 'mdast';
import { chineseYearsToDigits } from './chinese-year.ts';
import { parseMarkdown } from '../markdown/parse.ts';
import { fieldsOf, splitFrontMatter } from '../front-matter/index.ts';
import { normaliseLevel, toAsciiDigits } from '../schemas/index.ts';
import { quotedYears, type AwardSource } from './award-item.ts';
import { markerOf, withoutListEnd } from './award-run.ts';
import type { OutputFile } from './render.ts';
import type { BlockNote } from './block.ts';
import type { ImportedAwardItem, Placement } from './imported.ts';

/** A piece of the input that is missing from the output, or present more often than in the input. */
export interface TextLoss {
  kind: 'lost' | 'duplicated' | 'award-lost';
  /** The sentence or award item, as normalised for the comparison. */
  text: string;
  /** Where the input had it. */
  where: string;
  /** Files that hold it, for duplicates. */
  files?: string[];
}

// Roles whose text is structure, not content: it is carried by a folder or by the list layout.
// A group label over awards (`省级：`, `2019年`) is carried by the level or years of the awards under it.
const STRUCTURAL = new Set(['section-heading', 'award-separator', 'award-group', 'award']);
const SPACE = /[ \t\u00a0\u3000]+/g;

/** Sentences of a paragraph, each with its closing mark: `甲。乙！丙` → `甲。`, `乙！`, `丙`. */
export function sentencesOf(paragraph: string): string[] {
  return (paragraph.replace(SPACE, '').match(/[^。！？\n]+[。！？”]*|[。！？]+/g) ?? []).map((s) => s.replace(/^(?:——|—)/, '')).filter((s) => s !== '');
}

function count(haystack: string, needle: string): number {
  let n = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) n += 1;
  return n;
}

/**
 * The reader-visible text of a Markdown body, one line per paragraph, heading or table cell,
 * escapes removed; and apart from it, the text of its notes, which the site lists under 注释.
 */
function visibleText(markdown: string): { body: string; notes: string } {
  const tree = parseMarkdown(markdown);
  const lines: string[] = [];
  const notes: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'table') {
      for (const row of node.children) for (const cell of row.children) lines.push(toString(cell, { includeImageAlt: false }));
      return;
    }
    if (node.type === 'footnoteDefinition') notes.push(...node.children.map((child) => toString(child, { includeImageAlt: false })));
    else if (node.type === 'root') node.children.forEach(walk);
    else lines.push(toString(node, { includeImageAlt: false }));
  };
  walk(tree);
  return { body: lines.join('\n'), notes: notes.join('\n') };
}

/** The text a file carries, as a reader of the site would read it: its own, its notes', its awards. */
function fileText(file: OutputFile): { text: string; notes: string; awards: Array<Record<string, unknown>> } {
  if (file.text === undefined) return { text: '', notes: '', awards: [] };
  // The same reader as the site; a file it cannot read is the schema check's to report.
  const split = splitFrontMatter(file.text);
  const data = (split.frontMatter && fieldsOf(split.frontMatter)) ?? {};
  const { body, notes } = visibleText(split.body);
  const title = typeof data.title === 'string' ? data.title : '';
  switch (file.kind) {
    case 'dossier':
      // The summary repeats the preface's first sentence, so it is not counted again.
      return { text: `${title}——${String(data.subtitle ?? '')}\n${body}`, notes, awards: [] };
    case 'article':
      return { text: `${title}${/[。！？]$/.test(title) ? '' : '。'}\n${body}`, notes, awards: [] };
    case 'achievements':
      return { text: body, notes, awards: Array.isArray(data.awards) ? data.awards : [] };
    default:
      return { text: body, notes, awards: [] };
  }
}

const compact = (text: string) => text.replace(/[\s\u00a0\u3000]+/g, '');
const digitsOf = (text: string) => (toAsciiDigits(chineseYearsToDigits(text)).match(/\d+/g) ?? []).join('');

/**
 * Whether a written award still says everything its source said: the same name, the years it
 * was written with, or that its group's label gave it (or the source's wording in `note`), and a
 * table's level and issuer cells.
 */
export function awardCoversSource(source: AwardSource, award: Record<string, unknown>): boolean {
  if (compact(String(award.title ?? '')) !== compact(source.title) || compact(source.title) === '') return false;
  const note = typeof award.note === 'string' ? award.note : '';
  // A name taken out of a sentence is carried with the sentence, word for word, in note.
  if (source.sentence !== undefined && !compact(note).includes(compact(source.sentence))) return false;
  const years = Array.isArray(award.years) ? award.years.join('') : String(award.years ?? '');
  const written = source.years || source.groupYears || '';
  const yearsOk = written === '' ? award.years === undefined : note.includes(quotedYears(written)) || digitsOf(written) === digitsOf(years);
  const levelOk = source.level === undefined || award.level === normaliseLevel(source.level) || note.includes(source.level);
  const issuerOk = source.issuer === undefined || award.issuer === source.issuer;
  return yearsOk && levelOk && issuerOk;
}

/**
 * Checks, before anything is written, that every sentence of the input lands in the output
 * exactly as often as the input has it (so in exactly one file), that every sentence of the notes
 * carried is among the output's notes, and that every award item is fully carried by its award:
 * the item is its years and its name and nothing else, and the written award holds both. Works on
 * the rendered files, parsed back as the site will read them, so a mistake anywhere between
 * reading and rendering shows up here.
 */
export function findTextLoss(placements: readonly Placement[], awards: readonly ImportedAwardItem[], files: readonly OutputFile[], notes: readonly BlockNote[] = []): TextLoss[] {
  const losses: TextLoss[] = [];
  const content = placements.filter((p) => !STRUCTURAL.has(p.role));
  const pieces = (p: Placement) => (p.block.table ? p.block.table.flat() : [p.text]);
  const inputText = content.flatMap(pieces).map((t) => t.replace(SPACE, '')).join('\n');
  const texts = files.map((f) => ({ path: f.path, ...fileText(f) }));
  const outputText = texts.map((t) => t.text.replace(SPACE, '')).join('\n');

  const seen = new Set<string>();
  for (const p of content) {
    for (const sentence of pieces(p).flatMap(sentencesOf)) {
      if (seen.has(sentence)) continue;
      seen.add(sentence);
      const wanted = count(inputText, sentence);
      const found = count(outputText, sentence);
      if (found < wanted) losses.push({ kind: 'lost', text: sentence, where: p.block.where });
      else if (found > wanted) {
        const holders = texts.filter((t) => t.text.replace(SPACE, '').includes(sentence)).map((t) => t.path);
        losses.push({ kind: 'duplicated', text: sentence, where: p.block.where, files: holders });
      }
    }
  }

  // A note referenced from two files is listed in both, so its sentences are only required to be there.
  const outputNotes = texts.map((t) => t.notes.replace(SPACE, '')).join('\n');
  for (const note of notes) {
    for (const sentence of sentencesOf(note.text)) if (!outputNotes.includes(sentence)) losses.push({ kind: 'lost', text: sentence, where: note.where });
  }

  // Award items: the n-th item must be carried by the n-th award, and there must be no extra awards.
  const written = texts.flatMap((t) => t.awards);
  awards.forEach((item, index) => {
    const placed = placements.filter((p) => p.role === 'award' && p.index === index);
    const where = placed[0]?.block.where ?? '';
    const asWritten = placed[0]?.block.table ? undefined : compact(withoutListEnd(markerOf(placed.map((p) => p.text).join(' ').trim()).rest));
    const { years, title, issuer = '' } = item.source;
    const parts = [compact(years + title + issuer), compact(title + issuer + years), compact(item.source.sentence ?? '')];
    const whole = asWritten === undefined || parts.includes(asWritten);
    const award = written[index];
    if (!whole || !award || !awardCoversSource(item.source, award)) {
      losses.push({ kind: 'award-lost', text: asWritten ?? item.source.title, where });
    }
  });
  for (const extra of written.slice(awards.length)) {
    losses.push({ kind: 'duplicated', text: String(extra.title ?? ''), where: '', files: texts.filter((t) => t.awards.includes(extra)).map((t) => t.path) });
  }
  return losses;
}
