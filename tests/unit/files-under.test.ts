import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { filesUnder } from '../../src/lib/files-under.ts';

const dir = await mkdtemp(join(tmpdir(), 'huazhang-files-under-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

for (const file of ['index.html', 'd1/index.html', 'd1/service/index.html', 'search-index/k/1.bin', 'search-index/manifest.json', 'awards/search-index/index.html']) {
  await mkdir(dirname(join(dir, file)), { recursive: true });
  await writeFile(join(dir, file), '');
}
await mkdir(join(dir, 'empty'));
await symlink(join(dir, 'd1'), join(dir, 'link'));

describe('filesUnder', () => {
  it('lists every file that is not a folder, relative to the folder with `/`, links included but not followed', () => {
    expect(filesUnder(dir).sort()).toEqual(['awards/search-index/index.html', 'd1/index.html', 'd1/service/index.html', 'index.html', 'link', 'search-index/k/1.bin', 'search-index/manifest.json']);
  });

  it('does not enter the folder it is told to skip, and only that one', () => {
    expect(filesUnder(dir, 'search-index').sort()).toEqual(['awards/search-index/index.html', 'd1/index.html', 'd1/service/index.html', 'index.html', 'link']);
    expect(filesUnder(dir, 'd1/service').sort()).toEqual(['awards/search-index/index.html', 'd1/index.html', 'index.html', 'link', 'search-index/k/1.bin', 'search-index/manifest.json']);
  });
});
