import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { streamSitePages } from '../../../src/lib/search/page-stream.ts';
import { PreparedPageStore } from '../../../src/lib/search/prepared-pages.ts';
import { indexablePages } from '../../../src/lib/search/site-pages.ts';

const work = await mkdtemp(join(tmpdir(), 'huazhang-stream-'));
afterAll(() => rm(work, { recursive: true, force: true }));

const page = (text: string) => `<html><body><div data-pagefind-body><h1>${text}</h1><p>${text}的正文。</p></div></body></html>`;

async function write(site: string, file: string, html: string): Promise<void> {
  await mkdir(join(site, file, '..'), { recursive: true });
  await writeFile(join(site, file), html);
}

describe('streamSitePages', () => {
  it('prepares pages while they are written and, at the end, lists what the finished folder holds', async () => {
    const site = join(work, 'site');
    const cache = join(work, 'cache');
    const stream = streamSitePages(site, cache);
    await write(site, 'd1/index.html', page('序言'));
    await write(site, 'd1/service/index.html', page('服务篇'));
    // Until the stream has looked (every half second) and kept both pages.
    const kept = async () => (await readdir(new PreparedPageStore(cache).dir).catch(() => [])).length;
    for (let waited = 0; (await kept()) < 2 && waited < 30_000; waited += 100) await sleep(100);
    // Written just before the end: left for the index builder, but listed.
    await write(site, 'd2/index.html', page('第二份纪实'));
    const { pages, cacheDir } = await stream.finish();
    expect(cacheDir).toBe(cache);
    expect(pages).toEqual(await indexablePages(site));
    const store = new PreparedPageStore(cache);
    expect(pages.filter((p) => store.has(PreparedPageStore.key(p.file, p.digest))).map((p) => p.file)).toEqual(['d1/index.html', 'd1/service/index.html']);
  });

  it('stops looking when the build failed', async () => {
    const site = join(work, 'failed');
    const cache = join(work, 'failed-cache');
    const stream = streamSitePages(site, cache);
    await stream.stop();
    await write(site, 'd1/index.html', page('序言'));
    await sleep(1200);
    expect(await readdir(cache).catch(() => [])).toEqual([]);
  });
});
