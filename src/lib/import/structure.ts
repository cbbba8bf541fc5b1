import type { ArticleSectionKind, SectionKind } from '../constants.ts';
import type { Block, ImportedImage, SkippedChrome } from './block.ts';
import { awardFromCells, orderAwardFields, parseAwardItem, type ParsedAwardItem } from './award-item.ts';
import type { AwardLevel } from '../schemas/index.ts';
import { awardCandidates, chooseAwardRun, type AwardCandidate } from './award-run.ts';
import { findAnchors, unitFromSubtitle } from './anchors.ts';
import type { OpeningKind } from './opening.ts';
import { readSection, type SectionDoubt } from './read-section.ts';
import { unitWords } from './unit-words.ts';
import type { ImportMessageCode } from '../diagnostics/index.ts';

/** One piece of a body: a paragraph, a heading inside it, a table or a picture. */
export type BodyPart =
  | { kind: 'text'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'table'; rows: string[][] }
  | { kind: 'image'; image: ImportedImage };

/** One article of an imported section. */
export interface ImportedArticle {
  title: string;
  body: BodyPart[];
}

/** An imported 管理篇, 服务篇 or 创建篇. */
export interface ImportedSection {
  kind: ArticleSectionKind;
  intro: BodyPart[];
  articles: ImportedArticle[];
  /** The kind of opening its articles were recognised by. */
  reading: OpeningKind | 'none';
}

/** One award of the 成就篇, with the parts of the source it was read from. */
export type ImportedAwardItem = ParsedAwardItem;

/** The imported 成就篇. */
export interface ImportedAchievements {
  intro: BodyPart[];
  awards: ImportedAwardItem[];
  closing: BodyPart[];
}

/** A whole dossier as recognised in the input, before it becomes files. */
export interface ImportedDossier {
  title?: string;
  subtitle?: string;
  unit?: string;
  preface: BodyPart[];
  sections: ImportedSection[];
  achievements?: ImportedAchievements;
}

/** What a piece of the input became. */
export type Role =
  | 'title'
  | 'subtitle'
  | 'preface'
  | 'section-heading'
  | 'intro'
  | 'article-heading'
  | 'article'
  | 'award'
  | 'award-separator'
  | 'award-group'
  | 'closing';

/** Where one piece of the input went: a whole block, or a piece of one (an item of a one-line list). */
export interface Placement {
  block: Block;
  /** The text placed: the block's, or the piece of it. */
  text: string;
  role: Role;
  section?: SectionKind;
  /** 0-based index of the article within its section, or of the award within the list. */
  index?: number;
  /** How an article opening was recognised. */
  opening?: OpeningKind;
  /** True when the paragraph continues the article before it. */
  continuation?: boolean;
}

/** A structural call worth a second look, as a message code and its values, at a place in the input. */
export interface StructureNote {
  code: ImportMessageCode;
  where: string;
  values: Record<string, string | number>;
  severity: 'error' | 'warning';
}

/** The outcome of {@link structureDossier}. */
export interface StructureResult {
  dossier: ImportedDossier;
  placements: Placement[];
  skipped: SkippedChrome[];
  /** Missing parts (errors) and calls made on thin evidence (warnings). */
  notes: StructureNote[];
}

/** Options for {@link structureDossier}. */
export interface StructureOptions {
  /** The unit, when it cannot (or should not) be derived from the subtitle. */
  unit?: string;
  /** "Today", for judging award years. @default new Date() */
  today?: Date;
}

const SECTION_NAMES: Record<SectionKind, readonly [string, string]> = {
  management: ['管理篇', 'management'],
  service: ['服务篇', 'service'],
  creation: ['创建篇', 'creation'],
  achievements: ['成就篇', 'achievements'],
};

// The words a section's introduction speaks of: its own subject.
const SECTION_THEMES: Record<ArticleSectionKind, readonly string[]> = {
  management: ['管理'],
  service: ['服务'],
  creation: ['创建'],
};

/** The section's name in both languages, for message values. */
export function sectionValues(kind: SectionKind): { section: string; sectionEn: string } {
  const [section, sectionEn] = SECTION_NAMES[kind];
  return { section, sectionEn };
}

/** A short excerpt of a paragraph for messages. */
export function excerpt(text: string, length = 24): string {
  const chars = [...text];
  return chars.length > length ? `${chars.slice(0, length).join('')}…` : text;
}

