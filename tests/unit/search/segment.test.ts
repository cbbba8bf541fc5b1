import { describe, expect, it } from 'vitest';
import { joinWords, searchTerm, spaceWords, spaceWordsInHtml } from '../../../src/lib/search/segment.ts';

describe('cutting text into words for the index', () => {
  it('puts one space between words and keeps existing spaces as they are', () => {
    expect(spaceWords('先进基层党组织')).toBe('先进 基层 党 组织');
    expect(spaceWords('2012年度 全市文明单位')).toBe('2012 年度 全市 文明 单位');
  });

  it('cuts only the text between tags, leaving tags, attributes and character references whole', () => {
    const html = '<h1 data-pagefind-meta="title">服务篇</h1><span data-pagefind-filter="单位:黄州区政府办公室"></span><p>甲&amp;乙&#x4e00;文明</p>';
    expect(spaceWordsInHtml(html)).toBe('<h1 data-pagefind-meta="title">服务 篇</h1><span data-pagefind-filter="单位:黄州区政府办公室"></span><p>甲&amp;乙&#x4e00;文明</p>');
  });

  it('cuts a query the way it cuts the text', () => {
    expect(searchTerm('  先进基层党组织 ')).toBe('先进 基层 党 组织');
    expect(searchTerm('市级文明单位')).toBe(spaceWords('市级文明单位'));
  });
});

describe('joinWords', () => {
  it('takes the cutting spaces out next to Chinese characters, across highlight tags', () => {
    expect(joinWords('2012 年度 <mark>先进</mark> <mark>基层</mark> 党 组织 。')).toBe('2012年度<mark>先进</mark><mark>基层</mark>党组织。');
  });

  it('keeps spaces between words of other scripts', () => {
    expect(joinWords('Pagefind UI 1.6')).toBe('Pagefind UI 1.6');
  });
});
