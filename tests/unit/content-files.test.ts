import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listContentFiles, publishContentFiles } from '../../src/lib/content-files.ts';

const dir = await mkdtemp(join(tmpdir(), 'huazhang-files-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('content files', () => {
  it('lists attachments, not Markdown, settings or hidden files, and copies them under _files/', async () => {
    const content = join(dir, 'content');
    const files = ['site.yaml', 'dossiers/a.md', 'service/a/01-x.md', 'service/a/图片.png', 'service/a/课表.pdf', 'service/a/.DS_Store', '.git/config'];
    for (const file of files) {
      await mkdir(dirname(join(content, file)), { recursive: true });
      await writeFile(join(content, file), file);
    }
    expect(await listContentFiles(content)).toEqual(['service/a/图片.png', 'service/a/课表.pdf']);
    expect(await publishContentFiles(content, join(dir, 'site'))).toBe(2);
    expect(await readFile(join(dir, 'site', '_files', 'service', 'a', '课表.pdf'), 'utf8')).toBe('service/a/课表.pdf');
  });

  it('finds nothing in a folder that does not exist', async () => {
    expect(await listContentFiles(join(dir, 'missing'))).toEqual([]);
  });
});
