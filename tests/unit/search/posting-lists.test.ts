import { describe, expect, it } from 'vitest';
import { decodeList, encodeList } from '../../../src/lib/search/posting-lists.ts';

describe('encodeList and decodeList', () => {
  it('round-trip sparse, dense and empty lists, choosing the smaller encoding', () => {
    const sparse = [3, 900, 70_000, 4_000_000];
    const dense = Array.from({ length: 5000 }, (_, i) => 100 + i * 2);
    for (const list of [[], [0], sparse, dense]) expect(Array.from(decodeList(encodeList(list)))).toEqual(list);
    // 5,000 hits over 10,000 numbers: a bitmap of about 1.25 KB, far below a byte per hit.
    expect(encodeList(dense).length).toBeLessThan(1300);
  });
});
