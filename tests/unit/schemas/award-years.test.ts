import { describe, expect, it } from 'vitest';
import { formatYears, parseAwardYears, suggestYear, yearsFromText, yearsToText } from '../../../src/lib/schemas/award-years.ts';

const TODAY = new Date('2026-11-27T00:00:00Z');
const parse = (input: Parameters<typeof parseAwardYears>[0]) => parseAwardYears(input, TODAY);

describe('parseAwardYears', () => {
  it('reads a single year given as a number, a string or with 年度', () => {
    expect(parse(2010)).toEqual({ ok: true, years: [2010], fullWidth: false });
    expect(parse('2010')).toMatchObject({ ok: true, years: [2010] });
    expect(parse('2010年度')).toMatchObject({ ok: true, years: [2010] });
  });

  it('expands a range to every year it covers, whatever the dash', () => {
    expect(parse('2009-2011')).toMatchObject({ ok: true, years: [2009, 2010, 2011] });
    expect(parse('2009—2011')).toMatchObject({ ok: true, years: [2009, 2010, 2011] });
    expect(parse('2006 - 2011')).toMatchObject({ ok: true, years: [2006, 2007, 2008, 2009, 2010, 2011] });
    expect(parse('2010至2011')).toMatchObject({ ok: true, years: [2010, 2011] });
  });

  it('sorts a list and accepts strings in it', () => {
    expect(parse([2011, '2010'])).toMatchObject({ ok: true, years: [2010, 2011] });
  });

  it('treats an absent or empty value as no year', () => {
    expect(parse(undefined)).toEqual({ ok: true, years: [], fullWidth: false });
    expect(parse(null)).toEqual({ ok: true, years: [], fullWidth: false });
    expect(parse('')).toEqual({ ok: true, years: [], fullWidth: false });
  });

  it('accepts full-width digits and says so', () => {
    expect(parse('２０２２')).toEqual({ ok: true, years: [2022], fullWidth: true });
    expect(parse(['２０１０', 2011])).toEqual({ ok: true, years: [2010, 2011], fullWidth: true });
  });

  it('refuses a year that is not four digits, suggesting the likely one', () => {
    expect(parse('20011')).toEqual({ ok: false, problem: { code: 'years.not-a-year', values: { given: '20011', suggestion: '2011' } } });
    expect(parse('2006-20011')).toEqual({
      ok: false,
      problem: { code: 'years.not-a-year', values: { given: '20011', suggestion: '2011' } },
    });
    expect(parse('201')).toEqual({ ok: false, problem: { code: 'years.not-a-year', values: { given: '201' } } });
    expect(parse('二〇一〇')).toMatchObject({ ok: false, problem: { code: 'years.not-a-year' } });
  });

  it('refuses a reversed range', () => {
    expect(parse('2011-2009')).toEqual({ ok: false, problem: { code: 'years.reversed', values: { given: '2011-2009', from: 2011, to: 2009 } } });
  });

  it('refuses years before 1949 or after next year', () => {
    expect(parse(1948)).toEqual({ ok: false, problem: { code: 'years.out-of-range', values: { given: '1948', min: 1949, max: 2027 } } });
    expect(parse(2027)).toMatchObject({ ok: true, years: [2027] });
    expect(parse(2028)).toMatchObject({ ok: false, problem: { code: 'years.out-of-range' } });
    expect(parse('1940-1950')).toMatchObject({ ok: false, problem: { code: 'years.out-of-range', values: { given: '1940' } } });
  });

  it('refuses a year listed twice', () => {
    expect(parse([2010, 2010])).toMatchObject({ ok: false, problem: { code: 'years.duplicate', values: { year: 2010 } } });
  });
});

describe('suggestYear', () => {
  it('drops one digit of a five-digit year, preferring the latest plausible year', () => {
    expect(suggestYear('20011', 2027)).toBe('2011');
    expect(suggestYear('19999', 2027)).toBe('1999');
  });
  it('respects the start of a range', () => {
    expect(suggestYear('20011', 2027, 2012)).toBeUndefined();
  });
  it('offers nothing for other lengths', () => {
    expect(suggestYear('201', 2027)).toBeUndefined();
  });
});

describe('formatYears', () => {
  it('writes runs of three or more as a range and other lists with 、', () => {
    expect(formatYears([2009, 2010, 2011])).toBe('2009-2011');
    expect(formatYears([2010, 2011])).toBe('2010、2011');
    expect(formatYears([2010, 2012])).toBe('2010、2012');
    expect(formatYears([2010])).toBe('2010');
    expect(formatYears([])).toBe('');
  });
});

describe('yearsFromText and yearsToText', () => {
  it('write one year as a number, a range as a string and a list as numbers, as the importer does', () => {
    expect(yearsFromText('2010')).toBe(2010);
    expect(yearsFromText('2010年度')).toBe(2010);
    expect(yearsFromText('2009-2011')).toBe('2009-2011');
    expect(yearsFromText('2009 — 2011年')).toBe('2009-2011');
    expect(yearsFromText('2009至2011')).toBe('2009-2011');
    expect(yearsFromText('2010、2011')).toEqual([2010, 2011]);
    expect(yearsFromText('2010年、2011年度')).toEqual([2010, 2011]);
    expect(yearsFromText('[2010, 2011]')).toEqual([2010, 2011]);
    expect(yearsFromText('2010，2012 2014')).toEqual([2010, 2012, 2014]);
  });

  it('turn full-width digits into ASCII and an empty box into no value', () => {
    expect(yearsFromText('２０２２')).toBe(2022);
    expect(yearsFromText('  ')).toBeUndefined();
  });

  it('keep what is not a year as typed, so the schema refuses it with its own words', () => {
    expect(yearsFromText('二〇一〇')).toBe('二〇一〇');
    expect(yearsFromText('20011')).toBe(20011);
    expect(parseAwardYears(yearsFromText('2010、20011'), TODAY)).toMatchObject({ ok: false, problem: { code: 'years.not-a-year' } });
    expect(parseAwardYears(yearsFromText('2011-2009'), TODAY)).toMatchObject({ ok: false, problem: { code: 'years.reversed' } });
  });

  it('show a written value as the text it was read from', () => {
    for (const text of ['2010', '2009-2011', '2010、2011']) expect(yearsToText(yearsFromText(text))).toBe(text);
    expect(yearsToText(undefined)).toBe('');
  });
});

describe('parseAwardYears with a list written as text', () => {
  const today = new Date('2026-06-01');
  it('reads the list the way the site prints it, and the way dossiers write it', () => {
    expect(parseAwardYears('2020、2022', today)).toEqual({ ok: true, years: [2020, 2022], fullWidth: false });
    expect(parseAwardYears('2010年、2011年度', today)).toEqual({ ok: true, years: [2010, 2011], fullWidth: false });
    expect(parseAwardYears('2009-2011，2013', today)).toEqual({ ok: true, years: [2009, 2010, 2011, 2013], fullWidth: false });
    expect(parseAwardYears(['2009-2010', 2012], today)).toEqual({ ok: true, years: [2009, 2010, 2012], fullWidth: false });
  });
  it('reports a bad or repeated year inside such a list', () => {
    expect(parseAwardYears('2010、20111', today)).toMatchObject({ ok: false, problem: { code: 'years.not-a-year' } });
    expect(parseAwardYears('2009-2011、2010', today)).toMatchObject({ ok: false, problem: { code: 'years.duplicate', values: { year: 2010 } } });
  });
});
