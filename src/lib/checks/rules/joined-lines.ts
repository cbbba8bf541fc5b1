import type { Paragraph } from 'mdast';
import { eachOfType } from '../markdown-nodes.ts';
import type { CheckRule } from '../types.ts';

// A line that starts like a new paragraph in Word or Notepad: indented with full-width spaces,
// non-breaking spaces or two ordinary ones.
const INDENTED = /^(?:[\u3000\u00a0]|  )/;

/**
 * Text typed in Notepad or pasted from Word often has one paragraph per line, indented with
 * full-width spaces, and no blank line between. Markdown joins such lines into one paragraph, so
 * the reader sees one block. One warning per file, at the first such line, with the count.
 */
export const joinedLinesRule: CheckRule = {
  id: 'joined-lines',
  description: 'Warns about indented lines that Markdown joins to the paragraph above (no blank line between).',
  perFile: true,
  check(ctx) {
    for (const file of ctx.files) {
      if (!file.path.endsWith('.md') || file.text === undefined || file.unclosedFrontMatter) continue;
      const lines = file.body.split('\n');
      const joined: number[] = [];
      eachOfType(ctx.markdownNodes(file), 'paragraph', (node: Paragraph) => {
        const { start, end } = node.position ?? {};
        if (!start || !end) return;
        for (let line = start.line + 1; line <= end.line; line++) {
          if (INDENTED.test(lines[line - 1] ?? '')) joined.push(line);
        }
      });
      if (joined.length === 0) continue;
      const first = joined[0]!;
      ctx.report({
        file: file.path,
        line: first + file.bodyLine - 1,
        column: 1,
        code: 'body.joined-lines',
        severity: 'warning',
        values: { count: joined.length, start: (lines[first - 1] ?? '').trim().slice(0, 12) },
      });
    }
  },
};
