// Every corpus dossier, in every format, against the structure written down once in its
// expected.yaml (see tests/support/import-corpus.ts and tests/fixtures/import/corpus/).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importDossier, type ImportResult } from '../../../src/lib/import/import-dossier.ts';
import { formatImportReport } from '../../../src/lib/import/report.ts';
import { runChecks } from '../../../src/lib/checks/index.ts';
import { pastedLineOf } from '../../../src/lib/import/read-text.ts';
import { breakLines } from '../../support/break-lines.ts';
import { markdownToDocx } from '../../support/make-docx.ts';
import { compareStructure, corpusNames, expectedOf, FORMATS, inputOf, type Format } from '../../support/import-corpus.ts';

const now = new Date('2026-11-27T00:00:00Z');

async function importAs(name: string, format: Format, contentDir = '/nonexistent/content', dryRun = true): Promise<ImportResult> {
  const { fileName, data } = await inputOf(name, format);
  return importDossier(fileName, data, { contentDir, slug: name, dryRun, now });
}

describe.each(corpusNames())('the corpus dossier %s', (name) => {
  const expected = expectedOf(name);
  it.each(FORMATS)('imports from .%s with the expected structure, every sentence placed', async (format) => {
    const result = await importAs(name, format);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.losses).toEqual([]);
    expect(compareStructure(expected, result.files).filter((c) => !c.ok)).toEqual([]);
  });
});

describe('a text file whose paragraphs were broken into lines', () => {
  it('gives the same files as the Markdown of the same dossier, and says it joined the lines', async () => {
    const [text, markdown] = [await importAs('nanling-tcm', 'txt'), await importAs('nanling-tcm', 'md')];
    expect(text.files.map((f) => [f.path, f.text])).toEqual(markdown.files.map((f) => [f.path, f.text]));
    expect(text.diagnostics.filter((d) => d.code === 'import.lines-joined').map((d) => d.values)).toEqual([{ count: 10, width: 72 }]);
  });
});

describe('every corpus dossier with its paragraphs broken into lines of 30 characters', () => {
  it('gives the files of the unbroken text wherever the reader takes its lines as broken, most of the time', async () => {
    let broken = 0;
    let taken = 0;
    for (const name of corpusNames()) {
      for (const format of ['txt', 'md'] as const) {
        const { fileName, data } = await inputOf(name, format);
        const text = new TextDecoder().decode(data).replace(/^\ufeff/, '');
        // A document pasted on one line is another layout; breaking its line makes no sense.
        if (format === 'txt' && pastedLineOf(text.split(/\r?\n/)) !== -1) continue;
        const lines = breakLines(text, 30, format === 'md');
        if (lines === text.replace(/\r\n/g, '\n')) continue;
        broken += 1;
        const options = { contentDir: '/nonexistent/content', slug: name, dryRun: true, now };
        const result = await importDossier(fileName, Buffer.from(lines), options);
        if (!result.diagnostics.some((d) => d.code === 'import.lines-joined')) continue;
        taken += 1;
        const whole = await importDossier(fileName, Buffer.from(text), options);
        expect(result.files.map((f) => [f.path, f.text]), `${name}.${format}`).toEqual(whole.files.map((f) => [f.path, f.text]));
      }
    }
    // A short dossier may break into too few lines to be sure of; such lines stay paragraphs each.
    expect(broken).toBe(54);
    expect(taken).toBeGreaterThanOrEqual(53);
  });

  it('gives, pasted into Word a line to a paragraph, the files of the same text pasted a paragraph to a paragraph', async () => {
    let broken = 0;
    let taken = 0;
    // Each line of the text a paragraph of its own: Markdown paragraphs, made into a Word file.
    const asWord = (text: string) => markdownToDocx(text.split('\n').filter((line) => line.trim() !== '').join('\n\n'));
    for (const name of corpusNames()) {
      const { data } = await inputOf(name, 'txt');
      const text = new TextDecoder().decode(data).replace(/^\ufeff/, '').replace(/\r\n/g, '\n');
      if (pastedLineOf(text.split('\n')) !== -1) continue;
      broken += 1;
      const options = { contentDir: '/nonexistent/content', slug: name, dryRun: true, now };
      const result = await importDossier('dossier.docx', await asWord(breakLines(text, 30, false)), options);
      if (!result.diagnostics.some((d) => d.code === 'import.lines-joined')) continue;
      taken += 1;
      const whole = await importDossier('dossier.docx', await asWord(text), options);
      expect(result.files.map((f) => [f.path, f.text]), name).toEqual(whole.files.map((f) => [f.path, f.text]));
    }
    // Paragraphs pasted without blank ones between have fewer signs of where one ends.
    expect(broken).toBe(24);
    expect(taken).toBeGreaterThanOrEqual(23);
  });
});

