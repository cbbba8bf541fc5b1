import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { testFolder } from '../support/test-folder.ts';

const REPO = path.resolve(import.meta.dirname, '../..');

describe('npm run dev', () => {
  it('refuses to start on broken content with the checker’s message and no stack trace', () => {
    const content = path.join(testFolder('huazhang-dev-'), 'content');
    cpSync(path.join(REPO, 'content'), content, { recursive: true });
    const file = path.join(content, 'achievements', 'huangzhou-office.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('years: 2009-2011', 'years: 2011-2009'));
    const result = spawnSync(path.join(REPO, 'node_modules/.bin/node'), [path.join(REPO, 'scripts', 'dev.ts')], {
      cwd: REPO,
      env: { ...process.env, HUAZHANG_CONTENT: content },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('achievements/huangzhou-office.md:4:12  awards.0.years');
    expect(result.stderr).toContain('前后颠倒');
    expect(result.stderr).toContain('预览没有启动');
    expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });
});
