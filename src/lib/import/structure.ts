import type { ArticleSectionKind, SectionKind } from '../constants.ts';
import type { Block, SkippedChrome } from './block.ts';
import { parseAwardItem, type ParsedAwardItem } from './award-item.ts';
import { splitHeadline, type HeadlineKind } from './headline.ts';
import { sectionKindOf } from './section-heading.ts';

/** One article of an imported section. */
export interface ImportedArticle {
  title: string;
  /** Body paragraphs, in order. */
  body: string[];
}

/** An imported 管理篇, 服务篇 or 创建篇. */
export interface ImportedSection {
  kind: ArticleSectionKind;
  intro: string[];
  articles: ImportedArticle[];
}

/** One award item of the 成就篇 with the text it was read from. */
export interface ImportedAwardItem extends ParsedAwardItem {
  /** The item as the source wrote it, spaces and all. */
  source: string;
}

/** The imported 成就篇. */
export interface ImportedAchievements {
  intro: string[];
  awards: ImportedAwardItem[];
  closing: string[];
}

/** A whole dossier as recognised in the input, before it becomes files. */
export interface ImportedDossier {
  title?: string;
  subtitle?: string;
  unit?: string;
  preface: string[];
  sections: ImportedSection[];
  achievements?: ImportedAchievements;
}

/** What a block became. `section`/`article`/`award` say where, for the report. */
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
  | 'closing';

/** Where one input block went. */
export interface Placement {
  block: Block;
  role: Role;
  section?: SectionKind;
  /** 0-based index of the article within its section, or of the award within the list. */
  index?: number;
  /** How an article opening was recognised. */
  headline?: HeadlineKind | 'heading';
  /** True when the paragraph continues the article before it. */
  continuation?: boolean;
}

/** Something the importer decided on a guess, for the report. */
export interface Unsure {
  where: string;
  text: string;
  reason: string;
}

/** A problem that stops the import (missing title…) or that the editor must look at. */
export interface StructureProblem {
  code: 'import.no-title' | 'import.no-subtitle' | 'import.no-unit' | 'import.no-preface' | 'import.no-sections';
  values: Record<string, string | number>;
}

/** The outcome of {@link structureDossier}. */
export interface StructureResult {
  dossier: ImportedDossier;
  placements: Placement[];
  unsure: Unsure[];
  skipped: SkippedChrome[];
  problems: StructureProblem[];
}

/** Options for {@link structureDossier}. */
export interface StructureOptions {
  /** The unit, when it cannot (or should not) be derived from the subtitle. */
  unit?: string;
  /** "Today", for judging award years. @default new Date() */
  today?: Date;
}

const SUBTITLE_DASH = /^(?:——|—|－－|--|─+)\s*/;
const UNIT_FROM_SUBTITLE = /^(.{2,30}?)(?:创建|争创|开展|推进|深化|建设|纪实)/;
const MAX_HEADING_LENGTH = 20;
const SEPARATOR = /^(?:——|—|－－|--)$/;
const SENTENCE_END = /[。！？]/;

/** The dash or bullet an award item may start with; not part of the award. */
export const AWARD_BULLET = /^(?:——|[-*·•])\s*/;

/** The unit a subtitle names: the words before its verb. `黄州区政府办公室创建文明单位纪实` → `黄州区政府办公室`. */
export function unitFromSubtitle(subtitle: string): string | undefined {
  return UNIT_FROM_SUBTITLE.exec(subtitle)?.[1];
}

/**
 * Where the subtitle is: the first line opening with a dash, or else the first line after the
 * first that ends with 纪实 (the first line is the title, even when the title itself ends so).
 */
function findSubtitle(head: readonly Block[]): number {
  const dashed = head.findIndex((b) => SUBTITLE_DASH.test(b.text));
  if (dashed !== -1) return dashed;
  return head.findIndex((b, i) => i > 0 && b.text.endsWith('纪实') && [...b.text].length <= 60);
}

function isSectionHeading(block: Block): boolean {
  return (block.heading !== undefined || [...block.text].length <= MAX_HEADING_LENGTH) && sectionKindOf(block.text) !== undefined;
}

function excerpt(text: string): string {
  const chars = [...text];
  return chars.length > 24 ? `${chars.slice(0, 24).join('')}…` : text;
}

/** Award items are short and are not sentences; prose (intro, closing) has sentence ends. */
function looksLikeAward(block: Block): boolean {
  const text = block.text.replace(AWARD_BULLET, '');
  return !SENTENCE_END.test(text) && [...text].length <= 60 && !/[，、；：]$/.test(text);
}

