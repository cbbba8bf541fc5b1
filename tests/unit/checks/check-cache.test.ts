import { appendFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../src/lib/checks/index.ts';
import { buildFixture, FIXTURES } from './run-fixture.ts';

const STORED = 'per-file-findings.json';

describe('the per-file findings kept across checks', () => {
  it('give every fixture the same findings as a check without them, the first time and the next', { timeout: 300_000 }, async () => {
    const cases = readdirSync(FIXTURES).filter((name) => !name.startsWith('.'));
    expect(cases.length).toBeGreaterThan(100);
    for (const name of cases) {
      const root = buildFixture(name);
      const cacheDir = path.join(root, '.check-cache');
      try {
        const plain = await runChecks({ root });
        expect(await runChecks({ root, cacheDir }), name).toEqual(plain);
        expect(await runChecks({ root, cacheDir }), name).toEqual(plain);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    }
  });

  it('are used for unchanged files only, and for none once the site or the files on disk change', async () => {
    const root = buildFixture('_base');
    const cacheDir = path.join(root, '.check-cache');
    try {
      await runChecks({ root, cacheDir });
      // A finding slipped into every kept entry shows which files are served from the cache.
      const plant = (): number => {
        const stored = JSON.parse(readFileSync(path.join(cacheDir, STORED), 'utf8'));
        const entries = Object.entries<{ reports: unknown[] }>(stored.files);
        for (const [key, findings] of entries) findings.reports.push({ rule: 'empty-body', report: { file: `planted-${key.slice(0, 8)}`, code: 'body.empty', severity: 'warning' } });
        writeFileSync(path.join(cacheDir, STORED), JSON.stringify(stored));
        return entries.length;
      };
      const planted = async (env?: Record<string, string>) => (await runChecks({ root, cacheDir, ...(env ? { env } : {}) })).filter((d) => d.file.startsWith('planted-')).length;
      const kept = plant();
      expect(kept).toBeGreaterThan(5);
      expect(await planted()).toBe(kept);

      // An edited article is checked again; every other file is still served from the cache.
      const article = readdirSync(path.join(root, 'content', 'service'), { recursive: true }).map(String).find((name) => name.endsWith('.md'))!;
      appendFileSync(path.join(root, 'content', 'service', article), '\n又一段文字。\n');
      expect(await planted()).toBe(kept - 1);

      // A new file in public/ may be what a link names: nothing kept is used.
      plant();
      mkdirSync(path.join(root, 'public'), { recursive: true });
      writeFileSync(path.join(root, 'public', 'notice.pdf'), '%PDF-1.4\n');
      expect(await planted()).toBe(0);

      // Under another BASE_PATH every internal link leads elsewhere: nothing kept is used either.
      plant();
      expect(await planted({ BASE_PATH: '/archive/' })).toBe(0);
      expect(await runChecks({ root, cacheDir, env: { BASE_PATH: '/archive/' } })).toEqual(await runChecks({ root, env: { BASE_PATH: '/archive/' } }));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
