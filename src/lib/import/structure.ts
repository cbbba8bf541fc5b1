import type { Block } from './block.ts';
import { findAnchors, unitFromSubtitle } from './anchors.ts';
import { partsOf, sectionValues } from './body-parts.ts';
import { SECTION_KINDS } from '../constants.ts';
import type { ImportMessageCode } from '../diagnostics/index.ts';
import type { Placement, Role, StructureResult } from './imported.ts';
import { readAchievements } from './read-achievements.ts';
import { readArticles } from './read-articles.ts';
import { unitWords } from './unit-words.ts';

/** Options for {@link structureDossier}. */
export interface StructureOptions {
  /** The unit, when it cannot (or should not) be derived from the subtitle. */
  unit?: string;
  /** "Today", for judging award years. @default new Date() */
  today?: Date;
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
    const block = blocks[heading.at]!;
    place(block, 'section-heading', { section: heading.kind });
    if (heading.theme !== undefined) place(block, 'intro', { section: heading.kind, text: heading.theme });
    if (heading.kind === 'achievements') readAchievements(body, result, today, place);
    else readArticles(heading.kind, block, body, words, result, place);
    // The theme after the section's name heads the section's introduction.
    if (heading.theme !== undefined) {
      const intro = heading.kind === 'achievements' ? dossier.achievements?.intro : dossier.sections.find((s) => s.kind === heading.kind)?.intro;
      intro?.unshift({ kind: 'heading', text: heading.theme });
    }
  });
  if (anchors.headings.length === 0) problem('import.no-sections');
  else {
    const found = new Set(anchors.headings.map((h) => h.kind));
    for (const kind of SECTION_KINDS.filter((k) => !found.has(k))) notes.push({ code: 'import.section-missing', where: '', values: sectionValues(kind), severity: 'warning' });
  }
  return result;
}

