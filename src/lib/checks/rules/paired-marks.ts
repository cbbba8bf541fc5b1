import { textFields } from '../yaml-scalars.ts';
import type { CheckRule } from '../types.ts';

const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['“', '”'],
  ['‘', '’'],
  ['《', '》'],
  ['（', '）'],
  ['【', '】'],
  ['「', '」'],
  ['〈', '〉'],
];

/** The first mark of `text` without its partner (an opening never closed, or a closing never opened), with its offset. */
function unpairedMark(text: string): { mark: string; partner: string; index: number } | undefined {
  for (const [open, close] of PAIRS) {
    const stack: number[] = [];
    for (let i = 0; i < text.length; i++) {
      if (text[i] === open) stack.push(i);
      else if (text[i] === close) {
        if (stack.length === 0) return { mark: close, partner: open, index: i };
        stack.pop();
      }
    }
    if (stack.length > 0) return { mark: open, partner: close, index: stack[0]! };
  }
  return undefined;
}

// Fields that are one line of prose each; notes and summaries may legitimately quote in part.
const CHECKED = /^(?:title|subtitle|unit|awards\.\d+\.(?:title|issuer))$/;

/**
 * A title with “ but no ”, or 《 but no 》, lost its closing mark when it was cut or retyped: the
 * cover and the contents show it unbalanced. Reported at the mark that has no partner.
 */
export const pairedMarksRule: CheckRule = {
  id: 'paired-marks',
  description: 'Warns about titles and names with a quotation mark or bracket that is never closed.',
  perFile: true,
  check(ctx) {
    for (const file of ctx.files) {
      if (!file.frontMatter || ctx.data(file) === undefined) continue;
      for (const field of textFields(file.frontMatter)) {
        if (!CHECKED.test(field.field)) continue;
        const unpaired = unpairedMark(field.value);
        if (!unpaired) continue;
        const offset = field.source.indexOf(field.value) >= 0 ? field.source.indexOf(field.value) + unpaired.index : 0;
        ctx.report({
          file: file.path,
          ...field.at(offset),
          field: field.field,
          code: 'text.unpaired-mark',
          severity: 'warning',
          values: { given: field.value, mark: unpaired.mark, partner: unpaired.partner },
        });
      }
    }
  },
};
