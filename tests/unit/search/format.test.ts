import { describe, expect, it } from 'vitest';
import { ByteReader, ByteWriter, decodeEntryValues, decodeList, encodeEntryValues, encodeList, hashKey } from '../../../src/lib/search/format.ts';

describe('encodeList and decodeList', () => {
  it('round-trip sparse, dense and empty lists, choosing the smaller encoding', () => {
    const sparse = [3, 900, 70_000, 4_000_000];
    const dense = Array.from({ length: 5000 }, (_, i) => 100 + i * 2);
    for (const list of [[], [0], sparse, dense]) expect(Array.from(decodeList(encodeList(list)))).toEqual(list);
    // 5,000 hits over 10,000 numbers: a bitmap of about 1.25 KB, far below a byte per hit.
    expect(encodeList(dense).length).toBeLessThan(1300);
  });
});

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

describe('hashKey', () => {
  it('is stable, so the browser finds the bucket the builder wrote', () => {
    expect(hashKey('文明')).toBe(hashKey('文明'));
    expect(hashKey('文明')).not.toBe(hashKey('明文'));
    expect(hashKey('')).toBe(0x811c9dc5);
  });
});

describe('encodeEntryValues and decodeEntryValues', () => {
  it('round-trip the values of every entry, runs of equal sets stored once', () => {
    const values = [[0], [0], [0], [2, 5], [2, 5], [], [1], [0]];
    const { starts, values: flat } = decodeEntryValues(encodeEntryValues(values), values.length);
    expect(values.map((_, e) => Array.from(flat.subarray(starts[e], starts[e + 1])))).toEqual(values);
    // A thousand entries of one dossier with one unit: one run.
    expect(encodeEntryValues(Array.from({ length: 1000 }, () => [7])).length).toBe(4);
  });
});
