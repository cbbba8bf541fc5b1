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

  it('keep each file\'s front matter fields until its text changes, and read its YAML again only then', async () => {
    const root = buildFixture('_base');
    const cacheDir = path.join(root, '.check-cache');
    const second = path.join(root, 'content', 'management', 'demo', '02-second.md');
    const duplicates = async () => (await runChecks({ root, cacheDir })).filter((d) => d.code === 'article.duplicate-title').map((d) => [d.file, d.line]);
    try {
      await runChecks({ root, cacheDir });
      // The kept fields of the second article are given the first article's title: a check that
      // reads them finds two articles with one title, which the files on disk do not have.
      const stored = JSON.parse(readFileSync(path.join(cacheDir, STORED), 'utf8'));
      const kept = Object.values<[Record<string, unknown>?]>(stored.fields).filter(([fields]) => fields?.title === '二是提升队伍素质');
      expect(kept).toHaveLength(1);
      kept[0]![0]!.title = '一是强化职能定位';
      writeFileSync(path.join(cacheDir, STORED), JSON.stringify(stored));
      // The finding still points at the line of the title as written, read from the file itself.
      expect(await duplicates()).toEqual([['content/management/demo/02-second.md', 2]]);

      // Once the file is edited, its fields are read from its text again.
      appendFileSync(second, '\n又一段文字。\n');
      expect(await duplicates()).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('read again the fields that JSON cannot keep exactly', async () => {
    const root = buildFixture('_base');
    const cacheDir = path.join(root, '.check-cache');
    try {
      // Two articles placed at the same infinite order: kept as JSON, `.inf` would come back as
      // null, and the second check would miss the clash.
      for (const name of ['01-first.md', '02-second.md']) {
        const file = path.join(root, 'content', 'management', 'demo', name);
        writeFileSync(file, readFileSync(file, 'utf8').replace('---\n', '---\norder: .inf\n'));
      }
      const plain = await runChecks({ root });
      expect(plain.some((d) => d.code === 'order.duplicate')).toBe(true);
      expect(await runChecks({ root, cacheDir })).toEqual(plain);
      expect(await runChecks({ root, cacheDir })).toEqual(plain);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
