import type { Element, ElementContent, Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { footnoteSection, isFootnoteReference } from './rehype-footnote-ids.ts';

/** A heading inside a rendered body that a contents list can link to. */
export interface OutlineHeading {
  id: string;
  text: string;
}

/**
 * The headings of a body's tree that may enter its outline: its top-level headings (`h3`, the level
 * Markdown headings are moved to under the article's own `h2`), taken as the tree leaves the
 * project's plugins. Astro names headings after those plugins, on these same elements, so the
 * outline is read from them with {@link outlineOf} once the body is rendered.
 */
export function outlineCandidates(tree: Root): Element[] {
  const headings = selectAll('h3', tree);
  // A heading written inside a footnote is no part of the article to jump to.
  const notes = footnoteSection(tree);
  if (notes === undefined) return headings;
  const inNotes = new Set(selectAll('h3', notes));
  return headings.filter((heading) => !inNotes.has(heading));
}

/** The heading without its footnote references, whose numbers are no part of its name. */
function withoutReferences(heading: Element): Element {
  const keep = (node: ElementContent): ElementContent[] =>
    isFootnoteReference(node) ? [] : node.type === 'element' ? [{ ...node, children: node.children.flatMap(keep) }] : [node];
  return { ...heading, children: heading.children.flatMap(keep) };
}

/**
 * The outline of a rendered body: its top-level headings that carry an id and some text, in order,
 * as "on this page" lists them under the article, named without their footnote numbers.
 */
export function outlineOf(headings: readonly Element[]): OutlineHeading[] {
  return headings
    .filter((heading) => heading.properties.id !== undefined && heading.properties.id !== null)
    .map((heading) => ({ id: String(heading.properties.id), text: toText(withoutReferences(heading)).trim() }))
    .filter((heading) => heading.text !== '');
}

/**
 * The outlines of the articles shown on one page, keeping only headings whose id is unique on
 * that page. Each body is rendered on its own, so two articles with a heading of the same name
 * give it the same id; a link to either would land on the first, so neither is listed.
 *
 * @param taken ids the page already uses, such as the articles' own anchors
 */
export function pageOutlines(outlines: readonly OutlineHeading[][], taken: readonly string[] = []): OutlineHeading[][] {
  const uses = new Map<string, number>();
  for (const id of [...taken, ...outlines.flat().map((heading) => heading.id)]) uses.set(id, (uses.get(id) ?? 0) + 1);
  return outlines.map((outline) => outline.filter((heading) => uses.get(heading.id) === 1));
}
