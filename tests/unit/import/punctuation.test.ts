import { describe, expect, it } from 'vitest';
import { toFullWidthPunctuation } from '../../../src/lib/import/punctuation.ts';

describe('toFullWidthPunctuation', () => {
  it('turns half-width punctuation in Chinese text full-width', () => {
    expect(toFullWidthPunctuation('捕捉信息,当好“情报部”。')).toBe('捕捉信息，当好“情报部”。');
    expect(toFullWidthPunctuation('先进县(市、区);阐释:“好”!对吗?')).toBe('先进县（市、区）；阐释：“好”！对吗？');
  });

  it('keeps digits, year-range dashes and marks between Latin text', () => {
    expect(toFullWidthPunctuation('2006-2011年度')).toBe('2006-2011年度');
    expect(toFullWidthPunctuation('at 10:30 (a, b)')).toBe('at 10:30 (a, b)');
  });

  it('drops spaces left around full-width marks inside a paragraph', () => {
    expect(toFullWidthPunctuation('近年来, 区政府办公室')).toBe('近年来，区政府办公室');
  });
});
