import type { RootContent } from 'mdast';
import type { CheckRule } from '../types.ts';

const COMMENT_ONLY = /^\s*(?:<!--[\s\S]*?-->\s*)+$/;

/** True for nodes that show nothing on the page: HTML comments, such as the scaffold's guidance. */
function invisible(node: RootContent): boolean {
  return node.type === 'html' && COMMENT_ONLY.test(node.value);
}

/** An article with only a title renders as a bare heading on its section page. */
export const emptyBodyRule: CheckRule = {
  id: 'empty-body',
  description: 'Articles must have text below their front matter.',
  check(ctx) {
    for (const file of ctx.files) {
      if (file.role.kind !== 'article' || file.text === undefined || file.unclosedFrontMatter) continue;
      if (ctx.markdown(file).children.some((node) => !invisible(node))) continue;
      ctx.report({ file: file.path, line: file.bodyLine, code: 'body.empty' });
    }
  },
};
