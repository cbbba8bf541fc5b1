import { describe, expect, it } from 'vitest';
import { AwardSchema } from '../../../src/lib/schemas/index.ts';
import { formatDiagnostics, fromZodIssues } from '../../../src/lib/diagnostics/index.ts';

function errors(input: unknown, lang: 'zh' | 'en' = 'zh'): string {
  const result = AwardSchema.safeParse(input);
  if (result.success) throw new Error('expected the award to be refused');
  return formatDiagnostics(fromZodIssues('content/achievements/x.md', result.error.issues, input), lang);
}

describe('AwardSchema', () => {
  it('normalises years and level and drops absent optional fields', () => {
    expect(AwardSchema.parse({ title: '市级文明单位', years: '2009-2011', level: '市级' })).toEqual({
      title: '市级文明单位',
      years: [2009, 2010, 2011],
      level: '市级',
    });
    expect(AwardSchema.parse({ title: '先进工作组' })).toEqual({ title: '先进工作组', years: [] });
    expect(AwardSchema.parse({ title: 'x', years: [2010, 2011], level: '县级', issuer: '县政府', note: '备注' })).toEqual({
      title: 'x',
      years: [2010, 2011],
      level: '区县级',
      issuer: '县政府',
      note: '备注',
    });
  });

  it('names the award, the field and the given value for a bad year', () => {
    expect(errors({ title: '法治建设先进县', years: '2006-20011' })).toMatchInlineSnapshot(`
      "content/achievements/x.md  years  错误：奖项“法治建设先进县”的年份“20011”不是四位数年份
          提示：年份写成四位数字，如 2010、2009-2011 或 [2010, 2011]。是否想写 2011？

      1 个错误，0 个警告"
    `);
  });

  it('explains a reversed range in English too', () => {
    expect(errors({ title: 'Safe city award', years: '2011-2009' }, 'en')).toMatchInlineSnapshot(`
      "content/achievements/x.md  years  error: award "Safe city award": the range "2011-2009" runs backwards
          hint: Put the earlier year first: 2009-2011.

      1 error, 0 warnings"
    `);
  });

  it('lists the allowed levels and the nearest one for an unknown level', () => {
    expect(errors({ title: '平安创建奖', years: 2010, level: '省部' })).toContain('可用的级别：国家级、省级、市级、区县级、乡镇级、单位内部。是否想写 省级？');
  });

  it('reports a missing or empty title', () => {
    expect(errors({ years: 2010 })).toContain('title  错误：缺少必填字段');
    expect(errors({ title: '  ' })).toContain('title  错误：字段不能为空');
  });

  it('reports a bad year and a bad level even when the title is missing too', () => {
    const text = errors({ years: '2011-2009', level: '世界级' });
    expect(text).toContain('title  错误：缺少必填字段');
    expect(text).toContain('years  错误：奖项“#1”的年份范围“2011-2009”前后颠倒');
    expect(text).toContain('level  错误：奖项“#1”的级别“世界级”不在允许范围内');
  });

  it('reports a year of the wrong type', () => {
    expect(errors({ title: 'x', years: true })).toContain('years  错误：奖项“x”的年份“true”不是四位数年份');
  });
});
