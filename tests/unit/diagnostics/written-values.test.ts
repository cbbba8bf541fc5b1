import { describe, expect, it } from 'vitest';
import { printable } from '../../../src/lib/diagnostics/index.ts';
import { writtenDate, writtenValue } from '../../../src/lib/diagnostics/from-zod.ts';
import { writtenNumber } from '../../../src/lib/diagnostics/written-number.ts';

describe('printable', () => {
  it('names characters that print as nothing by their code point, and leaves the rest', () => {
    expect(printable('市级\u200b')).toBe('市级[U+200B]');
    expect(printable('a\u0007b\u000bc')).toBe('a[U+0007]b[U+000B]c');
    expect(printable('示例\u00a0单位')).toBe('示例[U+00A0]单位');
    expect(printable('黄州区　政府 办公室')).toBe('黄州区　政府 办公室');
  });
});

describe('writtenNumber', () => {
  it('reads digits, full-width digits and Chinese numerals', () => {
    expect(writtenNumber('03')).toBe(3);
    expect(writtenNumber('３')).toBe(3);
    expect(writtenNumber('三')).toBe(3);
    expect(writtenNumber('第十二')).toBe(12);
    expect(writtenNumber('两')).toBe(2);
    expect(writtenNumber('零')).toBe(0);
    expect(writtenNumber('第二篇')).toBeUndefined();
    expect(writtenNumber('abc')).toBeUndefined();
  });
});

describe('writtenDate', () => {
  it('reads the dates editors type, and refuses impossible ones', () => {
    expect(writtenDate('2012年1月10日')).toBe('2012-01-10');
    expect(writtenDate('2012.1.10')).toBe('2012-01-10');
    expect(writtenDate('２０１２/01/10')).toBe('2012-01-10');
    expect(writtenDate('2012年2月30日')).toBeUndefined();
    expect(writtenDate('soon')).toBeUndefined();
  });
});

describe('writtenValue', () => {
  it('quotes values as an editor would have typed them', () => {
    expect(writtenValue(new Date('2012-01-10'))).toBe('2012-01-10');
    expect(writtenValue([2019, '年度'])).toBe('[2019, 年度]');
    expect(writtenValue({ a: 1 })).toBe('{a: 1}');
  });
});
