import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { linkTree } from '../../src/lib/link-tree.ts';

const dir = await mkdtemp(join(tmpdir(), 'huazhang-link-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('linkTree', () => {
  it('reproduces every file and folder, sharing the files instead of copying them', async () => {
    const from = join(dir, 'from');
    await mkdir(join(from, 'index', 'deep'), { recursive: true });
    await writeFile(join(from, 'pagefind-entry.json'), '{}');
    await writeFile(join(from, 'index', 'deep', 'a.pf_index'), '索引');
    await linkTree(from, join(dir, 'to'));
    expect(await readFile(join(dir, 'to', 'index', 'deep', 'a.pf_index'), 'utf8')).toBe('索引');
    expect((await stat(join(dir, 'to', 'pagefind-entry.json'))).ino).toBe((await stat(join(from, 'pagefind-entry.json'))).ino);
  });

  it('makes the target folder even for an empty tree', async () => {
    await mkdir(join(dir, 'empty'));
    await linkTree(join(dir, 'empty'), join(dir, 'empty-copy'));
    expect((await stat(join(dir, 'empty-copy'))).isDirectory()).toBe(true);
  });
});
