import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexablePages } from '../../../src/lib/search/site-pages.ts';

const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');
const site = await mkdtemp(join(tmpdir(), 'huazhang-site-'));
afterAll(() => rm(site, { recursive: true, force: true }));

describe('indexablePages', () => {
  it('lists only the pages that mark content for the index, grouped by dossier, with a hash of their bytes', async () => {
    const files: Record<string, string> = {
      'index.html': '<main>home</main>',
      'd1/index.html': '<div data-pagefind-body>序言</div>',
      'd1/service/index.html': '<div data-pagefind-body>服务篇</div>',
      'd1/print/index.html': '<main>print</main>',
      'awards/2010/index.html': '<main>2010</main>',
      'search-index/x.html': '<div data-pagefind-body></div>',
    };
    for (const [file, html] of Object.entries(files)) {
      await mkdir(dirname(join(site, file)), { recursive: true });
      await writeFile(join(site, file), html);
    }
    expect(indexablePages(site)).toEqual([
      { file: 'd1/index.html', group: 'd1', digest: sha1(files['d1/index.html']!) },
      { file: 'd1/service/index.html', group: 'd1', digest: sha1(files['d1/service/index.html']!) },
    ]);
  });
});