/** The body parts a block gives: a heading, a table, its text, then its pictures. */
function partsOf(block: Block, text = block.text): BodyPart[] {
  if (block.table) return [{ kind: 'table', rows: block.table }];
  const parts: BodyPart[] = [];
  if (text !== '') parts.push(block.heading !== undefined ? { kind: 'heading', text } : { kind: 'text', text });
  for (const image of block.images ?? []) parts.push({ kind: 'image', image });
  return parts;
}

/**
 * Recognises a dossier in its blocks, with the whole document in view: first the anchors (title,
 * subtitle, section headings), then in 成就篇 the award list (the best contiguous run of award-like
 * pieces), then in each other section the one pattern its articles open by. Nothing is dropped:
 * every block is placed, and every call made on thin evidence becomes a note naming both readings.
 */
export function structureDossier(blocks: readonly Block[], options: StructureOptions = {}): StructureResult {
  const anchors = findAnchors(blocks);
  const result: StructureResult = { dossier: { preface: [], sections: [] }, placements: [], skipped: anchors.skipped, notes: [] };
  const { dossier, placements, notes } = result;
  const place = (block: Block, role: Role, extra: Omit<Placement, 'block' | 'role' | 'text'> & { text?: string } = {}) =>
    placements.push({ block, text: extra.text ?? block.text, role, ...extra });
  const problem = (code: ImportMessageCode, values: Record<string, string | number> = {}) =>
    notes.push({ code, where: '', values, severity: 'error' });

  if (anchors.title !== undefined) {
    dossier.title = anchors.title;
    place(blocks[anchors.titleAt]!, 'title');
  } else problem('import.no-title');
  if (anchors.subtitle !== undefined) {
    dossier.subtitle = anchors.subtitle;
    if (anchors.subtitleAt >= 0) place(blocks[anchors.subtitleAt]!, 'subtitle');
  } else problem('import.no-subtitle');
  const unit = options.unit ?? (dossier.subtitle ? unitFromSubtitle(dossier.subtitle) : undefined);
  if (unit) dossier.unit = unit;
  else problem('import.no-unit', { subtitle: dossier.subtitle ?? '' });

  const skippedBlocks = new Set(anchors.skipped.map((s) => s.where));
  const firstHeading = anchors.headings[0]?.at ?? blocks.length;
  const prefaceFrom = Math.max(anchors.titleAt, anchors.subtitleAt) + 1;
  for (const block of blocks.slice(prefaceFrom, firstHeading)) {
    if (skippedBlocks.has(block.where)) continue;
    dossier.preface.push(...partsOf(block));
    place(block, 'preface');
  }
  if (!dossier.preface.some((p) => p.kind === 'text')) problem('import.no-preface');

  const words = unitWords(dossier.unit);
  const today = options.today ?? new Date();
  anchors.headings.forEach((heading, i) => {
    const end = anchors.headings[i + 1]?.at ?? blocks.length;
    const body = blocks.slice(heading.at + 1, end).filter((b) => !skippedBlocks.has(b.where));
    place(blocks[heading.at]!, 'section-heading', { section: heading.kind });
    if (heading.kind === 'achievements') readAchievements(body, result, today, place);
    else readArticles(heading.kind, blocks[heading.at]!, body, words, result, place);
  });
  if (anchors.headings.length === 0) problem('import.no-sections');
  return result;
}

type Place = (block: Block, role: Role, extra?: Omit<Placement, 'block' | 'role' | 'text'> & { text?: string }) => void;

function doubtNote(kind: ArticleSectionKind, block: Block, doubt: SectionDoubt, previous: string | undefined): StructureNote {
  const values = { ...sectionValues(kind), excerpt: excerpt(block.text), title: doubt.title, previous: previous ?? '' };
  const code: ImportMessageCode =
    doubt.chosen === 'intro'
      ? 'import.doubt-intro'
      : doubt.chosen === 'continuation'
        ? 'import.doubt-continuation'
        : doubt.other === 'intro'
          ? 'import.doubt-article-or-intro'
          : 'import.doubt-article-or-continuation';
  return { code, where: block.where, values, severity: 'warning' };
}