/**
 * Recognises the parts of a dossier in its blocks: title, `——…纪实` subtitle, unit, preface, the
 * four sections (introduction, articles, award list, closing), and records where every block went.
 * Nothing is dropped: a block that fits no rule becomes part of the text before it and is
 * reported as unsure.
 */
export function structureDossier(blocks: readonly Block[], options: StructureOptions = {}): StructureResult {
  const result: StructureResult = {
    dossier: { preface: [], sections: [] },
    placements: [],
    unsure: [],
    skipped: [],
    problems: [],
  };
  const { dossier, placements } = result;
  const place = (block: Block, role: Role, extra: Omit<Placement, 'block' | 'role'> = {}) =>
    placements.push({ block, role, ...extra });
  const unsure = (block: Block, reason: string) => result.unsure.push({ where: block.where, text: excerpt(block.text), reason });

  // Title and subtitle: the subtitle is the first `——…` or `…纪实` line, the title the line before.
  const firstSection = blocks.findIndex(isSectionHeading);
  const head = firstSection === -1 ? blocks : blocks.slice(0, firstSection);
  const subtitleAt = findSubtitle(head);
  let titleAt = subtitleAt > 0 ? subtitleAt - 1 : head.findIndex((b) => b.heading !== undefined);
  if (titleAt === -1 && subtitleAt === -1 && head.length > 0) titleAt = 0;
  for (const block of blocks.slice(0, Math.max(titleAt, 0))) {
    result.skipped.push({ where: block.where, text: block.text, reason: 'before-title' });
  }
  let cursor = Math.max(titleAt, 0);
  if (titleAt >= 0 && titleAt !== subtitleAt) {
    const block = blocks[titleAt]!;
    // A title and subtitle typed on one line: 文明清风谱华章——黄州区政府办公室创建文明单位纪实.
    const joined = /^(.+?)——(.+纪实)$/.exec(block.text);
    if (joined && subtitleAt === -1) {
      dossier.title = joined[1]!.trim();
      dossier.subtitle = joined[2]!.trim();
      place(block, 'title');
    } else {
      dossier.title = block.text.replace(/[。]$/, '');
      place(block, 'title');
    }
    cursor = titleAt + 1;
  }
  if (subtitleAt >= 0 && subtitleAt >= cursor) {
    dossier.subtitle = blocks[subtitleAt]!.text.replace(SUBTITLE_DASH, '').trim();
    place(blocks[subtitleAt]!, 'subtitle');
    cursor = subtitleAt + 1;
  }
  if (!dossier.title) result.problems.push({ code: 'import.no-title', values: {} });
  if (!dossier.subtitle) result.problems.push({ code: 'import.no-subtitle', values: {} });
  const unit = options.unit ?? (dossier.subtitle ? unitFromSubtitle(dossier.subtitle) : undefined);
  if (unit) dossier.unit = unit;
  else result.problems.push({ code: 'import.no-unit', values: { subtitle: dossier.subtitle ?? '' } });

  // Preface: everything up to the first section heading.
  while (cursor < blocks.length && !isSectionHeading(blocks[cursor]!)) {
    dossier.preface.push(blocks[cursor]!.text);
    place(blocks[cursor]!, 'preface');
    cursor += 1;
  }
  if (dossier.preface.length === 0) result.problems.push({ code: 'import.no-preface', values: {} });

  // Sections: each heading owns the blocks up to the next heading.
  while (cursor < blocks.length) {
    const heading = blocks[cursor]!;
    const kind = sectionKindOf(heading.text)!;
    place(heading, 'section-heading', { section: kind });
    let end = cursor + 1;
    while (end < blocks.length && !isSectionHeading(blocks[end]!)) end += 1;
    const body = blocks.slice(cursor + 1, end);
    if (kind === 'achievements') readAchievements(body, result, options.today ?? new Date(), place, unsure);
    else readArticles(kind, heading, body, result, place, unsure);
    cursor = end;
  }
  if (dossier.sections.length === 0 && !dossier.achievements) result.problems.push({ code: 'import.no-sections', values: {} });
  return result;
}

type Place = (block: Block, role: Role, extra?: Omit<Placement, 'block' | 'role'>) => void;
type Note = (block: Block, reason: string) => void;

