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

  it('writes a string as its UTF-8 length and bytes, whatever its length and script', () => {
    // Lengths around where the length prefix needs one more byte, in ASCII (one byte a unit) and
    // Chinese (three), a pair beyond the BMP, a lone surrogate, and a text too long to encode in place.
    const texts = ['', 'a', 'a'.repeat(42), 'a'.repeat(43), 'a'.repeat(127), 'a'.repeat(128), '文'.repeat(42), '文'.repeat(43), '文'.repeat(5000), '𠀀a𠀁', 'x\ud800y', '年'.repeat(70000)];
    const w = new ByteWriter();
    w.varint(7);
    for (const text of texts) w.string(text);
    const expected = [Buffer.from([7])];
    for (const text of texts) {
      const bytes = new TextEncoder().encode(text);
      const prefix = new ByteWriter();
      prefix.varint(bytes.length);
      expected.push(Buffer.from(prefix.done()), Buffer.from(bytes));
    }
    const written = w.done();
    expect(Buffer.from(written).equals(Buffer.concat(expected))).toBe(true);
    const r = new ByteReader(written);
    r.varint();
    expect(texts.map(() => r.string())).toEqual(texts.map((text) => new TextDecoder().decode(new TextEncoder().encode(text))));
  });
});