function readArticles(kind: ArticleSectionKind, heading: Block, body: readonly Block[], words: readonly string[], result: StructureResult, place: Place): void {
  let section = result.dossier.sections.find((s) => s.kind === kind);
  if (section) result.notes.push({ code: 'import.section-repeated', where: heading.where, values: sectionValues(kind), severity: 'warning' });
  else {
    section = { kind, intro: [], articles: [], reading: 'none' };
    result.dossier.sections.push(section);
  }
  const s = section;
  const reading = readSection(body, words, SECTION_THEMES[kind]);
  if (s.reading === 'none') s.reading = reading.kind;
  const openers = new Map(reading.openers.map((o) => [o.index, o.opening]));
  const doubts = new Map(reading.doubts.map((d) => [d.index, d]));
  body.forEach((block, i) => {
    const opening = openers.get(i);
    const doubt = doubts.get(i);
    if (doubt) result.notes.push(doubtNote(kind, block, doubt, s.articles.at(-1)?.title));
    if (opening) {
      const article: ImportedArticle = { title: opening.title, body: [] };
      if (opening.rest !== '') article.body.push({ kind: 'text', text: opening.rest });
      for (const image of block.images ?? []) article.body.push({ kind: 'image', image });
      s.articles.push(article);
      place(block, opening.kind === 'heading' ? 'article-heading' : 'article', { section: kind, index: s.articles.length - 1, opening: opening.kind });
      return;
    }
    const current = s.articles.at(-1);
    if (current) {
      current.body.push(...partsOf(block));
      place(block, 'article', { section: kind, index: s.articles.length - 1, continuation: true });
    } else {
      s.intro.push(...partsOf(block));
      place(block, 'intro', { section: kind });
    }
  });
  if (reading.openers.length === 0 && body.length > 0) {
    result.notes.push({ code: 'import.no-articles', where: heading.where, values: sectionValues(kind), severity: 'warning' });
  }
}

function partsOfCandidate(c: AwardCandidate): BodyPart[] {
  return c.whole ? c.blocks.flatMap((b) => partsOf(b)) : [{ kind: 'text', text: c.text }];
}

function readAchievements(body: readonly Block[], result: StructureResult, today: Date, place: Place): void {
  const achievements: ImportedAchievements = result.dossier.achievements ?? { intro: [], awards: [], closing: [] };
  result.dossier.achievements = achievements;
  const candidates = awardCandidates(body);
  const run = chooseAwardRun(candidates);
  const covered = new Set(candidates.flatMap((c) => c.blocks));
  let next = 0;
  // Dashes or bullets standing alone between items carry no text of their own.
  const separatorsUpTo = (block: Block | undefined) => {
    const until = block ? body.indexOf(block) : body.length;
    for (; next < until; next++) if (!covered.has(body[next]!)) place(body[next]!, 'award-separator', { section: 'achievements' });
    if (block) next = Math.max(next, until + 1);
  };
  // A group label (`省级：`) gives its level to the awards under it whose names name none.
  let groupLevel: AwardLevel | undefined;
  candidates.forEach((c, i) => {
    for (const block of c.blocks) separatorsUpTo(block);
    const inRun = i >= run.start && i < run.end;
    if (inRun && c.marker === 'group') {
      groupLevel = c.level;
      for (const block of c.blocks) place(block, 'award-group', { section: 'achievements', text: c.text });
      return;
    }
    if (inRun) {
      const item = c.cells ? awardFromCells(c.cells, today) : parseAwardItem(c.text, today);
      if (!item.award.level && groupLevel) item.award = orderAwardFields({ ...item.award, level: groupLevel });
      achievements.awards.push(item);
      const index = achievements.awards.length - 1;
      for (const block of c.blocks) place(block, 'award', { section: 'achievements', index, text: c.whole ? block.text : c.text });
      return;
    }
    const part = i < run.start ? 'intro' : 'closing';
    (part === 'intro' ? achievements.intro : achievements.closing).push(...partsOfCandidate(c));
    for (const block of c.blocks) place(block, part === 'intro' ? 'intro' : 'closing', { section: 'achievements', text: c.whole ? block.text : c.text });
  });
  separatorsUpTo(undefined);
  for (const doubt of run.doubts) {
    const c = run.candidates[doubt.index]!;
    const partZh = doubt.index < run.start ? '引言' : '结束语';
    const partEn = doubt.index < run.start ? 'introduction' : 'closing';
    result.notes.push({
      code: doubt.inRun ? 'import.doubt-award-in' : 'import.doubt-award-out',
      where: c.blocks[0]!.where,
      values: { excerpt: excerpt(c.text), part: partZh, partEn },
      severity: 'warning',
    });
  }
  if (run.end === run.start && body.length > 0) {
    result.notes.push({ code: 'import.no-awards', where: '', values: sectionValues('achievements'), severity: 'warning' });
  }
}
