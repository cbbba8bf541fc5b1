import type { Html } from 'mdast';
import { eachOfType } from '../markdown-nodes.ts';
import { positionInHtml, withoutComments } from '../html-source.ts';
import type { CheckRule } from '../types.ts';

// What Word and WPS leave in HTML copied from them: Office namespaces (`<o:p>`, `<w:…>`, `<v:…>`),
// `mso-` styles, `Mso…` classes and conditional comments for Office.
const LEFTOVERS: ReadonlyArray<readonly [string, RegExp]> = [
  ['<o:p>', /<\/?o:p\b/i],
  ['<w:…>', /<\/?w:[a-z]/i],
  ['<v:…>', /<\/?v:[a-z]/i],
  ['mso-', /\bmso-[a-z-]+\s*:/i],
  ['class="Mso…"', /\bclass\s*=\s*["']?Mso/i],
  ['<!--[if gte mso]>', /<!--\[if\s[^\]]*mso/i],
  ['xmlns:o', /xmlns:[owv]\s*=/i],
];

/**
 * HTML pasted from Word carries Office markup that the sanitizer strips piece by piece; what is
 * left is text with odd gaps and lost line breaks. One warning per file, at the first leftover,
 * naming every kind found, with how to paste plain text instead.
 */
export const wordLeftoversRule: CheckRule = {
  id: 'word-leftovers',
  description: 'Warns about HTML pasted from Word or WPS (<o:p>, mso- styles, class="Mso…").',
  perFile: true,
  check(ctx) {
    for (const file of ctx.files) {
      if (!file.path.endsWith('.md') || file.text === undefined || file.unclosedFrontMatter) continue;
      const found = new Set<string>();
      let first: { line: number; column: number } | undefined;
      eachOfType(ctx.markdownNodes(file), 'html', (node: Html) => {
        // Conditional comments are looked for in the raw HTML; the rest outside comments.
        const text = withoutComments(node.value);
        for (const [name, pattern] of LEFTOVERS) {
          const match = pattern.exec(name.startsWith('<!--') ? node.value : text);
          if (!match) continue;
          found.add(name);
          const at = positionInHtml(node, match.index);
          if (at && (!first || at.line < first.line || (at.line === first.line && at.column < first.column))) first = at;
        }
      });
      if (found.size === 0 || !first) continue;
      ctx.report({
        file: file.path,
        line: first.line + file.bodyLine - 1,
        column: first.column,
        code: 'html.word-leftovers',
        severity: 'warning',
        values: { found: [...found].join('、') },
      });
    }
  },
};
