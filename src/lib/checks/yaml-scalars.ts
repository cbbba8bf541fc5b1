import { isMap, isPair, isScalar, isSeq, offsetToPosition, type Node, type YamlBlock } from '../front-matter/index.ts';
import type { Position } from './locate.ts';

/** A text value of the front matter: its dotted field path, its value and where it starts. */
export interface TextField {
  /** `title`, `awards.2.title`. */
  field: string;
  value: string;
  /** The value exactly as written, quotes included. */
  source: string;
  /** File position of the first character of `source`. */
  position: Position;
  /** File position of the character at `offset` inside `source`. */
  at(offset: number): Position;
}

function* walk(node: unknown, path: (string | number)[]): Generator<{ node: Node; path: (string | number)[] }> {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (isPair(pair) && isScalar(pair.key)) yield* walk(pair.value, [...path, String(pair.key.value)]);
    }
  } else if (isSeq(node)) {
    for (const [i, item] of node.items.entries()) yield* walk(item, [...path, i]);
  } else if (isScalar(node) && typeof node.value === 'string') {
    yield { node, path };
  }
}

/** Every text value of a parsed front matter block, in file order; none when it has errors. */
export function textFields(fm: YamlBlock): TextField[] {
  if (fm.errors.length > 0) return [];
  return [...walk(fm.doc.contents, [])].map(({ node, path }) => {
    const [start, end] = node.range!;
    return {
      field: path.join('.'),
      value: String((node as { value: unknown }).value),
      source: fm.source.slice(start, end),
      position: offsetToPosition(fm, start),
      at: (offset: number) => offsetToPosition(fm, start + offset),
    };
  });
}
