import { sectionName } from '../i18n.ts';
import type { SectionKind } from '../constants.ts';
import type { Block } from './block.ts';
import type { BodyPart } from './imported.ts';

/** The body parts a block gives: a heading, a table, its text with its notes, then its pictures. */
export function partsOf(block: Block): BodyPart[] {
  if (block.table) return [{ kind: 'table', rows: block.table }];
  const parts: BodyPart[] = [];
  const { text } = block;
  const notes = block.notes ? { notes: block.notes } : {};
  if (text !== '') parts.push(block.heading !== undefined ? { kind: 'heading', text, ...notes } : { kind: 'text', text, ...notes });
  for (const image of block.images ?? []) parts.push({ kind: 'image', image });
  return parts;
}

/** A section's name for message values: Chinese as the site names it, English as the content folder does. */
export function sectionValues(kind: SectionKind): { section: string; sectionEn: string } {
  return { section: sectionName(kind), sectionEn: kind };
}

/** A short excerpt of a paragraph for messages. */
export function excerpt(text: string, length = 24): string {
  const chars = [...text];
  return chars.length > length ? `${chars.slice(0, length).join('')}…` : text;
}
