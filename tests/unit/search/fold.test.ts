import { describe, expect, it } from 'vitest';
import { foldText } from '../../../src/lib/search/fold.ts';

describe('foldText', () => {
  it('folds full-width digits and letters, traditional characters and capitals', () => {
    expect(foldText('２０２０年 市級文明單位 ＱＣ小組').text).toBe('2020年市级文明单位qc小组');
  });

  it('joins characters an editor spaced out, keeps a space between words of letters', () => {
    expect(foldText('管 理 篇').text).toBe('管理篇');
    expect(foldText('Wi Fi  热点').text).toBe('wi fi热点');
  });

  it('keeps punctuation, which separates keys', () => {
    expect(foldText('“一老”，当好').text).toBe('“一老”,当好');
  });

  it('maps every folded character back to the character it came from', () => {
    const { text, source } = foldText('２０ 年圖', true);
    expect(text).toBe('20年图');
    expect(source).toEqual([0, 1, 3, 4]);
  });

  it('folds a character into several, keeps characters beyond the BMP and lone surrogates as they are', () => {
    const { text, source } = foldText('㈠ 𠀀年 \ud800x', true);
    expect(text).toBe('(一)𠀀年\ud800x');
    expect(source).toEqual([0, 0, 0, 2, 2, 4, 6, 7]);
  });

  it('folds a text longer than any buffer it starts with, the same as its pieces', () => {
    const piece = '國際 ＡＢ 文明單位，';
    const long = piece.repeat(5000);
    expect(foldText(long).text).toBe(foldText(piece).text.repeat(5000));
  });
});

