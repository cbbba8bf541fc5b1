import { describe, expect, it } from 'vitest';
import { loosenTerms, parseQuery } from '../../../src/lib/search/query.ts';

const texts = (q: string) => parseQuery(q).map((term) => `${term.quoted ? 'q:' : ''}${term.text}`);

describe('parseQuery', () => {
  it('makes every run between spaces or punctuation a term, Chinese and words apart', () => {
    expect(texts('2020 文明单位')).toEqual(['2020', '文明单位']);
    expect(texts('12345热线，A级 景区')).toEqual(['12345', '热线', 'a', '级', '景区']);
  });

  it('folds the query like the content: full-width digits, traditional characters', () => {
    expect(texts('２０２０ 市級文明單位 圖書館')).toEqual(['2020', '市级文明单位', '图书馆']);
  });

  it('reads Chinese and plain quotes alike as one phrase', () => {
    expect(texts('“市级文明单位”')).toEqual(['q:市级文明单位']);
    expect(texts('"市级文明单位"')).toEqual(['q:市级文明单位']);
    expect(texts('聚焦「一老」 2021')).toEqual(['聚焦', 'q:一老', '2021']);
    expect(parseQuery('“2020年度 先进”')[0]!.parts).toEqual([
      { kind: 'word', text: '2020', offset: 0 },
      { kind: 'han', text: '年度先进', offset: 4 },
    ]);
  });

  it('ignores a quote that is never closed', () => {
    expect(texts('“市级文明单位')).toEqual(['市级文明单位']);
  });
});

describe('loosenTerms', () => {
  it('splits a long unquoted run into its words of two or more characters', () => {
    expect(loosenTerms(parseQuery('黄州文明单位'))?.map((t) => t.text)).toEqual(['黄州', '文明', '单位']);
  });

  it('leaves quoted phrases and short runs as they are', () => {
    expect(loosenTerms(parseQuery('“黄州文明单位”'))).toBeUndefined();
    expect(loosenTerms(parseQuery('血压'))).toBeUndefined();
  });
});
