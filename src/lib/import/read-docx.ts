import mammoth from 'mammoth';
import type { ReadResult } from './block.ts';
import { readHtml } from './read-html.ts';

// Word's Title style carries the dossier title; mammoth leaves it as a plain paragraph by default.
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => p:fresh"];

/**
 * Reads a Word dossier: mammoth turns it into HTML (its Markdown output is deprecated), which is
 * then read like any other HTML. mammoth's own warnings (unknown styles and the like) come back in
 * `warnings` for the report.
 */
export async function readDocx(data: Uint8Array): Promise<ReadResult & { warnings: string[] }> {
  const { value, messages } = await mammoth.convertToHtml({ buffer: Buffer.from(data) }, { styleMap: STYLE_MAP });
  return { ...readHtml(value), warnings: messages.map((m) => m.message) };
}
