// The model of an imported dossier: what the structure steps build, and what rendering, the
// self-checks and the report read.
import type { SectionKind, ArticleSectionKind } from '../constants.ts';
import type { Block, BlockNote, ImportedImage, SkippedChrome } from './block.ts';
import type { ParsedAwardItem } from './award-item.ts';
import type { OpeningKind } from './opening.ts';
import type { ImportMessageCode } from '../diagnostics/index.ts';

/** One piece of a body: a paragraph, a heading inside it, a table or a picture. Notes' offsets are in the part's text. */
export type BodyPart =
  | { kind: 'text'; text: string; notes?: BlockNote[] }
  | { kind: 'heading'; text: string; notes?: BlockNote[] }
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

/** Records where a block (or a piece of one) went. */
export type Place = (block: Block, role: Role, extra?: Omit<Placement, 'block' | 'role' | 'text'> & { text?: string }) => void;
