import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';

/** A heading inside a rendered body that a contents list can link to. */
export interface OutlineHeading {
  id: string;
  text: string;
}

/**
 * The top-level headings of a rendered article body (`h3`, the level Markdown headings are moved
 * to under the article's own `h2`) that carry an id, in order: what "on this page" lists under
 * the article.
 *
 * @example outlineOf('<p>…</p><h3 id="做法">做法</h3><h4 id="细节">细节</h4>') // [{ id: '做法', text: '做法' }]
 */
export function outlineOf(html: string, level = 3): OutlineHeading[] {
  const tree = fromHtml(html, { fragment: true });
  return selectAll(`h${level}[id]`, tree)
    .map((heading) => ({ id: String(heading.properties.id), text: toText(heading).trim() }))
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
