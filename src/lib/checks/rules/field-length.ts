import { textFields } from '../yaml-scalars.ts';
import type { CheckRule } from '../types.ts';

// How long a heading-like field may reasonably be, in characters: longer ones are nearly always a
// paragraph pasted into the field, or the field and the next one run together.
const LIMITS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^title$/, 60],
  [/^subtitle$/, 80],
  [/^unit$/, 50],
  [/^awards\.\d+\.title$/, 80],
  [/^awards\.\d+\.issuer$/, 60],
];

/**
 * Titles and other heading-like fields far longer than any heading: they break the cover, the
 * contents and search results. The message quotes the start and says how long it is.
 */
export const fieldLengthRule: CheckRule = {
  id: 'field-length',
  description: 'Warns about titles, subtitles, units and award names longer than a heading can be.',
  perFile: true,
  check(ctx) {
    for (const file of ctx.files) {
      if (!file.frontMatter || ctx.data(file) === undefined) continue;
      for (const field of textFields(file.frontMatter)) {
        const limit = LIMITS.find(([pattern]) => pattern.test(field.field))?.[1];
        const length = [...field.value.trim()].length;
        if (limit === undefined || length <= limit) continue;
        ctx.report({
          file: file.path,
          ...field.position,
          field: field.field,
          code: 'field.too-long',
          severity: 'warning',
          values: { start: `${[...field.value.trim()].slice(0, 20).join('')}…`, length, limit },
        });
      }
    }
  },
};
