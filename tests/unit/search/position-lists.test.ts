import { describe, expect, it } from 'vitest';
import { ByteWriter } from '../../../src/lib/search/byte-codec.ts';
import { BLOCK_DOCS } from '../../../src/lib/search/format.ts';
import { documentEnd, PositionBlock, writePositions } from '../../../src/lib/search/position-lists.ts';

/** The positions of three documents of a key, as the shard codec writes them. */
function written(): { bytes: Uint8Array; perDoc: number[][] } {
  const perDoc = [[0, 5, 300], [2], [7, 8, 20_000]];
  const out = new ByteWriter();
  writePositions(out, perDoc.map((list) => list.length), perDoc.flat());
  return { bytes: out.done(), perDoc };
}

describe('writePositions and documentEnd', () => {
  it('find where each document’s positions end, the next one starting there', () => {
    const { bytes, perDoc } = written();
    let at = 0;
    const ends: number[] = [];
    for (let i = 0; i < perDoc.length; i++) ends.push((at = documentEnd(bytes, at)));
    // One count byte per document, and one to three bytes per delta: 0, 5, 295 | 2 | 7, 1, 19,992.
    expect(ends).toEqual([5, 7, 13]);
    expect(ends.at(-1)).toBe(bytes.length);
  });
});

describe('PositionBlock', () => {
  it('reads back each document’s positions, and nothing for a document the key is not in', () => {
    const { bytes, perDoc } = written();
    const docs = Uint32Array.from([3, 10, 4000]);
    const block = new PositionBlock(bytes, docs, 0);
    docs.forEach((doc, i) => expect(block.positions(doc)).toEqual(perDoc[i]));
    expect(block.positions(11)).toBeUndefined();
  });

  it('takes only the documents of its own block from the key’s document list', () => {
    const { bytes, perDoc } = written();
    // The key's first document lies in block 0; the block read here is block 1.
    const docs = Uint32Array.from([5, BLOCK_DOCS + 1, BLOCK_DOCS + 2, BLOCK_DOCS + 3]);
    const block = new PositionBlock(bytes, docs, 1);
    expect(block.positions(BLOCK_DOCS + 3)).toEqual(perDoc[2]);
    expect(block.positions(5)).toBeUndefined();
  });
});
