import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { discard, emptyTrash, emptyTrashLater, stagingFolder, swapIn, trashFolder } from '../../../scripts/build/old-sites.ts';

let work: string;
let outDir: string;
let cacheDir: string;

/** A site folder holding one page with `text`. */
function site(folder: string, text: string): void {
  mkdirSync(join(folder, 'a', 'b'), { recursive: true });
  writeFileSync(join(folder, 'a', 'b', 'index.html'), text);
}

/** The id of a process that has exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid!;
}

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'huazhang-old-sites-'));
  outDir = join(work, 'project', 'dist');
  cacheDir = join(work, 'project', 'node_modules', '.astro', 'abc123');
  mkdirSync(join(work, 'project'), { recursive: true });
});

afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('swapping a built site in', () => {
  it('replaces dist/ and leaves nothing beside it: the old site waits in the cache folder', async () => {
    site(outDir, 'old');
    const staging = stagingFolder(outDir);
    site(staging, 'new');
    const trash = await trashFolder(outDir, cacheDir);
    expect(trash).toBe(join(cacheDir, 'old-sites'));

    await swapIn(staging, outDir, trash);
    expect(readFileSync(join(outDir, 'a', 'b', 'index.html'), 'utf8')).toBe('new');
    expect(readdirSync(join(work, 'project')).sort()).toEqual(['dist', 'node_modules']);
    const waiting = readdirSync(trash);
    expect(waiting).toHaveLength(1);
    expect(readFileSync(join(trash, waiting[0]!, 'a', 'b', 'index.html'), 'utf8')).toBe('old');
  });

  it('puts a first site in place when there was none', async () => {
    const staging = stagingFolder(outDir);
    site(staging, 'first');
    const trash = await trashFolder(outDir, cacheDir);
    await swapIn(staging, outDir, trash);
    expect(readFileSync(join(outDir, 'a', 'b', 'index.html'), 'utf8')).toBe('first');
    expect(readdirSync(trash)).toEqual([]);
  });

  it('builds a first site into a folder that does not exist yet', async () => {
    const nested = join(work, 'fresh', 'output', 'site');
    const trash = await trashFolder(nested, cacheDir);
    const staging = stagingFolder(nested);
    site(staging, 'first');
    await swapIn(staging, nested, trash);
    expect(readFileSync(join(nested, 'a', 'b', 'index.html'), 'utf8')).toBe('first');
  });

  it('keeps the trash beside the site, hidden, when the cache is on another file system', async () => {
    // /dev/shm is a memory file system on Linux, never the one the temporary folder is on.
    if (!existsSync('/dev/shm')) return;
    const elsewhere = mkdtempSync('/dev/shm/huazhang-cache-');
    try {
      expect(await trashFolder(outDir, elsewhere)).toBe(join(work, 'project', '.dist-old'));
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});

describe('emptying the trash', () => {
  it('deletes the sites earlier builds replaced or failed to build', async () => {
    const trash = await trashFolder(outDir, cacheDir);
    site(outDir, 'one');
    await discard(outDir, trash);
    site(outDir, 'two');
    await discard(outDir, trash);
    expect(readdirSync(trash)).toHaveLength(2);
    expect(await emptyTrash(outDir, trash)).toBe(2);
    expect(readdirSync(trash)).toEqual([]);
  });

  it('takes what stopped builds left beside the site, but not the folder of a build still running', async () => {
    const trash = await trashFolder(outDir, cacheDir);
    site(outDir, 'current');
    const gone = deadPid();
    site(join(work, 'project', `.dist-staging-${gone}`), 'half-written');
    site(join(work, 'project', `dist.old-${gone}`), 'replaced');
    const running = stagingFolder(outDir);
    site(running, 'being built');
    site(join(work, 'project', `other.old-${gone}`), 'not ours to judge');

    expect(await emptyTrash(outDir, trash)).toBe(2);
    expect(readdirSync(join(work, 'project')).sort()).toEqual(['.dist-staging-' + process.pid, 'dist', 'node_modules', `other.old-${gone}`]);
    expect(readFileSync(join(outDir, 'a', 'b', 'index.html'), 'utf8')).toBe('current');
    expect(readdirSync(trash)).toEqual([]);
  });

  it('empties the trash from a process of its own, taking the folders of stopped builds too', async () => {
    const trash = await trashFolder(outDir, cacheDir);
    site(outDir, 'one');
    await discard(outDir, trash);
    const gone = deadPid();
    site(join(work, 'project', `.dist-staging-${gone}`), 'half-written');

    const child = emptyTrashLater(outDir, trash);
    expect(child).toBeDefined();
    // The build does not wait for it; the test does.
    const [code] = (await once(child!, 'exit')) as [number | null];
    expect(code).toBe(0);
    expect(readdirSync(trash)).toEqual([]);
    expect(readdirSync(join(work, 'project'))).toEqual(['node_modules']);
  });

  it('does nothing, starts nothing and does not throw when there is nothing to delete', async () => {
    expect(await emptyTrash(outDir, join(cacheDir, 'never-made'))).toBe(0);
    expect(emptyTrashLater(outDir, join(cacheDir, 'never-made'))).toBeUndefined();
    const trash = await trashFolder(outDir, cacheDir);
    site(outDir, 'current');
    expect(emptyTrashLater(outDir, trash)).toBeUndefined();
    expect(readFileSync(join(outDir, 'a', 'b', 'index.html'), 'utf8')).toBe('current');
  });
});
