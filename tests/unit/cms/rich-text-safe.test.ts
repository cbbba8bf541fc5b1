import { describe, expect, it } from 'vitest';
import { richTextWouldLose } from '../../../src/lib/cms/rich-text-safe.ts';

describe('richTextWouldLose', () => {
  it('sends a body with a footnote, referenced or only defined, to plain Markdown', () => {
    expect(richTextWouldLose('成效明显[^1]。\n\n[^1]: 数据来源：局办公室统计。\n')).toBe(true);
    expect(richTextWouldLose('正文。\n\n[^note]: 只有注释本身。\n')).toBe(true);
    // An achievements introduction whose note is written in the closing, the other field.
    expect(richTextWouldLose('五年来获得多项荣誉[^1]。')).toBe(true);
  });

  it('leaves rich text to bodies whose other syntax it writes back in a spelling the site renders the same', () => {
    expect(richTextWouldLose('| 年份 | 荣誉 |\n| --- | --- |\n| 2019 | 先进单位 |\n\n旧的~~做法~~，2010~2015年，见 [附表] 和 [文件][f]。\n\n[f]: https://www.gov.cn/a.pdf\n')).toBe(false);
    // Escaped, as the rich text editor itself writes the characters: the site shows them as typed.
    expect(richTextWouldLose('写作 \\[^1] 的字样。\n')).toBe(false);
  });
});
