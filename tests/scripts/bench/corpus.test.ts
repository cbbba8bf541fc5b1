import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../../scripts/bench/corpus.ts';
import { runChecks } from '../../../src/lib/checks/index.ts';

const dir = await mkdtemp(join(tmpdir(), 'huazhang-bench-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('writeCorpus', () => {
  it('writes a corpus the content checker accepts, with warnings only for full-width years', async () => {
    const content = join(dir, 'three', 'content');
    const summary = await writeCorpus(content, 3, 20261127);
    expect(summary).toMatchObject({ dossiers: 3, files: 43 });
    expect(summary.awards).toBeGreaterThanOrEqual(36);
    const diagnostics = await runChecks({ root: dir, contentDir: content });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(new Set(diagnostics.map((d) => d.code))).toEqual(new Set(['years.full-width']));
  });

  it('reuses a corpus written with the same seed and size, and rewrites it otherwise', async () => {
    const content = join(dir, 'reuse', 'content');
    await writeCorpus(content, 2, 1);
    const site = join(content, 'site.yaml');
    await writeFile(site, 'changed');
    expect((await writeCorpus(content, 2, 1)).milliseconds).toBe(0);
    expect(await readFile(site, 'utf8')).toBe('changed');
    await writeCorpus(content, 2, 2);
    expect(await readFile(site, 'utf8')).not.toBe('changed');
  });
});
