import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const NODE = join(ROOT, 'node_modules/.bin/node');
const SEED = 'tests/fixtures/import/seed/000_2b473b5650339e5b.txt';
const dir = mkdtempSync(join(tmpdir(), 'huazhang-import-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (...args: string[]) => spawnSync(NODE, ['scripts/import.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

describe('npm run import', () => {
  it('prints the report of a dry run and writes nothing', () => {
    const { status, stdout } = run(SEED, '--slug', 'huangzhou-office', '--dry-run', '--content', join(dir, 'content'));
    expect(status).toBe(0);
    expect(stdout).toContain('段落去向（60 段）');
    expect(stdout).toContain('跳过的页面杂项（26 处，未导入）');
    expect(stdout).toContain('原文的每一句都恰好出现在一个输出文件中');
    expect(stdout).toContain('试运行（--dry-run），没有写入任何文件。将写入 17 个文件');
    expect(stdout).toContain('结构上没有拿不准的地方。');
    expect(existsSync(join(dir, 'content'))).toBe(false);
  }, 30_000);

  it('writes, then refuses to overwrite with exit code 1', () => {
    const content = join(dir, 'written');
    expect(run(SEED, '--slug', 'h', '--content', content).status).toBe(0);
    expect(existsSync(join(content, 'achievements/h.md'))).toBe(true);
    const again = run(SEED, '--slug', 'h', '--content', content);
    expect(again.status).toBe(1);
    expect(again.stdout).toContain('已经存在');
    expect(again.stdout).not.toContain('将写入');
  });

  it('fails a dossier with calls to check under --strict, and passes it without', () => {
    const doubtful = 'tests/fixtures/import/corpus/qinghe-school/dossier.txt';
    const plain = run(doubtful, '--dry-run', '--content', join(dir, 'strict'));
    const strict = run(doubtful, '--dry-run', '--strict', '--lang', 'en', '--content', join(dir, 'strict'));
    expect([plain.status, strict.status]).toEqual([0, 1]);
    expect(strict.stdout).toContain('Calls to check');
  });

  it('says in Chinese, with no stack trace, that a file is missing or is a folder', () => {
    const missing = run(join(dir, '没有这个文件.docx'), '--dry-run');
    expect(missing.status).toBe(1);
    expect(missing.stdout).toContain('错误：找不到这个文件');
    expect(missing.stdout).toContain('没有这个文件.docx');
    const folder = run(dir, '--dry-run');
    expect(folder.status).toBe(1);
    expect(folder.stdout).toContain('错误：这是一个文件夹，不是文件');
    expect(missing.stderr + folder.stderr).not.toMatch(/\bat |ENOENT|EISDIR/);
  });

  it('shows the usage without a file', () => {
    const { status, stdout } = run();
    expect(status).toBe(2);
    expect(stdout).toContain('npm run import --');
  }, 30_000);

  it('runs as the npm script', () => {
    const out = execFileSync('npm', ['run', '--silent', 'import', '--', SEED, '--dry-run', '--slug', 'x', '--content', join(dir, 'npm')], { cwd: ROOT, encoding: 'utf8' });
    expect(out).toContain('导入');
  }, 30_000);
});
