import { isMap, isPair, isScalar, isSeq, offsetToPosition, type Node, type Scalar } from '../../front-matter/index.ts';
import type { CheckRule } from '../types.ts';

// Zero-width spaces and joiners, direction marks and overrides, word joiners, the soft hyphen, the
// Mongolian vowel separator and a BOM in mid-text: all invisible, all pasted in from web pages.
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** `U+200B`, as the message names each invisible character. */
function codePoint(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

function* scalars(node: unknown, path: (string | number)[]): Generator<{ node: Node; path: (string | number)[] }> {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (isPair(pair) && isScalar(pair.key)) yield* scalars(pair.value, [...path, String(pair.key.value)]);
    }
  } else if (isSeq(node)) {
    for (const [i, item] of node.items.entries()) yield* scalars(item, [...path, i]);
  } else if (isScalar(node) && typeof node.value === 'string') {
    yield { node, path };
  }
}

/**
 * Invisible characters in titles and other text fields make two equal-looking titles differ,
 * so search misses them and award lists split. Points at the first such character.
 */
export const invisibleCharactersRule: CheckRule = {
  id: 'invisible-characters',
  description: 'Warns about zero-width and other invisible characters in titles and other text fields.',
  check(ctx) {
    for (const file of ctx.files) {
      const fm = file.frontMatter;
      if (!fm || fm.errors.length > 0) continue;
      for (const { node, path } of scalars(fm.doc.contents, [])) {
        const [start, end] = node.range!;
        const raw = fm.source.slice(start, end);
        const found = [...new Set(raw.match(INVISIBLE) ?? [])];
        if (found.length === 0) continue;
        const first = raw.search(INVISIBLE);
        ctx.report({
          file: file.path,
          ...offsetToPosition(fm, start + first),
          field: path.join('.'),
          code: 'field.invisible',
          severity: 'warning',
          values: { field: path.join('.'), given: String((node as Scalar).value), chars: found.map(codePoint).join('、') },
        });
      }
    }
  },
};
