import { describe, expect, it } from 'vitest';
import { decodeEntryValues, encodeEntryValues } from '../../../src/lib/search/entry-values.ts';

describe('encodeEntryValues and decodeEntryValues', () => {
  it('round-trip the values of every entry, runs of equal sets stored once', () => {
    const values = [[0], [0], [0], [2, 5], [2, 5], [], [1], [0]];
    const { starts, values: flat } = decodeEntryValues(encodeEntryValues(values), values.length);
    expect(values.map((_, e) => Array.from(flat.subarray(starts[e], starts[e + 1])))).toEqual(values);
    // A thousand entries of one dossier with one unit: one run.
    expect(encodeEntryValues(Array.from({ length: 1000 }, () => [7])).length).toBe(4);
  });
});
