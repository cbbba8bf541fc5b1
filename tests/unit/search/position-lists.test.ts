import { describe, expect, it } from 'vitest';
import { ByteWriter } from '../../../src/lib/search/byte-codec.ts';
import { BLOCK_DOCS } from '../../../src/lib/search/format.ts';
import { documentSpans, PositionBlock, writePositions } from '../../../src/lib/search/position-lists.ts';

/** The positions of three documents of a key, as the shard codec writes them. */
function written(): { bytes: Uint8Array; perDoc: number[][] } {
  const perDoc = [[0, 5, 300], [2], [7, 8, 20_000]];
  const out = new ByteWriter();
  writePositions(out, perDoc.map((list) => list.length), perDoc.flat());
  return { bytes: out.done(), perDoc };
}

describe('writePositions and documentSpans', () => {
  it('cut a key’s positions into each document’s bytes, in order', () => {
    const { bytes } = written();
    const spans = documentSpans(bytes, 3);
    expect(spans[0]![0]).toBe(0);
    expect(spans.at(-1)![1]).toBe(bytes.length);
    // Each span starts where the one before it ends.
    for (let i = 1; i < spans.length; i++) expect(spans[i]![0]).toBe(spans[i - 1]![1]);
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
