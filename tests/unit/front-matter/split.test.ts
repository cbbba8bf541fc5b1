import { describe, expect, it } from 'vitest';
import { locateField } from '../../../src/lib/checks/locate.ts';
import { parseYamlFile, splitFrontMatter } from '../../../src/lib/front-matter/index.ts';

const parts = (text: string) => {
  const split = splitFrontMatter(text);
  return { data: split.frontMatter?.data, body: split.body, bodyLine: split.bodyLine, unclosed: split.unclosed };
};

describe('splitFrontMatter', () => {
  const file = '---\ntitle: 文明\nawards:\n  - title: 奖\n    years: 2010\n---\n\n正文\n';

  it('knows where the body starts and maps field paths to file lines and columns', () => {
    const split = splitFrontMatter(file);
    expect(split.bodyLine).toBe(7);
    expect(split.body).toBe('\n正文\n');
    const fm = split.frontMatter!;
    expect(fm.startLine).toBe(2);
    expect(locateField(fm, ['title'])).toEqual({ line: 2, column: 8 });
    expect(locateField(fm, ['awards', 0, 'years'])).toEqual({ line: 5, column: 12 });
    expect(locateField(fm, ['awards', 0, 'years'], 'key')).toEqual({ line: 5, column: 5 });
    // Missing fields point where they belong: the item, or the opening --- for top-level fields.
    expect(locateField(fm, ['awards', 0, 'level'])).toEqual({ line: 4, column: 5 });
    expect(locateField(fm, ['summary'])).toEqual({ line: 1, column: 1 });
  });

  it('treats a file without a closing line as unclosed, and one that does not open with a bare --- as all body', () => {
    expect(parts('---\ntitle: x\n')).toMatchObject({ unclosed: true, body: '' });
    expect(parts('# 标题\n')).toEqual({ data: undefined, body: '# 标题\n', bodyLine: 1, unclosed: false });
    // gray-matter would read `---yaml` or `---js` as a language tag (and run JavaScript); here it is text.
    expect(parts('---js\n({ title: 1 })\n---\n正文\n')).toMatchObject({ data: undefined, bodyLine: 1 });
    expect(parts('\n---\ntitle: x\n---\n')).toMatchObject({ data: undefined, bodyLine: 1 });
  });

  it('reads the same fields and body from LF, CRLF, CR-only and BOM files, with the same lines', () => {
    const expected = { data: { title: '文明' }, body: '正文\n', bodyLine: 4, unclosed: false };
    expect(parts('---\ntitle: 文明\n---\n正文\n')).toEqual(expected);
    expect(parts('---\r\ntitle: 文明\r\n---\r\n正文\r\n')).toEqual(expected);
    expect(parts('---\rtitle: 文明\r---\r正文\r')).toEqual(expected);
    expect(parts('\uFEFF---\ntitle: 文明\n---\n正文\n')).toEqual(expected);
  });

  it('closes the block with YAML\'s end marker ... as well as ---, whichever comes first', () => {
    expect(parts('---\ntitle: 文明\n...\n正文\n')).toEqual({ data: { title: '文明' }, body: '正文\n', bodyLine: 4, unclosed: false });
    expect(parts('---\ntitle: 文明\n...\n正文\n---\n')).toMatchObject({ body: '正文\n---\n' });
    expect(parts('---\ntitle: 文明\n---\n正文……\n...\n')).toMatchObject({ body: '正文……\n...\n' });
  });

  it('closes where gray-matter does, at a line starting with ---, and keeps what follows on that line out of the body', () => {
    const split = splitFrontMatter('---\ntitle: 文明\n---- 正文\n第二行\n');
    expect(split.frontMatter?.data).toEqual({ title: '文明' });
    expect(split.closingText).toEqual({ line: 3, column: 4, text: '- 正文', fence: '---' });
    expect(split).toMatchObject({ body: '第二行\n', bodyLine: 4 });
    // Trailing spaces are not text.
    expect(splitFrontMatter('---  \ntitle: 文明\n---  \n正文\n').closingText).toBeUndefined();
  });

  it('gives an empty or comment-only block no value, still with its positions', () => {
    expect(parts('---\n---\n正文\n')).toEqual({ data: null, body: '正文\n', bodyLine: 3, unclosed: false });
    const split = splitFrontMatter('---\n# 注释\n---\n正文\n');
    expect(split.frontMatter).toMatchObject({ data: null, startLine: 2, errors: [] });
    expect(split.bodyLine).toBe(4);
  });
});

describe('parseYamlFile', () => {
  it('reads a whole file of YAML from line 1, whatever its line endings', () => {
    expect(parseYamlFile('\uFEFFtitle: 站点\r\nurl: https://example.gov.cn\r\n')).toMatchObject({
      startLine: 1,
      data: { title: '站点', url: 'https://example.gov.cn' },
    });
    expect(parseYamlFile('title: 站点\rlatestAwards: 010\r').data).toEqual({ title: '站点', latestAwards: 10 });
  });
});
