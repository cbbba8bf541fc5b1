import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentFileOf, listContentFiles, privateReason, publishContentFiles } from '../../src/lib/content-files.ts';

const dir = await mkdtemp(join(tmpdir(), 'huazhang-files-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('content files', () => {
  const content = join(dir, 'content');
  const files = ['site.yaml', 'dossiers/a.md', 'service/a/01-x.md', 'service/a/图片.png', 'service/a/课表.pdf', 'service/a/内部原稿-勿外传.docx', 'service/a/.DS_Store', '.git/config'];

  it('lists attachments, not Markdown, settings or hidden files', async () => {
    for (const file of files) {
      await mkdir(dirname(join(content, file)), { recursive: true });
      await writeFile(join(content, file), file);
    }
    expect(listContentFiles(content)).toEqual(['service/a/内部原稿-勿外传.docx', 'service/a/图片.png', 'service/a/课表.pdf']);
  });

  it('publishes under _files/ only the attachments a built page links to or shows', async () => {
    const site = join(dir, 'site');
    await mkdir(join(site, 'a', 'service'), { recursive: true });
    await writeFile(join(site, 'a', 'service', 'index.html'), `<p><a href="/huazhang/_files/service/a/${encodeURIComponent('课表.pdf')}#page=2">课表</a></p>`);
    expect(await publishContentFiles(content, site, '/huazhang/')).toEqual({ published: 1, unlinked: 2 });
    expect(await readFile(join(site, '_files', 'service', 'a', '课表.pdf'), 'utf8')).toBe('service/a/课表.pdf');
    expect(listContentFiles(join(site, '_files'))).toEqual(['service/a/课表.pdf']);
  });

  it('publishes nothing, and makes no attachments folder, for content that keeps no attachments', async () => {
    const bare = join(dir, 'bare');
    const site = join(dir, 'bare-site');
    await mkdir(join(bare, 'dossiers'), { recursive: true });
    await writeFile(join(bare, 'dossiers', 'a.md'), '---\ntitle: 甲\n---\n');
    await mkdir(site, { recursive: true });
    await writeFile(join(site, 'index.html'), '<a href="/_files/service/a/课表.pdf">课表</a>');
    expect(await publishContentFiles(bare, site, '/')).toEqual({ published: 0, unlinked: 0 });
    expect(existsSync(join(site, '_files'))).toBe(false);
  });

  it('resolves a relative address to the attachment it names, and nothing else', () => {
    const from = join(content, 'service', 'a');
    expect(contentFileOf('./课表.pdf#page=2', from, content)).toBe('service/a/课表.pdf');
    expect(contentFileOf(encodeURIComponent('图片.png'), from, content)).toBe('service/a/图片.png');
    for (const url of ['./01-x.md', './missing.pdf', '/service/a/课表.pdf', 'https://example.org/课表.pdf', '../../../site.yaml', '../../../../etc/passwd']) {
      expect(contentFileOf(url, from, content), url).toBeUndefined();
    }
  });

  it('tells Office files and names that say 内部, 草稿, 勿外传 or draft', () => {
    expect(privateReason('service/a/内部原稿-勿外传.docx')).toBe('内部');
    expect(privateReason('service/a/2019总结(草稿).pdf')).toBe('草稿');
    expect(privateReason('service/a/report-DRAFT.pdf')).toBe('DRAFT');
    expect(privateReason('service/a/名单.xlsx')).toBe('.xlsx');
    expect(privateReason('service/a/课表.pdf')).toBeUndefined();
  });

  it('finds nothing in a folder that does not exist', async () => {
    expect(listContentFiles(join(dir, 'missing'))).toEqual([]);
  });
});
