import { readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runChecks } from '../../src/lib/checks/index.ts';
import { buildFixture } from '../unit/checks/run-fixture.ts';
import { runScript } from './run-script.ts';

describe('npm run new', () => {
  let root = '';
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('scaffolds a dossier that passes the content check with no errors and no warnings', async () => {
    root = buildFixture('_base');
    const run = runScript('new', ['xinzhou-office', '--title', '文明新篇', '--unit', '新洲区政府办公室', '--period', '2008-2012'], root);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('已创建纪实“xinzhou-office”的 8 个文件');
    expect(readdirSync(path.join(root, 'content/service/xinzhou-office')).sort()).toEqual(['01-shili.md', 'index.md']);
    expect(await runChecks({ root })).toEqual([]);
    expect(runScript('check', [], root).code).toBe(0);
  });

  it('refuses to overwrite an existing dossier and leaves its files untouched', () => {
    root = buildFixture('_base');
    const before = readFileSync(path.join(root, 'content/dossiers/demo.md'), 'utf8');
    const run = runScript('new', ['demo', '--title', '另一个', '--unit', '某单位'], root);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('content/dossiers/demo.md  错误：已经存在，没有创建任何文件');
    expect(run.stderr).toContain('content/management/demo/  错误：已经存在');
    expect(readFileSync(path.join(root, 'content/dossiers/demo.md'), 'utf8')).toBe(before);
    expect(readdirSync(path.join(root, 'content/management/demo')).sort()).toEqual(['01-first.md', '02-second.md', 'index.md', 'photo.png']);
  });

  it('names each missing value and the flag to give it when not run in a terminal', () => {
    root = buildFixture('_base');
    const run = runScript('new', ['xinzhou-office', '--lang', 'en'], root);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('content/dossiers/xinzhou-office.md  title  error: the dossier title is missing');
    expect(run.stderr).toContain('hint: Add --unit …');
  });

  it('refuses a slug that cannot be an address or is the site\'s own, and a period that is not a year', () => {
    root = buildFixture('_base');
    const slug = runScript('new', ['Xin Zhou', '--title', 't', '--unit', 'u'], root);
    expect(slug.code).toBe(1);
    expect(slug.stderr).toContain('纪实名“Xin Zhou”不能用作网址');
    // The name suggested instead is itself one npm run new accepts.
    expect(slug.stderr).toContain('npm run new -- xin-zhou');
    const none = runScript('new', [], root);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('没有给出纪实名');
    const reserved = runScript('new', ['awards', '--title', 't', '--unit', 'u'], root);
    expect(reserved.code).toBe(1);
    expect(reserved.stderr).toContain('纪实名“awards”是网站自己使用的地址（/awards/）');
    expect(reserved.stderr).toContain('awards-jishi');
    const period = runScript('new', ['xinzhou', '--title', 't', '--unit', 'u', '--period', '20011'], root);
    expect(period.code).toBe(1);
    expect(period.stderr).toContain('content/dossiers/xinzhou.md  period  错误');
    expect(period.stderr).toContain('是否想写 2011');
    expect(readdirSync(path.join(root, 'content/dossiers'))).toEqual(['demo.md']);
    // Four runs of the script, each a Node start-up.
  }, 60_000);
});
