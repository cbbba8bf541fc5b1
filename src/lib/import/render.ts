import { AWARDS_MARKER, type SectionKind } from '../constants.ts';
import { contentPaths } from '../content-paths.ts';
import type { ImportedAward } from './award-item.ts';
import { articleName } from './article-name.ts';
import { frontMatterBlock } from '../front-matter/index.ts';
import type { ImportedDossier } from './structure.ts';

/** The kinds of file a dossier is made of; each has its own schema. */
export type OutputKind = 'dossier' | 'intro' | 'article' | 'achievements';

/** One file the importer will write. */
export interface OutputFile {
  /** Path inside the content folder, with forward slashes: `management/huangzhou-office/01-zhineng-dingwei.md`. */
  path: string;
  kind: OutputKind;
  section?: SectionKind;
  /** The whole file: front matter and body. */
  text: string;
}

// A paragraph that opens with Markdown syntax would change meaning (a heading, a list item); the
// backslash keeps it a paragraph and disappears when the site renders it.
const MARKDOWN_OPENING = /^(?=[#>+*=|-]|\d+[.)]\s|<)/;

/** Paragraphs as a Markdown body: one blank line between them. */
function markdownBody(paragraphs: readonly string[]): string {
  return paragraphs.map((p) => p.replace(MARKDOWN_OPENING, '\\')).join('\n\n');
}

function withBody(head: string, paragraphs: readonly string[]): string {
  const body = markdownBody(paragraphs);
  return body === '' ? head : `${head}\n${body}\n`;
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
function firstSentence(paragraphs: readonly string[]): string | undefined {
  const first = paragraphs.find((p) => p.trim() !== '');
  if (!first) return undefined;
  const end = first.search(/[。！？]/);
  return end === -1 ? first : first.slice(0, end + 1);
}

/**
 * Lays an imported dossier out as the content model's files: `dossiers/<slug>.md` (title,
 * subtitle, unit, period = span of the award years, summary = the preface's first sentence; body =
 * preface), `<section>/<slug>/index.md` (introduction, no front matter), `<section>/<slug>/NN-<name>.md`
 * (title; body) and `achievements/<slug>.md` (awards; introduction, `<!-- awards -->`, closing).
 */
export function renderDossier(dossier: ImportedDossier, slug: string): OutputFile[] {
  const files: OutputFile[] = [];
  const awards = dossier.achievements?.awards.map((a) => a.award) ?? [];
  const period = span(awards);
  const summary = firstSentence(dossier.preface);
  const overview: Record<string, unknown> = {
    title: dossier.title,
    subtitle: dossier.subtitle,
    unit: dossier.unit,
    ...(period !== undefined ? { period } : {}),
    summary,
  };
  files.push({ path: contentPaths.dossier(slug), kind: 'dossier', text: withBody(frontMatterBlock(overview), dossier.preface) });

  for (const section of dossier.sections) {
    if (section.intro.length > 0) {
      files.push({ path: contentPaths.intro(section.kind, slug), kind: 'intro', section: section.kind, text: `${markdownBody(section.intro)}\n` });
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
        text: withBody(frontMatterBlock({ title: article.title }), article.body),
      });
    });
  }

  if (dossier.achievements) {
    const { intro, closing } = dossier.achievements;
    const text = `${frontMatterBlock({ awards })}\n${[markdownBody(intro), AWARDS_MARKER, markdownBody(closing)].filter((p) => p !== '').join('\n\n')}\n`;
    files.push({ path: contentPaths.achievements(slug), kind: 'achievements', section: 'achievements', text });
  }
  return files;
}
