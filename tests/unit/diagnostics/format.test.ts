import { describe, expect, it } from 'vitest';
import { formatDiagnostic, formatDiagnostics, formatLocation, MESSAGES, summarise, type Diagnostic } from '../../../src/lib/diagnostics/index.ts';

const colon: Diagnostic = {
  file: 'content/dossiers/demo.md',
  line: 4,
  column: 5,
  field: 'unit',
  code: 'yaml.full-width-colon',
  values: { key: 'unit' },
  severity: 'error',
};
const stray: Diagnostic = { file: 'content/notes.md', field: '', code: 'file.stray', values: { name: 'notes.md' }, severity: 'warning' };

describe('formatDiagnostics', () => {
  it('prints location, field and message on one line and the hint below, grouped by file, then a count', () => {
    expect(formatDiagnostics([stray, colon])).toMatchInlineSnapshot(`
      "content/dossiers/demo.md:4:5  unit  错误：字段名“unit”后面用了全角冒号“：”，应使用半角冒号“:”加空格
          提示：切换到英文输入法，把“unit：”改成“unit: ”。

      content/notes.md  警告：“notes.md”所在的位置不会生成任何页面
          提示：纪实概述放在 content/dossiers/，文章放在 content/<management|service|creation>/<纪实>/，荣誉放在 content/achievements/。

      1 个错误，1 个警告"
    `);
  });

  it('keeps full-width colons that belong to the message when writing English', () => {
    expect(formatDiagnostic(colon, 'en')).toBe(
      'content/dossiers/demo.md:4:5  unit  error: the field name "unit" is followed by a full-width colon "："; use an ASCII colon ":" and a space\n' +
        '    hint: Switch to an English keyboard and write "unit: " instead of "unit：".',
    );
  });

  it('sorts by file, then line, then column, with whole-file problems first', () => {
    const a = { ...colon, line: 9 };
    const b = { ...colon, line: 2, column: 7 };
    const { line: _line, column: _column, ...whole } = colon;
    const c: Diagnostic = { ...whole, code: 'section.missing' };
    const lines = formatDiagnostics([a, b, c], 'en').split('\n').filter((l) => l.startsWith('content/'));
    expect(lines.map((l) => l.split('  ')[0])).toEqual(['content/dossiers/demo.md', 'content/dossiers/demo.md:2:7', 'content/dossiers/demo.md:9:5']);
  });

  it('counts in both languages, pluralising English', () => {
    expect(summarise([])).toBe('0 个错误，0 个警告');
    expect(summarise([colon], 'en')).toBe('1 error, 0 warnings');
    expect(summarise([colon, colon, stray], 'en')).toBe('2 errors, 1 warning');
  });

  it('prints as much of the location as is known', () => {
    expect(formatLocation({ file: 'a.md' })).toBe('a.md');
    expect(formatLocation({ file: 'a.md', line: 3 })).toBe('a.md:3');
    expect(formatLocation({ file: 'a.md', line: 3, column: 2 })).toBe('a.md:3:2');
  });
});

describe('MESSAGES', () => {
  it('has a message and a hint in both languages for every code, without "Error:" prefixes or exclamation marks', () => {
    for (const [code, entry] of Object.entries(MESSAGES)) {
      for (const text of [entry.zh, entry.en, entry.hintZh, entry.hintEn]) {
        expect(text.trim(), code).not.toBe('');
        expect(text, code).not.toMatch(/^(error|错误)[:：]|[!！](?!\[)/i);
      }
    }
  });
});
