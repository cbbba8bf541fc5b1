import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexablePages, SitePageScanner, type IndexablePage } from '../../../src/lib/search/site-pages.ts';

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
    expect(await indexablePages(site)).toEqual([
      { file: 'd1/index.html', group: 'd1', digest: sha1(files['d1/index.html']!) },
      { file: 'd1/service/index.html', group: 'd1', digest: sha1(files['d1/service/index.html']!) },
    ]);
  });

  it('reads a folder still being written: an unfinished page waits, and the last pass sees every page as the finished folder has it', async () => {
    const dir = join(site, 'growing');
    const write = async (file: string, html: string) => {
      await mkdir(dirname(join(dir, file)), { recursive: true });
      await writeFile(join(dir, file), html);
    };
    const done = (text: string) => `<html><body><div data-pagefind-body>${text}</div></body></html>\n`;
    const prepared: string[] = [];
    const scanner = new SitePageScanner(dir, async (page: IndexablePage) => void prepared.push(`${page.file}:${page.digest}`));
    await scanner.pass(); // the folder does not exist yet
    await write('d1/index.html', done('序言'));
    await write('d1/service/index.html', '<html><body><div data-pagefind-body>服务'); // half written
    await write('d1/print/index.html', '<html><body>打印</body></html>');
    await scanner.pass();
    expect(prepared).toEqual([`d1/index.html:${sha1(done('序言'))}`]);

    await write('d1/service/index.html', done('服务篇'));
    // Rewritten after it was read: the last pass must notice and read it again.
    await write('d1/index.html', done('序言，改过的'));
    await scanner.pass(true);
    expect(prepared).toHaveLength(1);
    expect(scanner.pages()).toEqual(await indexablePages(dir));
    expect(scanner.pages().map((page) => page.digest)).toEqual([sha1(done('序言，改过的')), sha1(done('服务篇'))]);
  });
});
