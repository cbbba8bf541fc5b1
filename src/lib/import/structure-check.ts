import { splitYears } from './award-item.ts';
import { awardScore } from './award-run.ts';
import { excerpt, sectionValues } from './body-parts.ts';
import type { BodyPart, StructureNote, StructureResult } from './imported.ts';

// Markdown marks that must never reach a title: emphasis, heading marks, list bullets, links.
const MARKUP = /\*\*|__|^#{1,6}\s|^[-*+]\s|\]\(|^>\s/;

/** Text that is plainly an award: years before or after a name made of award words, and no sentence. */
function plainlyAward(text: string): boolean {
  return splitYears(text).years !== '' && awardScore(text, 'none') >= 2;
}

const texts = (parts: readonly BodyPart[]) => parts.flatMap((p) => (p.kind === 'text' ? [p.text] : []));

/**
 * Checks the recognised structure itself, beyond the text: no Markdown mark in a title, every
 * article has a body, the awards come from one unbroken run of the source, and nothing plainly
 * award-like was left in an article, the introduction or the closing.
 */
export function checkStructure(structure: StructureResult): StructureNote[] {
  const notes: StructureNote[] = [];
  const { dossier, placements } = structure;
  const titles = [dossier.title, ...dossier.sections.flatMap((s) => s.articles.map((a) => a.title)), ...(dossier.achievements?.awards.map((a) => a.award.title) ?? [])];
  for (const title of titles) {
    if (title !== undefined && MARKUP.test(title)) notes.push({ code: 'import.title-markup', where: '', values: { title }, severity: 'error' });
  }
  for (const section of dossier.sections) {
    for (const article of section.articles) {
      if (article.body.length === 0) notes.push({ code: 'import.article-empty', where: '', values: { title: article.title, ...sectionValues(section.kind) }, severity: 'error' });
      for (const text of texts(article.body)) {
        if (plainlyAward(text)) notes.push({ code: 'import.award-like-text', where: '', values: { excerpt: excerpt(text), title: article.title }, severity: 'warning' });
      }
    }
  }
  const awardAt = placements.map((p, i) => (p.role === 'award' ? i : -1)).filter((i) => i !== -1);
  const broken = awardAt.some((at, i) => i > 0 && placements.slice(awardAt[i - 1]! + 1, at).some((p) => p.role !== 'award-separator' && p.role !== 'award-group'));
  if (broken) notes.push({ code: 'import.award-run-broken', where: '', values: {}, severity: 'error' });
  return notes;
}
