import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../../src/lib/import/normalise.ts';

describe('normaliseText', () => {
  it('turns every dash variant editors and converters type into ——', () => {
    for (const dash of ['――', '－－', '--', '────']) expect(normaliseText(`${dash}2019年度先进单位`)).toBe('——2019年度先进单位');
  });

  it('keeps single dashes of year ranges and ASCII double hyphens between Latin words', () => {
    expect(normaliseText('2017—2019年度')).toBe('2017—2019年度');
    expect(normaliseText('a--b')).toBe('a--b');
  });

  it('makes full-width digits ASCII, removes invisible characters and makes punctuation next to Chinese full-width', () => {
    expect(normaliseText('\ufeff２０２１年度\u200b先进单位(第一名),好')).toBe('2021年度先进单位（第一名），好');
  });
});
