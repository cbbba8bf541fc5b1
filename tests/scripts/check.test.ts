import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { buildFixture, FIXTURES } from '../unit/checks/run-fixture.ts';
import { runScript } from './run-script.ts';

describe('npm run check', () => {
  let root = '';
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('exits 0 and prints the summary for clean content', () => {
    root = buildFixture('_base');
    const run = runScript('check', [], root);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe('0 个错误，0 个警告');
  });

  it('prints every problem grouped by file with location, field, message and hint, and exits 1 on errors', () => {
    root = buildFixture('every-problem-at-once');
    const run = runScript('check', [], root);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatchInlineSnapshot(`
      "content/achievements/demo.md:4:12  awards.0.years  错误：奖项“市级文明单位”的年份“20011”不是四位数年份
          提示：年份写成四位数字，如 2010、2009-2011 或 [2010, 2011]。是否想写 2011？
      content/achievements/demo.md:8:5  awards.1.yeras  警告：未知字段“yeras”，它不会显示在网站上
          提示：是否想写 years？可用字段：title、years、level、issuer、note。
      content/achievements/demo.md:10:12  awards.2.years  错误：奖项“平安创建奖”的年份范围“2011-2009”前后颠倒
          提示：把较早的年份写在前面：2009-2011。

      content/dossiers/demo.md:3:1  subtitle  错误：字段不能为空
          提示：在冒号后面填写内容，或删除这一行（仅限可选字段）。

      content/management/demo/02-second.md:6:12  警告：链接 /awards/2010/ 指向的页面或位置是否存在，要等 content/achievements/demo.md 的错误改正后才能判断
          提示：先改正 content/achievements/demo.md 中的错误，再运行 npm run check 检查这个链接。

      3 个错误，2 个警告
      "
    `);
  });

  it('reports a malformed ICP number in the footer records of site.yaml at its line, with the fix', () => {
    root = buildFixture('footer-icp-malformed');
    const run = runScript('check', [], root);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('content/site.yaml:7:8  footer.icp  错误：“鄂icp备12345678号－1”不是 ICP 备案号的写法');
    expect(run.stdout).toContain('是否想写 鄂ICP备12345678号-1？');
    expect(run.stdout).toContain('content/site.yaml:8:11  footer.police  错误：“港公网安备42010702000123号”开头的“港”不是省、自治区、直辖市的简称');
  });

  it('speaks English with --lang en', () => {
    root = buildFixture('field-unknown');
    const run = runScript('check', ['--lang', 'en'], root);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('content/dossiers/demo.md:7:1  sumary  warning: unknown field "sumary"; the site ignores it');
    expect(run.stdout).toContain('hint: Did you mean summary? Known fields: title, subtitle, unit, period, published, summary.');
    expect(run.stdout).toContain('0 errors, 1 warning');
  });

  it('exits 0 when there are only warnings', () => {
    root = buildFixture('raw-html-script');
    expect(runScript('check', [], root).code).toBe(0);
  });

  it('writes machine-readable JSON with --json, messages filled in', () => {
    root = buildFixture('yaml-tab');
    const run = runScript('check', ['--json', '--lang', 'en'], root);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    // The list is read again with the tab as spaces, so links to its awards are still checked.
    expect(report).toMatchObject({ errors: 1, warnings: 0 });
    expect(report.diagnostics[0]).toMatchObject({
      file: 'content/achievements/demo.md',
      line: 4,
      column: 1,
      code: 'yaml.tab',
      severity: 'error',
      message: 'line 4 is indented with a tab; front matter may only be indented with spaces',
    });
  });

  it('checks another folder with --content, naming paths relative to where it runs', () => {
    root = buildFixture('_base');
    const run = runScript('check', ['--content', `${FIXTURES}/encoding-gb18030/content`], root);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('encoding-gb18030/content/service/demo/01-serve.md  错误：文件不是 UTF-8 编码');
    expect(run.stdout).toContain('iconv -f GB18030 -t UTF-8');
  });

  it('says so when the content folder does not exist', () => {
    root = buildFixture('_base');
    const run = runScript('check', ['--content', 'nowhere'], root);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('nowhere  错误：找不到内容文件夹 nowhere');
  });
});
