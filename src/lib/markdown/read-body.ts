import { readFile } from 'node:fs/promises';
import { readMarkdownFields } from '../front-matter/index.ts';

/** The body of the Markdown file at `path`, read when a page renders it, split by the one front matter reader. */
export async function readBody(path: string): Promise<string> {
  return readMarkdownFields(await readFile(path, 'utf8'), path).body;
}
