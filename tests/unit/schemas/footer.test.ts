import { describe, expect, it } from 'vitest';
import { SiteSettingsSchema } from '../../../src/lib/schemas/index.ts';
import { formatDiagnostics, fromZodIssues } from '../../../src/lib/diagnostics/index.ts';

const site = { title: '文明单位创建纪实', description: '纪实。', url: 'https://example.gov.cn' };

function footerOf(footer: unknown) {
  return SiteSettingsSchema.parse({ ...site, footer }).footer;
}

function messages(footer: unknown): string {
  const input = { ...site, footer };
  const result = SiteSettingsSchema.safeParse(input);
  if (result.success) throw new Error('expected a refusal');
  return formatDiagnostics(fromZodIssues('content/site.yaml', result.error.issues, input));
}

describe('the footer records of site.yaml', () => {
  it('are all optional: no footer, an empty one and blank values show nothing', () => {
    expect(footerOf(undefined)).toEqual(footerOf({}));
    expect(footerOf(null)).toEqual(footerOf({}));
    expect(footerOf({ sponsor: null, icp: null, phone: null })).toEqual(footerOf({}));
    expect(Object.values(footerOf({})).every((value) => value === undefined)).toBe(true);
  });

  it('take filing numbers apart and keep the contact details as given', () => {
    const footer = footerOf({
      sponsor: ' 清河县精神文明建设办公室 ',
      phone: '0710-3216549（工作日）',
      email: 'wmb@qinghe.example.gov.cn',
      icp: '鄂ICP备20250123号-2',
      police: '鄂公网安备42060202000456号',
      siteCode: '4206000001',
      partyGovMark: { image: '党政机关网站标识.png', link: 'https://bszs.conac.cn/sitename?method=show&id=1' },
    });
    expect(footer).toMatchObject({
      sponsor: '清河县精神文明建设办公室',
      phone: '0710-3216549（工作日）',
      icp: { province: '鄂', number: '20250123', site: '2' },
      police: { digits: '42060202000456' },
      siteCode: '4206000001',
    });
  });

  it('accept numbers YAML read whole: a mobile phone number, a ten-digit code', () => {
    expect(footerOf({ phone: 13907101234, siteCode: 4206000001 })).toMatchObject({ phone: '13907101234', siteCode: '4206000001' });
  });

  it('refuse numbers that lost a leading 0, showing the quoted form to write', () => {
    const text = messages({ phone: 7138621234, siteCode: 100000012 });
    expect(text).toContain('footer.phone  错误：“phone”的值被读成了数字 7138621234，开头的 0 丢失了');
    expect(text).toContain('phone: "07138621234"');
    expect(text).toContain('siteCode: "0100000012"');
  });

  it('word each malformed record in Chinese with a hint, all at once', () => {
    const text = messages({
      icp: '鄂ICP备12345678',
      police: '鄂公网安备4206020200045号',
      siteCode: 'HB-0001',
      email: 'wmb at qinghe',
      partyGovMark: { image: 'https://dcs.conac.cn/image/red.png', link: 'javascript:alert(1)' },
    });
    expect(text).toContain('footer.icp  错误：“鄂ICP备12345678”不是 ICP 备案号的写法');
    expect(text).toContain('是否想写 鄂ICP备12345678号？');
    expect(text).toContain('footer.police  错误：公安机关备案号“鄂公网安备4206020200045号”中有 13 位数字，应为 14 位');
    expect(text).toContain('footer.siteCode  错误：政府网站标识码“HB-0001”应为 10 位数字或字母');
    expect(text).toContain('footer.email  错误：格式不对：“wmb at qinghe”');
    expect(text).toContain('footer.partyGovMark.image  错误：党政机关网站标识的图片“https://dcs.conac.cn/image/red.png”在其他网站上');
    expect(text).toContain('footer.partyGovMark.link  错误');
    expect(text).toContain('6 个错误');
  });

  it('speak English too', () => {
    const input = { ...site, footer: { icp: '港ICP备1号' } };
    const result = SiteSettingsSchema.safeParse(input);
    expect(result.success).toBe(false);
    const text = formatDiagnostics(fromZodIssues('content/site.yaml', result.success ? [] : result.error.issues, input), 'en');
    expect(text).toContain('"港ICP备1号" starts with "港", which is not the one-character name of a province');
  });
});