function readArticles(
  kind: ArticleSectionKind,
  heading: Block,
  body: readonly Block[],
  result: StructureResult,
  place: Place,
  unsure: Note,
): void {
  let section = result.dossier.sections.find((s) => s.kind === kind);
  if (section) unsure(heading, '这一篇的标题第二次出现，内容并入前面的同名篇');
  else {
    section = { kind, intro: [], articles: [] };
    result.dossier.sections.push(section);
  }
  const s = section;
  // With sub-headings (Markdown ###, Word heading styles) the headings alone open articles; a
  // short first sentence under a heading is then just a sentence.
  const byHeadings = body.some((b) => b.heading !== undefined);
  const startArticle = (title: string, block: Block, how: NonNullable<Placement['headline']>) => {
    s.articles.push({ title, body: [] });
    place(block, how === 'heading' ? 'article-heading' : 'article', { section: kind, index: s.articles.length - 1, headline: how });
  };
  body.forEach((block, i) => {
    if (byHeadings && block.heading !== undefined) {
      startArticle(block.text.replace(/。$/, ''), block, 'heading');
      return;
    }
    // A headline standing alone needs a body, so the paragraph after it is that body even if it
    // opens with a short sentence of its own.
    const awaitingBody = !byHeadings && s.articles.length > 0 && s.articles.at(-1)!.body.length === 0;
    const headline = byHeadings || awaitingBody ? undefined : splitHeadline(block.text);
    // The first paragraph after a section heading introduces the section, unless it is plainly
    // the first numbered item.
    const isIntro = i === 0 && !(headline && headline.kind !== 'sentence' && /^一是/.test(block.text));
    if (headline && !isIntro) {
      startArticle(headline.title, block, headline.kind);
      if (headline.rest !== '') s.articles.at(-1)!.body.push(headline.rest);
      if (headline.unsure) unsure(block, `按标题句处理（首句 ${[...headline.title].length} 字，接近 16 字上限）`);
      return;
    }
    const current = s.articles.at(-1);
    if (current) {
      current.body.push(block.text);
      place(block, 'article', { section: kind, index: s.articles.length - 1, continuation: true });
      if (awaitingBody) unsure(block, `上一段是单独成段的标题“${excerpt(current.title)}”，本段作为它的正文`);
      else if (!byHeadings) unsure(block, `开头不是标题句，接在上一篇“${excerpt(current.title)}”之后`);
    } else {
      s.intro.push(block.text);
      place(block, 'intro', { section: kind });
      if (i > 0) unsure(block, '开头不是标题句，并入本篇引言');
    }
  });
}

function readAchievements(
  body: readonly Block[],
  result: StructureResult,
  today: Date,
  place: Place,
  unsure: Note,
): void {
  const achievements: ImportedAchievements = result.dossier.achievements ?? { intro: [], awards: [], closing: [] };
  result.dossier.achievements = achievements;
  // Separator style (`——` between items, each item possibly split by stray spaces) groups the
  // pieces between separators; list and line styles make every award-like block one item.
  const separated = body.some((b) => SEPARATOR.test(b.text) || /^——\S/.test(b.text));
  let phase: 'intro' | 'items' | 'closing' = 'intro';
  let pending: Block[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    const source = pending.map((b) => b.text.replace(AWARD_BULLET, '')).join(' ');
    const parsed = parseAwardItem(source, today);
    achievements.awards.push({ ...parsed, source });
    const index = achievements.awards.length - 1;
    for (const b of pending) place(b, 'award', { section: 'achievements', index });
    if (pending.length > 1) unsure(pending[0]!, `${pending.length} 段合成一个奖项“${parsed.award.title}”（原文中间有空格）`);
    pending = [];
  };
  for (const block of body) {
    const isSeparator = SEPARATOR.test(block.text);
    const awardLike = block.listItem === true || looksLikeAward(block);
    if (phase === 'intro' && (isSeparator || (separated ? /^——\S/.test(block.text) : awardLike))) phase = 'items';
    if (phase === 'intro') {
      achievements.intro.push(block.text);
      place(block, 'intro', { section: 'achievements' });
      continue;
    }
    if (phase === 'items' && isSeparator) {
      flush();
      place(block, 'award-separator', { section: 'achievements' });
      continue;
    }
    if (phase === 'items' && awardLike) {
      // An item that starts with its own separator (`——2010年度…`) closes the one before it.
      if (!separated || /^——\S/.test(block.text)) flush();
      pending.push(block);
      continue;
    }
    flush();
    phase = 'closing';
    if (awardLike) unsure(block, '像奖项，但出现在结束语之后，按结束语处理');
    achievements.closing.push(block.text);
    place(block, 'closing', { section: 'achievements' });
  }
  flush();
}
