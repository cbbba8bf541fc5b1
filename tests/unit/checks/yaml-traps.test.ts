import { describe, expect, it } from 'vitest';
import { findYamlTraps } from '../../../src/lib/checks/yaml-traps.ts';

const traps = (source: string, errorLines: number[] = [2]) =>
  findYamlTraps(source, 2, new Set(errorLines)).map(({ line, column, key, kind, quoted }) => ({ line, column, key, kind, quoted }));

describe('findYamlTraps', () => {
  it('finds a value that starts with a character YAML reads as syntax', () => {
    expect(traps('title: *重要*创建纪实', [])).toEqual([{ line: 2, column: 8, key: 'title', kind: 'needs-quotes', quoted: '"*重要*创建纪实"' }]);
    expect(traps('title: &创建 纪实', [])).toEqual([{ line: 2, column: 8, key: 'title', kind: 'needs-quotes', quoted: '"&创建 纪实"' }]);
    for (const value of ['!重要 纪实', '@所有人 纪实', '`文明` 纪实', '%百分之百 纪实', '[2019] 年度工作纪实', '{重要} 工作纪实', '| 文明清风', '> 文明清风', '- 文明']) {
      expect(traps(`title: ${value}`), value).toMatchObject([{ column: 8, kind: 'needs-quotes' }]);
    }
  });

  it('finds ": " inside a value and text after " #"', () => {
    expect(traps('title: 管理篇: 建体系夯基础')).toEqual([{ line: 2, column: 11, key: 'title', kind: 'needs-quotes', quoted: '"管理篇: 建体系夯基础"' }]);
    expect(traps('title: 第1名 #优秀', [])).toEqual([{ line: 2, column: 12, key: 'title', kind: 'comment', quoted: '"第1名 #优秀"' }]);
    expect(traps('  - title: 先进单位 # 2010 年', [])).toMatchObject([{ column: 17, key: 'title', kind: 'comment' }]);
  });

  it('leaves lists, blocks of text, quoted values and inner # alone where YAML reads them as meant', () => {
    expect(traps('years: [2010, 2011]\nsummary: |\n  第一行: 不是字段 #也不是注释\ntitle: "管理篇: 建体系"\nnote: 第1名#优秀\nlevel: 市级', [])).toEqual([]);
  });
});
