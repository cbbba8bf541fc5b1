import { textFields } from '../yaml-scalars.ts';
import type { CheckRule } from '../types.ts';

// A space YAML put where the value was wrapped, between two Chinese characters or punctuation.
const CJK = String.raw`[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’—…]`;
const JOIN_SPACE = new RegExp(`(?<=${CJK}) (?=${CJK})`);

/**
 * A value wrapped onto a second line (Notepad's word wrap, a long title pasted in) is joined back
 * with a space, which in Chinese text shows as a gap: `一是强化职能定位， 突出创新意识`. Warns at
 * the field, quoting the value as the site will print it.
 */
export const wrappedValuesRule: CheckRule = {
  id: 'wrapped-values',
  description: 'Warns about field values wrapped over lines, which YAML joins with a space between Chinese characters.',
  perFile: true,
  check(ctx) {
    for (const file of ctx.files) {
      if (!file.frontMatter || ctx.data(file) === undefined) continue;
      for (const field of textFields(file.frontMatter)) {
        // Block scalars (| and >) keep their line breaks on purpose.
        if (!field.source.includes('\n') || /^[|>]/.test(field.source) || !JOIN_SPACE.test(field.value)) continue;
        ctx.report({
          file: file.path,
          ...field.position,
          field: field.field,
          code: 'field.wrapped',
          severity: 'warning',
          values: { given: field.value, joined: field.value.replace(new RegExp(JOIN_SPACE.source, 'g'), '') },
        });
      }
    }
  },
};
