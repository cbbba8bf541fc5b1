import type { ArticleSectionKind } from '../constants.ts';
import type { Block } from './block.ts';
import { excerpt, partsOf, sectionValues } from './body-parts.ts';
import { notesIn } from './footnotes.ts';
import type { ImportMessageCode } from '../diagnostics/index.ts';
import type { ImportedArticle, Place, StructureNote, StructureResult } from './imported.ts';
import { readSection, type SectionDoubt } from './read-section.ts';

// The words a section's introduction speaks of: its own subject.
const SECTION_THEMES: Record<ArticleSectionKind, readonly string[]> = {
  management: ['管理'],
  service: ['服务'],
  creation: ['创建'],
};

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

/**
 * Reads one 管理篇, 服务篇 or 创建篇 into the dossier: splits it by its opening pattern
 * ({@link readSection}), places every block, and notes each call made on thin evidence. A
 * section named twice is read into the first.
 */
export function readArticles(kind: ArticleSectionKind, heading: Block, body: readonly Block[], words: readonly string[], result: StructureResult, place: Place): void {
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
      if (opening.rest !== '') {
        // Notes referenced in the title cannot stay there; the report lists them.
        const notes = notesIn(block, opening.rest);
        article.body.push({ kind: 'text', text: opening.rest, ...(notes.length > 0 ? { notes } : {}) });
      }
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

