import { frontMatterBlock } from '../front-matter/index.ts';

/**
 * The whole text of a Markdown content file: the front matter, a blank line and the body, ending
 * in one newline. Without fields (a section's introduction) the file is the body alone; without a
 * body it is the front matter alone. The importer and the editor at `/admin/` write files here,
 * so the same content is always the same bytes.
 */
export function markdownFile(fields: Record<string, unknown> | undefined, body: string): string {
  const text = body.replace(/^\n+/, '').trimEnd();
  if (fields === undefined) return text === '' ? '' : `${text}\n`;
  const head = frontMatterBlock(fields);
  return text === '' ? head : `${head}\n${text}\n`;
}
