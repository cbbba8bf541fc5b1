// Runs in the browser on /admin/ only: the articles already in each section folder, and the file
// name a new article gets from what the editor typed and what the folder already holds.
import { articleFileStem, readArticleFile, suggestedArticleFile, type ArticleFile } from '../../lib/cms/validate.ts';
import { allEntries, type ControlProps, type ImmutableMap } from './decap.ts';

// By collection (a section), then by dossier: filled when a new article's form opens.
const known = new Map<string, Map<string, ArticleFile[]>>();

/** Lists the articles of a section's collection, for suggestions and duplicate checks. */
export async function loadArticles(props: ControlProps): Promise<void> {
  const collection = String(props.collection.get('name'));
  const byDossier = new Map<string, ArticleFile[]>();
  for (const hit of await allEntries(props, collection)) {
    const [dossier, stem] = hit.slug.split('/') as [string, string];
    byDossier.set(dossier, [...(byDossier.get(dossier) ?? []), readArticleFile(stem)]);
  }
  known.set(collection, byDossier);
}

/** The articles already in a dossier's folder of a section. */
export function articlesOf(collection: string, dossier: string): ArticleFile[] {
  return known.get(collection)?.get(dossier) ?? [];
}

/** The widget's value: the number and name as typed, either possibly empty: `3-` , `-xinxi`, `-`. */
export function typedFile(number: string, name: string): string {
  return `${number.trim()}-${name.trim()}`;
}

/**
 * The number and name a new article is saved with: what the editor typed, and for an empty box
 * the suggestion (after the last article, named from the title).
 */
export function chosenFile(collection: string, data: ImmutableMap): { number: string; name: string } {
  const typed = /^([^-]*)-(.*)$/.exec(String(data.get('file') ?? '-')) ?? ['', '', ''];
  const title = data.get('title');
  const dossier = String(data.get('dossier') ?? '');
  const suggestion = suggestedArticleFile(typeof title === 'string' ? title : '', articlesOf(collection, dossier));
  return { number: typed[1]!.trim() || String(suggestion.number), name: typed[2]!.trim() || suggestion.name };
}

/** The file name (without `.md`) a new article is saved as. */
export function chosenStem(collection: string, data: ImmutableMap): string {
  const { number, name } = chosenFile(collection, data);
  return /^\d+$/.test(number) ? articleFileStem(Number(number), name) : `${number}-${name}`;
}
