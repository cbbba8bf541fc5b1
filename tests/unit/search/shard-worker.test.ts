import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeShard } from '../../../src/lib/search/shard-codec.ts';
import { buildShard } from '../../../src/lib/search/shard-worker.ts';

const site = await mkdtemp(join(tmpdir(), 'huazhang-shard-'));
afterAll(() => rm(site, { recursive: true, force: true }));

describe('buildShard', () => {
  it('indexes the marked pages of a dossier and passes over a page that only names the marker in its text', async () => {
    const files: Record<string, string> = {
      'd1/index.html': '<html><body><div data-pagefind-body><h1 data-pagefind-meta="title">序言</h1><p>网站建设。</p></div></body></html>',
      // A print view whose article explains the site's markup: listed for its text, not marked.
      'd1/print/index.html': '<html><body><main><p>搜索只读取带 data-pagefind-body 属性的正文。</p></main></body></html>',
    };
    for (const [file, html] of Object.entries(files)) {
      await mkdir(dirname(join(site, file)), { recursive: true });
      await writeFile(join(site, file), html);
    }
    const shard = decodeShard(await buildShard({ siteDir: site, groups: [{ id: 'd1', files: Object.keys(files), awards: [], units: [] }] }));
    expect(shard.fragments.map((f) => [f.kind, (JSON.parse(new TextDecoder().decode(f.json)) as { url: string }).url])).toEqual([['page', '/d1/']]);
  });
});
