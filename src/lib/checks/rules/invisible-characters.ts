import { codePoint } from '../../diagnostics/index.ts';
import type { CheckRule } from '../types.ts';
import { textFields } from '../yaml-scalars.ts';

// Zero-width spaces and joiners, direction marks and overrides, word joiners, the soft hyphen, the
// Mongolian vowel separator and a BOM in mid-text: all invisible, all pasted in from web pages.
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/**
 * Invisible characters in titles and other text fields make two equal-looking titles differ,
 * so search misses them and award lists split. Points at the first such character.
 */
export const invisibleCharactersRule: CheckRule = {
  id: 'invisible-characters',
  description: 'Warns about zero-width and other invisible characters in titles and other text fields.',
  perFile: true,
  check(ctx) {
    for (const file of ctx.files) {
      const fm = file.frontMatter;
      if (!fm || fm.errors.length > 0) continue;
      for (const { field, value, source, at } of textFields(fm)) {
        const found = [...new Set(source.match(INVISIBLE) ?? [])];
        if (found.length === 0) continue;
        ctx.report({
          file: file.path,
          ...at(source.search(INVISIBLE)),
          field,
          code: 'field.invisible',
          severity: 'warning',
          values: { field, given: value, chars: found.map(codePoint).join('、') },
        });
      }
    }
  },
};
