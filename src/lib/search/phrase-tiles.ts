// How a term of several characters is checked against the index: which keys it is looked up by,
// and whether those keys stand in the documents where the term puts them. The index keeps
// positions only for two-character keys and words, so a longer run is pinned down by a tiling of
// its two-character keys.
import type { Term } from './query.ts';

/** A key whose positions must be checked, and where in the term it starts (in UTF-16 units). */
interface Tile {
  key: string;
  offset: number;
}

/**
 * The keys a term is looked up by (each once), and the tiles among them whose positions must be
 * checked: none when a single key is already exact.
 */
export function termKeys(term: Term): { all: string[]; tiles: Tile[] } {
  const all: string[] = [];
  const tiles: Tile[] = [];
  for (const part of term.parts) {
    const chars = [...part.text];
    if (part.kind === 'word') {
      all.push(part.text);
      tiles.push({ key: part.text, offset: part.offset });
    } else if (chars.length === 1) all.push(part.text);
    else {
      // Every two-character key narrows the candidates; a tiling of them (every other one, and
      // the last) pins down every character's place.
      let offset = part.offset;
      for (let i = 0; i + 1 < chars.length; i++) {
        const key = chars[i]! + chars[i + 1]!;
        all.push(key);
        if (i % 2 === 0 || i === chars.length - 2) tiles.push({ key, offset });
        offset += chars[i]!.length;
      }
    }
  }
  // A single key (one character, two characters or one word) is exact without positions.
  const exact = all.length === 1 && term.parts.length === 1;
  return { all: [...new Set(all)], tiles: exact ? [] : tiles };
}

/**
 * Whether the tiles of a term stand where the term puts them: some start such that every tile's
 * key is at start + its offset. `positions[i]` are tile i's positions in the document, ascending.
 * Walks from the tile with the fewest positions, each other tile's list once.
 */
export function tilesAlign(positions: readonly (readonly number[])[], offsets: readonly number[]): boolean {
  let anchor = 0;
  for (let i = 1; i < positions.length; i++) if (positions[i]!.length < positions[anchor]!.length) anchor = i;
  const cursors = new Array<number>(positions.length).fill(0);
  next: for (const p of positions[anchor]!) {
    const start = p - offsets[anchor]!;
    for (let i = 0; i < positions.length; i++) {
      if (i === anchor) continue;
      const list = positions[i]!;
      const want = start + offsets[i]!;
      let c = cursors[i]!;
      while (c < list.length && list[c]! < want) c++;
      cursors[i] = c;
      if (c === list.length) return false;
      if (list[c] !== want) continue next;
    }
    return true;
  }
  return false;
}
