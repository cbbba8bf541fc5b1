import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeShard } from '../../../src/lib/search/shard-codec.ts';
import { buildShard, buildShardsInProcess, type ShardJob } from '../../../src/lib/search/shard-worker.ts';

const site = await mkdtemp(join(tmpdir(), 'huazhang-shard-'));
afterAll(() => rm(site, { recursive: true, force: true }));

/** Writes built pages, by their paths in the site, into the test's site folder. */
async function writePages(pages: Record<string, string>): Promise<void> {
  for (const [file, html] of Object.entries(pages)) {
    await mkdir(dirname(join(site, file)), { recursive: true });
    await writeFile(join(site, file), html);
  }
}

describe('buildShard', () => {
  it('indexes the marked pages of a dossier and passes over a page that only names the marker in its text', async () => {
    const files: Record<string, string> = {
      'd1/index.html': '<html><body><div data-pagefind-body><h1 data-pagefind-meta="title">序言</h1><p>网站建设。</p></div></body></html>',
      // A print view whose article explains the site's markup: listed for its text, not marked.
      'd1/print/index.html': '<html><body><main><p>搜索只读取带 data-pagefind-body 属性的正文。</p></main></body></html>',
    };
    await writePages(files);
    const shard = decodeShard(await buildShard({ siteDir: site, groups: [{ id: 'd1', files: Object.keys(files), awards: [], units: [] }] }));
    expect(shard.fragments.map((f) => [f.kind, (JSON.parse(new TextDecoder().decode(f.json)) as { url: string }).url])).toEqual([['page', '/d1/']]);
  });
});

describe('buildShardsInProcess', () => {
  it('gives the bytes buildShard gives, whether a shard comes back through its cache file or through the pipe', async () => {
    await writePages({
      'd2/index.html': '<html><body><div data-pagefind-body><h1 data-pagefind-meta="title">管理篇</h1><p>制度建设。</p></div></body></html>',
      'd3/index.html': '<html><body><div data-pagefind-body><h1 data-pagefind-meta="title">服务篇</h1><p>便民服务。</p></div></body></html>',
    });
    const cacheFile = join(site, 'cache', 'd2.bin');
    await mkdir(dirname(cacheFile), { recursive: true });
    const jobs: ShardJob[] = [
      { siteDir: site, groups: [{ id: 'd2', files: ['d2/index.html'], awards: [], units: [] }], cacheFile },
      { siteDir: site, groups: [{ id: 'd3', files: ['d3/index.html'], awards: [], units: [] }] },
    ];
    const here = [await buildShard({ ...jobs[0]!, cacheFile: join(site, 'cache', 'here.bin') }), await buildShard(jobs[1]!)];
    const there = await buildShardsInProcess(jobs);
    expect(there.map((bytes) => Buffer.from(bytes).toString('base64'))).toEqual(here.map((bytes) => Buffer.from(bytes).toString('base64')));
  });

  it('rejects with the shard’s own message when a page cannot be read', async () => {
    const job: ShardJob = { siteDir: site, groups: [{ id: 'gone', files: ['gone/index.html'], awards: [], units: [] }] };
    await expect(buildShardsInProcess([job])).rejects.toThrow('读取 gone/index.html');
  });
});
