import type { Paragraph, Text } from 'mdast';
import { eachOfType } from '../markdown-nodes.ts';
import type { CheckRule } from '../types.ts';

/** Markup typed with a Chinese input method, or without its space, that Markdown reads as plain text. */
const PATTERNS: ReadonlyArray<{ pattern: RegExp; atLineStart: boolean; fix: (written: string) => string; what: string; whatEn: string }> = [
  { pattern: /^＃{1,6}\s*/, atLineStart: true, fix: (w) => `${'#'.repeat(w.trim().length)} `, what: '用全角“＃”写的小标题', whatEn: 'a heading typed with full-width ＃' },
  { pattern: /^#{1,6}(?=[^\s#])/, atLineStart: true, fix: (w) => `${w} `, what: '“#”后面没有空格的小标题', whatEn: 'a heading without a space after #' },
  { pattern: /^[－—·•]\s+/, atLineStart: true, fix: () => '- ', what: '全角符号开头的列表项', whatEn: 'a list item started with a full-width dash or bullet' },
  { pattern: /＊＊[^＊\n]+＊＊/, atLineStart: false, fix: (w) => w.replace(/＊/g, '*'), what: '用全角“＊＊”写的加粗', whatEn: 'bold typed with full-width ＊＊' },
  { pattern: /[[［【][^\]］】\n]+[\]］】][（(][^)）\n]+[)）]/, atLineStart: false, fix: (w) => w.replace(/[［【]/, '[').replace(/[］】]/, ']').replace(/[（(]([^)）]+)[)）]$/, '($1)'), what: '用全角括号写的链接', whatEn: 'a link typed with full-width brackets' },
];

/**
 * Markdown typed with a Chinese input method (`＃＃ 标题`, `＊＊加粗＊＊`, `[附件]（./a.pdf）`) or
 * without the space after `#` reaches the page as typed. Warns at the first such place in a body,
 * quoting it with the half-width form that works.
 */
export const typedMarkupRule: CheckRule = {
  id: 'typed-markup',
  description: 'Warns about headings, bold, lists and links typed with full-width marks or without the space after #.',
  perFile: true,
  check(ctx) {
    for (const file of ctx.files) {
      if (!file.path.endsWith('.md') || file.text === undefined || file.unclosedFrontMatter) continue;
      const lines = file.body.split('\n');
      let reported = false;
      eachOfType(ctx.markdownNodes(file), 'paragraph', (node: Paragraph) => {
        if (reported || !node.position) return;
        const { start, end } = node.position;
        for (let line = start.line; line <= end.line && !reported; line++) {
          const text = lines[line - 1] ?? '';
          const column = line === start.line ? start.column : (text.search(/\S/) + 1 || 1);
          const from = text.slice(column - 1);
          for (const { pattern, atLineStart, fix, what, whatEn } of PATTERNS) {
            const match = pattern.exec(from);
            if (!match || (atLineStart && match.index !== 0)) continue;
            // Half-width throughout is a link Markdown did read, or one the link rules explain.
            if (!/[＃＊［【］】（）－—·•]|^#/.test(match[0])) continue;
            // Only text Markdown left as text counts: inside code the marks are meant as written.
            if (!(node.children as Text[]).some((child) => child.type === 'text' && child.value.includes(match[0].trim().slice(0, 2)))) continue;
            // A mark at the start of a line is quoted with the words after it, up to 20 characters.
            const rest = atLineStart ? from.slice(match[0].length, 20) : '';
            ctx.report({
              file: file.path,
              line: line + file.bodyLine - 1,
              column: column + match.index,
              code: 'markdown.typed-markup',
              severity: 'warning',
              values: { written: `${match[0]}${rest}`.trim(), fixed: `${fix(match[0])}${rest}`.trim(), what, whatEn },
            });
            reported = true;
            break;
          }
        }
      });
    }
  },
};
