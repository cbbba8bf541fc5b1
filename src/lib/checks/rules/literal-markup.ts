import type { Text } from 'mdast';
import { eachOfType } from '../markdown-nodes.ts';
import type { CheckRule } from '../types.ts';

// Emphasis markers that survived parsing: they reach the page as typed.
const LEFT_OVER = /\*\*|__|~~/;

/**
 * `**` that Markdown did not read as bold (a space inside the stars, a marker never closed, a
 * pair split over paragraphs) shows on the page as two asterisks. One warning per file, at the
 * first, quoting the text around it.
 */
export const literalMarkupRule: CheckRule = {
  id: 'literal-markup',
  description: 'Warns about ** __ ~~ left in the text because Markdown could not pair them.',
  perFile: true,
  check(ctx) {
    for (const file of ctx.files) {
      if (!file.path.endsWith('.md') || file.text === undefined || file.unclosedFrontMatter) continue;
      let reported = false;
      eachOfType(ctx.markdownNodes(file), 'text', (node: Text) => {
        if (reported || !node.position) return;
        const match = LEFT_OVER.exec(node.value);
        if (!match) return;
        // Text nodes hold decoded text; find the marker's place in the line it starts on.
        const before = node.value.slice(0, match.index);
        const newlines = before.match(/\n/g)?.length ?? 0;
        const column = newlines === 0 ? node.position.start.column + match.index : match.index - before.lastIndexOf('\n');
        const around = node.value.slice(Math.max(0, match.index - 8), match.index + 12).replace(/\n/g, ' ');
        ctx.report({
          file: file.path,
          line: node.position.start.line + newlines + file.bodyLine - 1,
          column,
          code: 'markdown.literal-markup',
          severity: 'warning',
          values: { marker: match[0], around },
        });
        reported = true;
      });
    }
  },
};
