import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { AchievementsSchema, ArticleSchema, DossierSchema, SiteSettingsSchema } from '../../../src/lib/schemas/index.ts';
import { formatDiagnostics, fromZodIssues } from '../../../src/lib/diagnostics/index.ts';

const valid = { title: '文明清风谱华章', subtitle: '黄州区政府办公室创建文明单位纪实', unit: '黄州区政府办公室', summary: '纪实。' };

function messages(schema: z.ZodType, input: unknown): string {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected a refusal');
  return formatDiagnostics(fromZodIssues('f.md', result.error.issues, input));
}

describe('DossierSchema', () => {
  it('accepts an overview and turns period into from/to', () => {
    expect(DossierSchema.parse({ ...valid, period: '2007-2011', published: '2012-01-10' })).toMatchObject({
      period: { from: 2007, to: 2011 },
      published: new Date('2012-01-10'),
    });
    expect(DossierSchema.parse({ ...valid, period: 2011 }).period).toEqual({ from: 2011, to: 2011 });
    expect(DossierSchema.parse(valid).period).toBeUndefined();
  });

  it('requires title, subtitle, unit and summary', () => {
    const text = messages(DossierSchema, {});
    for (const field of ['title', 'subtitle', 'unit', 'summary']) expect(text).toContain(`${field}  错误：缺少必填字段`);
  });

  it('reports a bad period even when another field is wrong too, in words for a period', () => {
    const text = messages(DossierSchema, { ...valid, subtitle: '', period: '2007-20111' });
    expect(text).toContain('subtitle  错误：字段不能为空');
    expect(text).toContain('period  错误：纪实时间“2007-20111”写法不对');
    expect(text).toContain('是否想写 2011？');
  });

  it('refuses a reversed period and a date that is not a date', () => {
    expect(messages(DossierSchema, { ...valid, period: '2011-2007' })).toContain('period  错误');
    expect(messages(DossierSchema, { ...valid, published: 'soon' })).toContain('published  错误：日期“soon”写法不对');
  });

  it('reads published as a calendar date written year-month-day, and nothing else', () => {
    expect(DossierSchema.parse({ ...valid, published: '2012-02-29' }).published).toEqual(new Date(Date.UTC(2012, 1, 29)));
    for (const given of ['2011-02-29', '2012-1-10', '2012/01/10', '2012年1月10日', '10-01-2012', '２０１２-０１-１０']) {
      expect(messages(DossierSchema, { ...valid, published: given }), given).toContain(`published  错误：日期“${given}”写法不对`);
    }
    // A bare year is a number in YAML; it is no date either.
    expect(messages(DossierSchema, { ...valid, published: 2012 })).toContain('published  错误：日期“2012”写法不对');
  });
});

describe('ArticleSchema', () => {
  it('requires a title and takes an optional whole-number order', () => {
    expect(ArticleSchema.parse({ title: '建体系夯基础' })).toEqual({ title: '建体系夯基础' });
    expect(messages(ArticleSchema, { title: 'x', order: 1.5 })).toContain('order  错误');
    expect(messages(ArticleSchema, { title: 'x', order: -1 })).toContain('order  错误：“-1”太小：最小为 0');
  });
});

describe('AchievementsSchema', () => {
  it('defaults to no awards and names the failing award by position', () => {
    expect(AchievementsSchema.parse({})).toEqual({ awards: [] });
    expect(messages(AchievementsSchema, { awards: [{ title: 'a', years: 2010 }, { title: 'b', years: 1900 }] })).toContain(
      'awards.1.years  错误：奖项“b”的年份 1900 超出范围',
    );
  });
});

describe('SiteSettingsSchema', () => {
  const siteBasics = { title: 't', description: 'd', url: 'https://a.example' };

  it('defaults base to / and needs a URL', () => {
    expect(SiteSettingsSchema.parse({ title: 't', description: 'd', url: 'https://a.example' })).toMatchObject({ base: '/', latestAwards: 8 });
    expect(messages(SiteSettingsSchema, { title: 't', description: 'd', url: 'not a url' })).toContain('url  错误');
    expect(messages(SiteSettingsSchema, { title: 't', description: 'd', url: 'https://a.example', base: 'no-slash' })).toContain('base  错误');
  });

  it('takes the sub-paths hosts give, with or without the closing slash', () => {
    for (const base of ['/', '/wenming/', '/wenming', '/huazhang.github.io/', '/sites/wenming_2024/', '/a/b-c/d.e']) {
      expect(SiteSettingsSchema.parse({ ...siteBasics, base }).base, base).toBe(base);
    }
  });

  it('names a sub-path it cannot serve under, and how to write one', () => {
    const reported = messages(SiteSettingsSchema, { ...siteBasics, base: '/文明单位/' });
    expect(reported).toContain('base  错误：“/文明单位/”不是网站子路径的写法');
    expect(reported).toContain('如 /wenming/');
    for (const base of ['wenming/', '/a b/', '/a//b/', '/../etc/', '/a/./b', 'https://example.gov.cn/wenming/']) {
      expect(messages(SiteSettingsSchema, { ...siteBasics, base }), base).toContain('不是网站子路径的写法');
    }
  });

  it('refuses a long wrong sub-path at once rather than trying every way to split it', () => {
    // A pattern that let a segment repeat inside a repeated group took seconds at 26 characters and
    // doubled with each one more; this value would not finish.
    const base = `/${'wenming-chuangjian-jishi'.repeat(2)}!`;
    expect(messages(SiteSettingsSchema, { ...siteBasics, base })).toContain('不是网站子路径的写法');
  });
});
