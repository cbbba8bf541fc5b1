import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { readMarkdownBody } from '../front-matter/index.ts';

/**
 * The body of the Markdown file at `path`, read when a page renders it, split by the one front
 * matter reader. Its fields were read by Astro's loader, so they are not parsed again.
 */
export async function readBody(path: string): Promise<string> {
  return readMarkdownBody(await readFile(path, 'utf8'), path);
}

/**
 * {@link readBody}, read at once: a build reads thousands of small bodies one after the other,
 * and a synchronous read costs a fraction of the promise-based one's round trips.
 */
export function readBodySync(path: string): string {
  return readMarkdownBody(readFileSync(path, 'utf8'), path);
}