describe('what the Word files of the corpus carry beyond text', () => {
  it('writes pictures next to the text they belong to, named in order, and links them', async () => {
    const result = await importAs('dongyang-library', 'docx');
    const images = result.files.filter((f) => f.kind === 'image').map((f) => f.path);
    expect(images).toEqual(['dossiers/dongyang-library/图1.png', 'service/dongyang-library/图2.png', 'creation/dongyang-library/图3.png']);
    const text = (path: string) => result.files.find((f) => f.path === path)!.text!;
    expect(text('dossiers/dongyang-library.md')).toContain('![东阳市图书馆新馆外景](./dongyang-library/图1.png)');
    expect(text('service/dongyang-library/02-dazao-chengshi.md')).toMatch(/城市书房全年接待读者二十余万人次。\n\n!\[市民在城市书房里阅读\]\(\.\/图2\.png\)\n$/);
    expect(result.files.find((f) => f.kind === 'image')!.data![0]).toBe(0x89);
  });

  it('carries a footnote into the article that references it, lists the text box, and never says then that nothing was left out', async () => {
    const result = await importAs('chengguan-police', 'docx');
    expect(result.diagnostics.filter((d) => d.code.startsWith('import.not-carried')).map((d) => [d.code, d.values.text])).toEqual([
      ['import.not-carried-text-box', '辖区治安形势持续向好，群众安全感满意度达到百分之九十八。'],
    ]);
    const article = result.files.find((f) => f.text?.includes('反电诈'))!.text!;
    expect(article).toContain('同比下降四成[^1]。\n\n[^1]: 数据来源：城关派出所警情统计。\n');
    const report = formatImportReport(result);
    expect(report).toContain('未导入的内容（1 项，请手工处理）');
    expect(report).toContain('除上面列出的 1 项未导入内容外');
    expect(report).toContain('1 条脚注或尾注作为注释导入');
    expect(report).not.toMatch(/^\s*原文的每一句都恰好出现在一个输出文件中/m);
    // Word's own marker does not stay behind in the text.
    expect(result.files.map((f) => f.text ?? '').join('')).not.toContain('[1]');
  });

  it('reads the issuer of a Word award table into the award', async () => {
    const result = await importAs('nanhu-court', 'docx');
    expect(result.files.find((f) => f.kind === 'achievements')!.text).toContain('    issuer: 中共南湖市委、南湖市人民政府\n');
  });
});

describe('imported corpus dossiers and the content check', () => {
  const root = mkdtempSync(join(tmpdir(), 'huazhang-corpus-'));
  const content = join(root, 'content');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('pass npm run check, pictures and all, side by side with the shipped seed', async () => {
    for (const name of corpusNames()) {
      const result = await importAs(name, 'docx', content, false);
      expect(result.outcome, name).toBe('written');
    }
    const seed = new URL('../../fixtures/import/seed/000_2b473b5650339e5b.txt', import.meta.url).pathname;
    const imported = await importDossier(seed, readFileSync(seed), { contentDir: content, slug: 'huangzhou-office', now });
    expect(imported.outcome).toBe('written');
    writeFileSync(join(content, 'site.yaml'), readFileSync(new URL('../../../content/site.yaml', import.meta.url)));
    expect(await runChecks({ root, contentDir: content, publicDir: join(root, 'public') })).toEqual([]);
  }, 60_000);
});
