import { isMap, isPair, isScalar, isSeq, offsetToPosition, type Node, type YamlBlock } from '../front-matter/index.ts';

/** A 1-based line and column in a file. */
export interface Position {
  line: number;
  column: number;
}

function nodeStart(fm: YamlBlock, node: Node | null | undefined): Position | undefined {
  const start = node?.range?.[0];
  return start === undefined ? undefined : offsetToPosition(fm, start);
}

/**
 * Where a field lives in the file, given its path as zod reports it (`['awards', 2, 'years']`).
 *
 * Points at the value when the field is present, at the key when the value is empty, and at the
 * closest enclosing entry when the field is missing (a missing top-level field points at the
 * opening `---`, where it has to be added).
 */
export function locateField(fm: YamlBlock, path: readonly PropertyKey[], at: 'value' | 'key' = 'value'): Position {
  let node: unknown = fm.doc.contents;
  let best: Position = nodeStart(fm, node as Node) ?? { line: fm.fenceLine, column: 1 };
  if (path.length > 0 && isMap(node)) best = { line: fm.fenceLine, column: 1 };
  for (const [index, key] of path.entries()) {
    const last = index === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(key));
      if (!pair) return best;
      const keyPos = nodeStart(fm, pair.key as Node);
      const valuePos = nodeStart(fm, pair.value as Node);
      // An empty value (`title:`) has a zero-width node after the colon; the key reads better.
      const emptyValue = isScalar(pair.value) && (pair.value.value === null || pair.value.value === '');
      best = (last && at === 'key') || emptyValue ? (keyPos ?? best) : (valuePos ?? keyPos ?? best);
      node = pair.value;
    } else if (isSeq(node)) {
      const item = node.items[Number(key)];
      if (item === undefined) return best;
      best = nodeStart(fm, item as Node) ?? best;
      node = item;
    } else {
      return best;
    }
  }
  return best;
}
