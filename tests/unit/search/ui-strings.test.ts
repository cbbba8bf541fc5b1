import { describe, expect, it } from 'vitest';
import { pagefindUiStrings } from '../../../src/lib/search/ui-strings.ts';

describe('pagefindUiStrings', () => {
  it('words every Pagefind message in the site’s Chinese, keeping Pagefind’s placeholders', () => {
    const strings = pagefindUiStrings();
    expect(strings.zero_results).toBe('没有找到与“[SEARCH_TERM]”相关的结果');
    expect(strings.many_results).toContain('[COUNT]');
    expect(strings.search_label).toBe('搜索纪实和荣誉');
    expect(Object.values(strings).every((text) => /[\u4e00-\u9fff]/.test(text))).toBe(true);
  });
});
