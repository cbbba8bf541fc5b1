// `filters/<n>.bin`: which values of a filter each entry carries, so the search page can count a
// filter's values among a query's results without a list per value.
import { ByteReader, ByteWriter } from './byte-codec.ts';

/**
 * Encodes which values (numbers into a filter's value list) each entry carries, as runs of
 * consecutive entries that carry the same values: a dossier's pages and awards share their unit,
 * so a filter costs a few bytes per dossier, not per entry. Each run is its length, then the
 * number of values and the values.
 */
export function encodeEntryValues(values: ReadonlyArray<readonly number[]>): Uint8Array {
  const out = new ByteWriter();
  for (let e = 0; e < values.length; ) {
    const same = values[e]!;
    let end = e + 1;
    while (end < values.length && values[end]!.length === same.length && values[end]!.every((v, i) => v === same[i])) end++;
    out.varint(end - e);
    out.varint(same.length);
    for (const v of same) out.varint(v);
    e = end;
  }
  return out.done();
}

/** Decodes {@link encodeEntryValues}: entry e carries `values[starts[e]]` up to `values[starts[e + 1]]`. */
export function decodeEntryValues(bytes: Uint8Array, entries: number): { starts: Uint32Array; values: Uint32Array } {
  const reader = new ByteReader(bytes);
  const starts = new Uint32Array(entries + 1);
  const values: number[] = [];
  let e = 0;
  while (!reader.done && e < entries) {
    const run = reader.varint();
    const set = Array.from({ length: reader.varint() }, () => reader.varint());
    for (let k = 0; k < run && e < entries; k++, e++) {
      starts[e] = values.length;
      values.push(...set);
    }
  }
  for (; e <= entries; e++) starts[e] = values.length;
  return { starts, values: Uint32Array.from(values) };
}
