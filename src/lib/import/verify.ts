import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { toString } from 'mdast-util-to-string';
import { chineseYearsToDigits } from './chinese-year.ts';
import { toAsciiDigits } from '../schemas/index.ts';
import { fieldsOf, splitFrontMatter } from '../front-matter/index.ts';
import type { OutputFile } from './render.ts';
import { AWARD_BULLET, type Placement } from './structure.ts';

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
const STRUCTURAL = new Set(['section-heading', 'award-separator']);
const SPACE = /[ \t\u00a0\u3000]+/g;

/** Sentences of a paragraph, each with its closing mark: `甲。乙！丙` → `甲。`, `乙！`, `丙`. */
export function sentencesOf(paragraph: string): string[] {
  return (paragraph.replace(SPACE, '').match(/[^。！？]+[。！？”]*|[。！？]+/g) ?? []).map((s) => s.replace(/^(?:——|—)/, '')).filter((s) => s !== '');
}

function count(haystack: string, needle: string): number {
  let n = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) n += 1;
  return n;
}

/** The reader-visible text of a Markdown body: what the site will show, escapes removed. */
function visibleText(markdown: string): string {
  const tree = unified().use(remarkParse).parse(markdown);
  return tree.children.map((node) => toString(node)).join('\n');
}

/** The text a file carries, as a reader of the site would read it. */
function fileText(file: OutputFile): { text: string; awards: Array<Record<string, unknown>> } {
  // The same reader as the site; a file it cannot read is the schema check's to report.
  const split = splitFrontMatter(file.text);
  const data = (split.frontMatter && fieldsOf(split.frontMatter)) ?? {};
  const body = visibleText(split.body);
  const title = typeof data.title === 'string' ? data.title : '';
  switch (file.kind) {
    case 'dossier':
      // The summary repeats the preface's first sentence, so it is not counted again.
      return { text: `${title}——${String(data.subtitle ?? '')}\n${body}`, awards: [] };
    case 'article':
      return { text: `${title}${/[。！？]$/.test(title) ? '' : '。'}\n${body}`, awards: [] };
    case 'achievements':
      return { text: body, awards: Array.isArray(data.awards) ? data.awards : [] };
    default:
      return { text: body, awards: [] };
  }
}

function digitsOf(text: string): string {
  return (toAsciiDigits(chineseYearsToDigits(text)).match(/\d+/g) ?? []).join('');
}

/**
 * Whether a written award still says everything its source item said: the item ends with the
 * award's title, and the year text before the title is either in the award's `note` or has the
 * same digits as its `years`.
 */
export function awardCoversItem(item: string, award: Record<string, unknown>): boolean {
  const source = item.replace(/\s+/g, '');
  const title = String(award.title ?? '').replace(/\s+/g, '');
  if (title === '' || !source.endsWith(title)) return false;
  const yearText = source.slice(0, source.length - title.length);
  if (yearText === '') return award.years === undefined;
  if (typeof award.note === 'string' && award.note.includes(yearText)) return true;
  const written = Array.isArray(award.years) ? award.years.join('') : String(award.years ?? '');
  return digitsOf(yearText) === digitsOf(written) && digitsOf(yearText) !== '';
}

/**
 * Checks, before anything is written, that every sentence of the input lands in the output
 * exactly as often as the input has it (so in exactly one file), and that every award item is
 * fully carried by one award. Works on the rendered files, parsed back as the site will read
 * them, so a mistake anywhere between reading and rendering shows up here.
 */
export function findTextLoss(placements: readonly Placement[], files: readonly OutputFile[]): TextLoss[] {
  const losses: TextLoss[] = [];
  const content = placements.filter((p) => !STRUCTURAL.has(p.role) && p.role !== 'award');
  const inputText = content.map((p) => p.block.text.replace(SPACE, '')).join('\n');
  const texts = files.map((f) => ({ path: f.path, ...fileText(f) }));
  const outputText = texts.map((t) => t.text.replace(SPACE, '')).join('\n');

  const seen = new Set<string>();
  for (const p of content) {
    for (const sentence of sentencesOf(p.block.text)) {
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

  // Award items: the n-th item must be carried by the n-th award, and there must be no extra awards.
  const items = new Map<number, { text: string; where: string }>();
  for (const p of placements) {
    if (p.role !== 'award' || p.index === undefined) continue;
    const item = items.get(p.index);
    items.set(p.index, item ? { ...item, text: `${item.text}${p.block.text}` } : { text: p.block.text.replace(AWARD_BULLET, ''), where: p.block.where });
  }
  const awards = texts.flatMap((t) => t.awards);
  for (const [index, item] of items) {
    const award = awards[index];
    if (!award || !awardCoversItem(item.text, award)) losses.push({ kind: 'award-lost', text: item.text, where: item.where });
  }
  if (awards.length > items.size) {
    for (const extra of awards.slice(items.size)) {
      losses.push({ kind: 'duplicated', text: String(extra.title ?? ''), where: '', files: texts.filter((t) => t.awards.includes(extra)).map((t) => t.path) });
    }
  }
  return losses;
}
