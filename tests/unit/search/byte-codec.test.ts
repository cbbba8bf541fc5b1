import { describe, expect, it } from 'vitest';
import { ByteReader, ByteWriter } from '../../../src/lib/search/byte-codec.ts';

describe('ByteWriter and ByteReader', () => {
  it('round-trip varints, blocks and strings', () => {
    const w = new ByteWriter();
    w.varint(0);
    w.varint(300);
    w.varint(2 ** 31 + 5);
    w.string('市级文明单位');
    w.block(new Uint8Array([1, 2, 3]));
    const r = new ByteReader(w.done());
    expect([r.varint(), r.varint(), r.varint(), r.string(), Array.from(r.block())]).toEqual([0, 300, 2 ** 31 + 5, '市级文明单位', [1, 2, 3]]);
    expect(r.done).toBe(true);
  });
});
