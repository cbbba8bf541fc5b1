import { describe, expect, it } from 'vitest';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { testFolder } from '../support/test-folder.ts';
import { runScript } from './run-script.ts';

const REPO = path.resolve(import.meta.dirname, '../..');

describe('npm run edit', () => {
  it('refuses to start on broken content with the checker’s message, and starts nothing', () => {
    const content = path.join(testFolder('huazhang-edit-'), 'content');
    cpSync(path.join(REPO, 'content'), content, { recursive: true });
    const file = path.join(content, 'dossiers', 'huangzhou-office.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('title: 文明清风谱华章\n', ''));
    const result = runScript('edit', ['--content', content], REPO);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('dossiers/huangzhou-office.md');
    expect(result.stderr).toContain('缺少必填字段');
    expect(result.stderr).toContain('编辑器没有启动');
    expect(result.stdout).toBe('');
  }, 60_000);
});
