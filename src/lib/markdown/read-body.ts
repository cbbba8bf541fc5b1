import { parseFrontmatter } from '@astrojs/markdown-remark';
import { readFile } from 'node:fs/promises';

/** A Markdown file's front matter and body, split the way Astro splits its Markdown entries. */
export function splitEntry(text: string): { data: Record<string, unknown>; body: string } {
  const parsed = parseFrontmatter(text, { frontmatter: 'remove' });
  return { data: parsed.frontmatter, body: parsed.content.trim() };
}

/** The body of the Markdown file at `path`, read when a page renders it. */
export async function readBody(path: string): Promise<string> {
  return splitEntry(await readFile(path, 'utf8')).body;
}
