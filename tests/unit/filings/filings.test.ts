import { describe, expect, it } from 'vitest';
import {
  isSiteCode,
  markImageLocation,
  mismatchedProvince,
  parseIcpNumber,
  parsePoliceNumber,
  policeFilingUrl,
  PROVINCES,
} from '../../../src/lib/filings/index.ts';

describe('ICP filing numbers', () => {
  it('reads numbers of several provinces, with and without the site number', () => {
    expect(parseIcpNumber('鄂ICP备12345678号-1')).toEqual({ ok: true, value: { text: '鄂ICP备12345678号-1', province: '鄂', number: '12345678', site: '1' } });
    expect(parseIcpNumber('京ICP备05070602号')).toEqual({ ok: true, value: { text: '京ICP备05070602号', province: '京', number: '05070602' } });
    expect(parseIcpNumber('新ICP备2023000451号-12').ok).toBe(true);
  });

  it('suggests the clean form of a number typed with full-width characters, lower case, spaces or a label', () => {
    expect(parseIcpNumber('鄂ＩＣＰ备１２３４５６７８号－１')).toEqual({ ok: false, problem: { reason: 'format', suggestion: '鄂ICP备12345678号-1' } });
    expect(parseIcpNumber('粤icp备 2021000123号')).toEqual({ ok: false, problem: { reason: 'format', suggestion: '粤ICP备2021000123号' } });
    expect(parseIcpNumber('ICP备案号：浙ICP备10030612号')).toEqual({ ok: false, problem: { reason: 'format', suggestion: '浙ICP备10030612号' } });
    expect(parseIcpNumber('苏ICP备19001234')).toEqual({ ok: false, problem: { reason: 'format', suggestion: '苏ICP备19001234号' } });
  });

  it('refuses what is not an ICP number, naming an unknown province', () => {
    expect(parseIcpNumber('港ICP备12345号')).toEqual({ ok: false, problem: { reason: 'province', province: '港' } });
    expect(parseIcpNumber('鄂B2-20090123')).toEqual({ ok: false, problem: { reason: 'format' } });
    expect(parseIcpNumber('鄂ICP证080047号')).toEqual({ ok: false, problem: { reason: 'format' } });
    expect(parseIcpNumber('鄂ICP备号')).toEqual({ ok: false, problem: { reason: 'format' } });
  });
});

describe('public-security filing numbers', () => {
  it('reads a number and links to its page on the filing site', () => {
    const parsed = parsePoliceNumber('浙公网安备33010602011771号');
    expect(parsed).toEqual({ ok: true, value: { text: '浙公网安备33010602011771号', province: '浙', digits: '33010602011771' } });
    expect(policeFilingUrl('33010602011771')).toBe('https://beian.mps.gov.cn/#/query/webSearch?code=33010602011771');
  });

  it('counts the digits when there are not 14, and suggests the clean form of a sloppy one', () => {
    expect(parsePoliceNumber('鄂公网安备4201060200012号')).toEqual({ ok: false, problem: { reason: 'digits', count: 13 } });
    expect(parsePoliceNumber('鄂 公网安备 42010602000123')).toEqual({ ok: false, problem: { reason: 'format', suggestion: '鄂公网安备42010602000123号' } });
    expect(parsePoliceNumber('台公网安备71000002000123号')).toEqual({ ok: false, problem: { reason: 'province', province: '台' } });
    expect(parsePoliceNumber('鄂ICP备12345678号')).toEqual({ ok: false, problem: { reason: 'format' } });
  });

  it('names the province whose code starts the digits when it is not the one written', () => {
    const number = (text: string) => {
      const parsed = parsePoliceNumber(text);
      if (!parsed.ok) throw new Error(text);
      return parsed.value;
    };
    expect(mismatchedProvince(number('鄂公网安备42010602000123号'))).toBeUndefined();
    expect(mismatchedProvince(number('川公网安备51010702000123号'))).toBeUndefined();
    expect(mismatchedProvince(number('粤公网安备42010602000123号'))).toBe('鄂');
    expect(mismatchedProvince(number('京公网安备99010602000123号'))).toBeUndefined();
  });

  it('knows the 31 provincial divisions, each with its own code', () => {
    expect(Object.keys(PROVINCES)).toHaveLength(31);
    expect(new Set(Object.values(PROVINCES)).size).toBe(31);
  });
});

describe('government website codes', () => {
  it('takes ten digits or letters', () => {
    expect(isSiteCode('4211020001')).toBe(true);
    expect(isSiteCode('bm01000001')).toBe(true);
    expect(isSiteCode('421102000')).toBe(false);
    expect(isSiteCode('4211 02000')).toBe(false);
  });
});

describe('the image of the party and government website mark', () => {
  it('is a file in the content folder unless its path starts with /', () => {
    expect(markImageLocation('党政机关网站标识.png')).toEqual({ folder: 'content', path: '党政机关网站标识.png' });
    expect(markImageLocation('./images/mark.png')).toEqual({ folder: 'content', path: 'images/mark.png' });
    expect(markImageLocation('/files/mark.png')).toEqual({ folder: 'public', path: 'files/mark.png' });
    expect(markImageLocation('../mark.png')).toEqual({ folder: 'content', path: undefined });
  });
});
