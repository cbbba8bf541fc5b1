import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeBundles } from '../../../src/lib/search/bundle-worker.ts';
import type { IndexablePage } from '../../../src/lib/search/site-pages.ts';

const site = await mkdtemp(join(tmpdir(), 'huazhang-bundles-'));
const page = (file: string): IndexablePage => ({ file, group: file.split('/')[0]! });
const pageCount = async (bundle: string) => {
  const entry = JSON.parse(await readFile(join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
};

beforeAll(async () => {
  const files: Record<string, string> = {
    'a/index.html': '<html lang="zh-CN"><body><main data-pagefind-body><h1>甲</h1><p>文明单位创建纪实。</p></main></body></html>',
    'b/index.html': '<html lang="zh-CN"><body><main data-pagefind-body><h1>乙</h1><p>优质服务示范。</p></main></body></html>',
  };
  for (const [file, html] of Object.entries(files)) {
    await mkdir(dirname(join(site, file)), { recursive: true });
    await writeFile(join(site, file), html);
  }
});
afterAll(() => rm(site, { recursive: true, force: true }));

describe('writeBundles', () => {
  it('writes bundles of pages and of records side by side', async () => {
    const record = { url: '/a/#award-01', content: '市级文明单位', language: 'zh-cn', meta: { title: '市级文明单位' } };
    await writeBundles(
      [
        { siteDir: site, pages: [page('a/index.html')], records: [record], outputPath: join(site, 'one') },
        { siteDir: site, pages: [page('b/index.html')], records: [], outputPath: join(site, 'two') },
      ],
      2,
    );
    expect(await pageCount(join(site, 'one'))).toBe(2);
    expect(await pageCount(join(site, 'two'))).toBe(1);
  });

  it('fails naming a listed page it cannot read, once the other bundles have finished', async () => {
    const jobs = [
      { siteDir: site, pages: [page('gone/index.html')], records: [], outputPath: join(site, 'bad') },
      { siteDir: site, pages: [page('b/index.html')], records: [], outputPath: join(site, 'good') },
    ];
    await expect(writeBundles(jobs, 2)).rejects.toThrow('搜索索引生成失败（读取 gone/index.html）：ENOENT');
    expect(await pageCount(join(site, 'good'))).toBe(1);
  });
});
