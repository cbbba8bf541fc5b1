import { gfmFootnoteToMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughToMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { PhrasingContent } from 'mdast';
import type { BlockNote } from './block.ts';
import type { SectionKind } from '../constants.ts';
import { contentPaths } from '../content-paths.ts';
import { extensionOf } from '../content-type.ts';
import type { ImportedAward } from './award-item.ts';
import { achievementsBody, markdownFile } from '../content-text/index.ts';
import { articleName } from '../content-names.ts';
import type { BodyPart, ImportedDossier } from './imported.ts';

/** The kinds of file a dossier is made of; each text kind has its own schema. */
export type OutputKind = 'dossier' | 'intro' | 'article' | 'achievements' | 'image';

/** One file the importer will write. */
export interface OutputFile {
  /** Path inside the content folder, with forward slashes: `management/huangzhou-office/01-zhineng-dingwei.md`. */
  path: string;
  kind: OutputKind;
  section?: SectionKind;
  /** The whole file, front matter and body; absent for a picture. */
  text?: string;
  /** A picture's bytes. */
  data?: Uint8Array;
}

// The text of a document is text: any `*`, `_`, `~`, `[`, `<`, `&` or opening `#`, `-`, `1.` in
// it must reach the page as typed, not as Markdown. mdast-util-to-markdown backslash-escapes what
// the site's syntax (parse.ts) would read otherwise, GitHub's strikethrough, footnotes and tables
// included; bare web addresses stay links, as the site makes them.
const TEXT_SYNTAX = { extensions: [gfmStrikethroughToMarkdown(), gfmFootnoteToMarkdown(), gfmTableToMarkdown()] };

/** Markdown that shows `text` as it is, in a paragraph or, with `depth`, a heading. */
function literalMarkdown(text: string, depth?: 2): string {
  return phrasingMarkdown([{ type: 'text', value: text }], depth);
}

function phrasingMarkdown(children: PhrasingContent[], depth?: 2): string {
  return toMarkdown(depth ? { type: 'heading', depth, children } : { type: 'paragraph', children }, TEXT_SYNTAX).trimEnd();
}

/**
 * The notes of one Markdown file: each note gets a label the first time it is referenced (1, 2…,
 * once per note however often it is referenced), and its definition follows the text that first
 * referenced it, where the site lists it under 注释.
 */
class FileNotes {
  private readonly labels = new Map<string, { label: string; note: BlockNote }>();
  private written = 0;

  label(note: BlockNote): string {
    let entry = this.labels.get(note.id);
    if (!entry) this.labels.set(note.id, (entry = { label: String(this.labels.size + 1), note }));
    return entry.label;
  }

  /** The body followed by `[^1]: …` for every note first referenced since the last call, a longer note's paragraphs indented under it. */
  after(body: string): string {
    const definitions = [...this.labels.values()].slice(this.written).map(({ label, note }) => {
      const children = note.text.split('\n').map((paragraph) => ({ type: 'paragraph' as const, children: [{ type: 'text' as const, value: paragraph }] }));
      return toMarkdown({ type: 'footnoteDefinition', identifier: label, label, children }, TEXT_SYNTAX).trimEnd();
    });
    this.written = this.labels.size;
    return [body, ...definitions].filter((part) => part !== '').join('\n\n');
  }
}

/** A paragraph or heading as Markdown, with a footnote reference wherever one of its notes was referenced. */
function textMarkdown(part: BodyPart & { kind: 'text' | 'heading' }, notes: FileNotes): string {
  const { text } = part;
  const children: PhrasingContent[] = [];
  let from = 0;
  for (const note of [...(part.notes ?? [])].sort((a, b) => a.at - b.at)) {
    const at = Math.min(Math.max(note.at, from), text.length);
    if (at > from) children.push({ type: 'text', value: text.slice(from, at) });
    const label = notes.label(note);
    children.push({ type: 'footnoteReference', identifier: label, label });
    from = at;
  }
  if (from < text.length) children.push({ type: 'text', value: text.slice(from) });
  return phrasingMarkdown(children, part.kind === 'heading' ? 2 : undefined);
}

// A cell is one line, and every `|` in it that no backslash escapes would end the cell.
const escapeCell = (cell: string) =>
  literalMarkdown(cell.replace(/\n/g, ' ')).replace(/(\\*)\|/g, (pipe, backslashes: string) => (backslashes.length % 2 === 1 ? pipe : `${backslashes}\\|`));

function tableMarkdown(rows: readonly string[][]): string {
  const width = Math.max(...rows.map((r) => r.length));
  const line = (row: readonly string[]) => `| ${Array.from({ length: width }, (_, i) => escapeCell(row[i] ?? '')).join(' | ')} |`;
  return [line(rows[0]!), `|${' --- |'.repeat(width)}`, ...rows.slice(1).map(line)].join('\n');
}

/** Where a body's pictures go: the folder they are written to, and how the body links them. */
interface ImageFolder {
  /** Folder inside the content folder. */
  folder: string;
  /** The link's path before the file name, relative to the Markdown file. */
  link: string;
}

/** Names pictures in document order, 图1, 图2…, and collects their files. */
class ImageWriter {
  private count = 0;
  readonly files: OutputFile[] = [];

  markdown(image: BodyPart & { kind: 'image' }, where: ImageFolder, section?: SectionKind): string {
    this.count += 1;
    const name = `图${this.count}.${extensionOf(image.image.contentType)}`;
    this.files.push({ path: `${where.folder}/${name}`, kind: 'image', ...(section ? { section } : {}), data: image.image.data });
    const alt = (image.image.alt || `图${this.count}`).replace(/[[\]\n]/g, ' ').trim();
    return `![${alt}](${where.link}${name})`;
  }
}

/** Body parts as Markdown: one blank line between paragraphs; headings as `##`; tables in GFM; notes referenced where they were. */
function markdownOf(parts: readonly BodyPart[], images: ImageWriter, where: ImageFolder, notes: FileNotes, section?: SectionKind): string {
  return parts
    .map((part) => {
      switch (part.kind) {
        case 'text':
        case 'heading':
          return textMarkdown(part, notes);
        case 'table':
          return tableMarkdown(part.rows);
        case 'image':
          return images.markdown(part, where, section);
      }
    })
    .join('\n\n');
}

/** One file's body: its parts, then the definitions of the notes they reference. */
function bodyOf(parts: readonly BodyPart[], images: ImageWriter, where: ImageFolder, section?: SectionKind): string {
  const notes = new FileNotes();
  return notes.after(markdownOf(parts, images, where, notes, section));
}

function span(awards: readonly ImportedAward[]): string | number | undefined {
  const years = awards.flatMap((a) => {
    if (a.years === undefined) return [];
    if (typeof a.years === 'string') return a.years.split('-').map(Number);
    return [a.years].flat();
  });
  if (years.length === 0) return undefined;
  const from = Math.min(...years);
  const to = Math.max(...years);
  return from === to ? from : `${from}-${to}`;
}

/** The preface's first sentence, up to and including its first `。`. */
function firstSentenceOf(parts: readonly BodyPart[]): string | undefined {
  const first = parts.find((p): p is BodyPart & { kind: 'text' } => p.kind === 'text' && p.text.trim() !== '');
  if (!first) return undefined;
  const end = first.text.search(/[。！？]/);
  return end === -1 ? first.text : first.text.slice(0, end + 1);
}

/**
 * Lays an imported dossier out as the content model's files: `dossiers/<slug>.md` (title,
 * subtitle, unit, period = span of the award years, summary = the preface's first sentence; body =
 * preface), `<section>/<slug>/index.md` (introduction, no front matter), `<section>/<slug>/NN-<name>.md`
 * (title; body) and `achievements/<slug>.md` (awards; introduction, `<!-- awards -->`, closing).
 * Pictures are written next to the text they belong to as 图1.png, 图2.jpg… and linked from it.
 */
export function renderDossier(dossier: ImportedDossier, slug: string): OutputFile[] {
  const files: OutputFile[] = [];
  const images = new ImageWriter();
  const awards = dossier.achievements?.awards.map((a) => a.award) ?? [];
  const period = span(awards);
  const overview: Record<string, unknown> = {
    title: dossier.title,
    subtitle: dossier.subtitle,
    unit: dossier.unit,
    ...(period !== undefined ? { period } : {}),
    summary: firstSentenceOf(dossier.preface),
  };
  const preface = bodyOf(dossier.preface, images, { folder: contentPaths.filesFolder('dossier', slug), link: `./${slug}/` });
  files.push({ path: contentPaths.dossier(slug), kind: 'dossier', text: markdownFile(overview, preface) });

  for (const section of dossier.sections) {
    const here: ImageFolder = { folder: contentPaths.sectionFolder(section.kind, slug), link: './' };
    if (section.intro.length > 0) {
      files.push({ path: contentPaths.intro(section.kind, slug), kind: 'intro', section: section.kind, text: markdownFile(undefined, bodyOf(section.intro, images, here, section.kind)) });
    }
    const used = new Set<string>();
    section.articles.forEach((article, i) => {
      const base = articleName(article.title);
      let name = base;
      for (let n = 2; used.has(name); n++) name = `${base}-${n}`;
      used.add(name);
      files.push({
        path: contentPaths.article(section.kind, slug, name, i + 1),
        kind: 'article',
        section: section.kind,
        text: markdownFile({ title: article.title }, bodyOf(article.body, images, here, section.kind)),
      });
    });
  }

  if (dossier.achievements) {
    const { intro, closing } = dossier.achievements;
    const here: ImageFolder = { folder: contentPaths.filesFolder('achievements', slug), link: `./${slug}/` };
    // The introduction and the closing are edited as two fields (the content editor's), so each
    // carries the notes it references first; the site renders the body whole and lists them all.
    const notes = new FileNotes();
    const before = notes.after(markdownOf(intro, images, here, notes, 'achievements'));
    const body = achievementsBody(before, notes.after(markdownOf(closing, images, here, notes, 'achievements')));
    files.push({ path: contentPaths.achievements(slug), kind: 'achievements', section: 'achievements', text: markdownFile({ awards }, body) });
  }
  return [...files, ...images.files];
}
