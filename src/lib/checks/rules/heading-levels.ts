import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { eachOfType } from '../markdown-nodes.ts';
import type { CheckRule } from '../types.ts';

/**
 * A heading more than one level below the one before it (`##` then `####`) leaves a gap that
 * screen readers announce and the page's outline shows: usually a `#` too many, or a level left out.
 */
export const headingLevelsRule: CheckRule = {
  id: 'heading-levels',
  description: 'Warns about headings that skip a level in a body (## followed by ####).',
  perFile: true,
  check(ctx) {
    for (const file of ctx.files) {
      if (!file.path.endsWith('.md') || file.text === undefined || file.unclosedFrontMatter) continue;
      let previous: number | undefined;
      eachOfType(ctx.markdownNodes(file), 'heading', (node: Heading) => {
        const depth = node.depth;
        if (previous !== undefined && depth > previous + 1 && node.position) {
          ctx.report({
            file: file.path,
            line: node.position.start.line + file.bodyLine - 1,
            column: node.position.start.column,
            code: 'heading.jump',
            severity: 'warning',
            values: { heading: toString(node), from: '#'.repeat(previous), to: '#'.repeat(depth), fix: '#'.repeat(previous + 1) },
          });
        }
        previous = depth;
      });
    }
  },
};
