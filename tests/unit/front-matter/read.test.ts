import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticError, formatDiagnostic } from '../../../src/lib/diagnostics/index.ts';
import { bodyShown, frontMatterBlock, readMarkdownBody, splitText, readMarkdownFields, readYamlFields, yamlScalar } from '../../../src/lib/front-matter/index.ts';

const fields = (yaml: string) => readMarkdownFields(`---\n${yaml}\n---\n正文\n`, 'content/x.md').data;

function refusal(read: () => unknown): DiagnosticError {
  try {
    read();
  } catch (error) {
    if (error instanceof DiagnosticError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('readMarkdownFields: one YAML dialect for every consumer', () => {
  it('reads octal-looking numbers as decimal', () => {
    expect(fields('order: 010\nyears: 02010\nhex: 0x10\noctal: 0o10')).toEqual({ order: 10, years: 2010, hex: 16, octal: 8 });
  });

  it('reads dates as the text written, in every field', () => {
    expect(fields('title: 2012-01-10\npublished: 2012-01-10')).toEqual({ title: '2012-01-10', published: '2012-01-10' });
  });

  it('reads yes/no and on/off as text, and only true/false as booleans', () => {
    expect(fields('a: yes\nb: no\nc: on\nd: off\ne: y\nf: true\ng: false')).toEqual({ a: 'yes', b: 'no', c: 'on', d: 'off', e: 'y', f: true, g: false });
  });

  it('refuses a key written twice, naming the file, the line and the key in Chinese with a hint', () => {
    const error = refusal(() => fields('title: 甲\nunit: 乙\ntitle: 丙'));
    expect(error.diagnostic).toMatchObject({ file: 'content/x.md', line: 4, column: 1, field: 'title', code: 'yaml.duplicate-key' });
    expect(error.message).toBe('content/x.md:4:1  title  错误：字段“title”写了两次\n    提示：删掉其中一行；只有一个会生效。');
  });

  it('refuses unclosed front matter, text after the closing fence, and a block that is not fields', () => {
    expect(refusal(() => readMarkdownFields('---\ntitle: 甲\n正文\n', 'x.md')).diagnostic.code).toBe('front-matter.unclosed');
    expect(refusal(() => readMarkdownFields('---\ntitle: 甲\n--- 正文\n', 'x.md')).diagnostic).toMatchObject({
      code: 'front-matter.fence-text',
      line: 3,
      column: 5,
    });
    expect(refusal(() => readMarkdownFields('---\n- 甲\n- 乙\n---\n', 'x.md')).diagnostic.code).toBe('front-matter.not-a-map');
    expect(refusal(() => readMarkdownFields('---\ntitle: "甲\n---\n', 'x.md')).diagnostic).toMatchObject({ code: 'yaml.unclosed-quote', line: 2, column: 8 });
  });

  it('gives a file without front matter, or with an empty block, no fields and its whole body', () => {
    expect(readMarkdownFields('正文\n', 'x.md')).toEqual({ data: {}, body: '正文' });
    expect(readMarkdownFields('---\n# 只有注释\n---\n\n正文\n\n', 'x.md')).toEqual({ data: {}, body: '正文' });
  });
});

describe('readMarkdownBody: the body alone, split where readMarkdownFields splits it', () => {
  const bodyOf = (text: string) => readMarkdownBody(text, 'x.md');
  const fieldsBodyOf = (text: string) => readMarkdownFields(text, 'x.md').body;

  it('gives the body readMarkdownFields gives, for every way a block can open and close', () => {
    const texts = [
      '正文\n',
      '',
      '---\ntitle: 甲\n---\n\n正文\n\n第二段\n',
      '---\ntitle: 甲\n...\n正文\n',
      '---\ntitle: 甲\n---',
      '---\n---\n正文\n',
      '---   \ntitle: 甲\n---  \n正文\n',
      '\uFEFF---\r\ntitle: 甲\r\n---\r\n正文\r\n',
      '---\rtitle: 甲\r---\r正文\r',
      '---\ntitle: 甲\n...\n正文\n---\n后文\n',
      '---\ntitle: 甲\n---\n正文\n...\n',
      '--- \n# 只有注释\n---\n正文\n',
      '----\ntitle: 甲\n---\n正文\n',
      'title: 甲\n---\n正文\n',
    ];
    for (const text of texts) expect(bodyOf(text), JSON.stringify(text)).toBe(fieldsBodyOf(text));
  });

  it('gives the same body as readMarkdownFields for every Markdown file shipped and in the test fixtures', () => {
    const files = ['content', join('tests', 'fixtures')].flatMap((folder) =>
      readdirSync(folder, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
        .map((entry) => join(entry.parentPath, entry.name)),
    );
    let compared = 0;
    let refused = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      let expected: string | DiagnosticError;
      try {
        expected = readMarkdownFields(text, file).body;
      } catch (error) {
        if (!(error instanceof DiagnosticError)) throw error;
        expected = error;
      }
      if (typeof expected === 'string') {
        expect(readMarkdownBody(text, file), file).toBe(expected);
        compared++;
      } else if (expected.diagnostic.code.startsWith('front-matter.unclosed') || expected.diagnostic.code === 'front-matter.fence-text') {
        expect(refusal(() => readMarkdownBody(text, file)).diagnostic, file).toEqual(expected.diagnostic);
        refused++;
      }
    }
    expect({ compared: compared > 300, refused: refused > 0 }).toEqual({ compared: true, refused: true });
  });

  it('refuses a block with no clear end as readMarkdownFields does, and leaves the fields to the loader that validates them', () => {
    expect(refusal(() => bodyOf('---\ntitle: 甲\n正文\n')).diagnostic.code).toBe('front-matter.unclosed');
    expect(refusal(() => bodyOf('---\ntitle: 甲\n--- 正文\n')).diagnostic).toMatchObject({ code: 'front-matter.fence-text', line: 3, column: 5 });
    expect(bodyOf('---\ntitle: 甲\ntitle: 乙\n---\n正文\n')).toBe('正文');
    expect(bodyOf('---\n- 甲\n---\n正文\n')).toBe('正文');
  });
});

describe('bodyShown: the body a page renders and the check parses', () => {
  const shown = (text: string) => bodyShown(splitText(text));

  it('takes off whole blank lines before the text, full-width ones too, and counts them in its first line', () => {
    expect(shown('---\ntitle: 甲\n---\n\n\u3000\u3000\n \n正文\n')).toEqual({ body: '正文', line: 7 });
    expect(shown('---\ntitle: 甲\n---\n正文')).toEqual({ body: '正文', line: 4 });
    expect(shown('\n\n正文')).toEqual({ body: '正文', line: 3 });
  });

  it('keeps the first line as written, so positions in its tree are positions in the file', () => {
    expect(shown('---\ntitle: 甲\n---\n\n\u3000\u3000第一段\n')).toEqual({ body: '\u3000\u3000第一段', line: 5 });
    expect(shown('---\ntitle: 甲\n---\n\n    缩进四格\n')).toEqual({ body: '    缩进四格', line: 5 });
  });

  it('takes off the blank space after the text, and gives nothing for a body of blank space alone', () => {
    expect(shown('---\ntitle: 甲\n---\n正文\n\n\u3000\u3000\n\n')).toEqual({ body: '正文', line: 4 });
    expect(shown('---\ntitle: 甲\n---\n\n\u3000\u3000\n\n\u3000\u3000\u3000\u3000\n').body).toBe('');
  });
});

describe('readYamlFields', () => {
  it('reads site.yaml in the same dialect and refuses the same mistakes', () => {
    expect(readYamlFields('title: 2012-01-10\nlatestAwards: 010\n', 'content/site.yaml')).toEqual({ title: '2012-01-10', latestAwards: 10 });
    expect(readYamlFields('', 'content/site.yaml')).toEqual({});
    const error = refusal(() => readYamlFields('title: a\ntitle: b\n', 'content/site.yaml'));
    expect(formatDiagnostic(error.diagnostic)).toContain('content/site.yaml:2:1  title  错误：字段“title”写了两次');
  });
});

describe('the writers', () => {
  it('write text values that the reader gives back unchanged, quoting only where YAML would misread them', () => {
    const values = ['文明新篇', '010', '2012-01-10', 'yes', 'no', 'true', 'null', '~', '', '文明: "新篇" #1', '- 一', '“引号”', ' 前后空格 ', '0x10', '1e3'];
    for (const value of values) expect(fields(`title: ${yamlScalar(value)}`), value).toEqual({ title: value });
    expect(yamlScalar('文明新篇')).toBe('文明新篇');
    expect(yamlScalar('2012-01-10')).toBe('2012-01-10');
  });

  it('write a front matter block the reader gives back unchanged, year lists on one line', () => {
    const data = { title: '010', awards: [{ title: 'yes', years: [2010, 2011] }, { title: '2012-01-10', years: '2009-2011', note: '原文作“2006-20011年”' }] };
    const block = frontMatterBlock(data);
    expect(block).toContain('years: [ 2010, 2011 ]');
    expect(readMarkdownFields(`${block}\n正文\n`, 'x.md').data).toEqual(data);
  });
});
