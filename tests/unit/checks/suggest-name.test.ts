import { describe, expect, it } from 'vitest';
import { addressName, articleFileName } from '../../../src/lib/checks/suggest-name.ts';
import { isValidSlug } from '../../../src/lib/scaffold/index.ts';

describe('addressName', () => {
  it('turns what editors type into a lowercase address name', () => {
    expect(addressName('Qinghe_Tax')).toBe('qinghe-tax');
    expect(addressName(' zuofeng jianshe ')).toBe('zuofeng-jianshe');
    expect(addressName('作风建设')).toBe('zuofeng-jianshe');
  });

  it('never suggests a name that is itself invalid', () => {
    for (const typed of ['__', '！！', 'A.B', '第一篇', '', '-x-', 'Ｑｉｎｇ']) expect(isValidSlug(addressName(typed)), typed).toBe(true);
  });
});

describe('articleFileName', () => {
  it('keeps a number typed loosely before the name', () => {
    expect(articleFileName('05 kongge', 3)).toBe('05-kongge.md');
    expect(articleFileName('03_zhidu', 9)).toBe('03-zhidu.md');
    expect(articleFileName('０３-zhidu', 9)).toBe('03-zhidu.md');
    expect(articleFileName('7.Zhidu', 9)).toBe('07-zhidu.md');
  });

  it('numbers an unnumbered name after the last article', () => {
    expect(articleFileName('summary', 3)).toBe('03-summary.md');
  });
});
