import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexablePages, type PageDigests } from '../../../src/lib/search/site-pages.ts';

const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');
const site = await mkdtemp(join(tmpdir(), 'huazhang-site-'));
afterAll(() => rm(site, { recursive: true, force: true }));

const files: Record<string, string> = {
  'index.html': '<main>home</main>',
  'd1/index.html': '<div data-pagefind-body>序言</div>',
  'd1/service/index.html': '<div data-pagefind-body>服务篇</div>',
  'd1/print/index.html': '<main>print</main>',
  'awards/2010/index.html': '<main>2010</main>',
  'search-index/x.html': '<div data-pagefind-body></div>',
};

beforeAll(async () => {
  for (const [file, html] of Object.entries(files)) {
    await mkdir(dirname(join(site, file)), { recursive: true });
    await writeFile(join(site, file), html);
  }
});

/** What the record holds for a file as it is on disk now. */
const asOnDisk = (file: string, digest: string | null) => {
  const stats = statSync(join(site, file), { bigint: true });
  return { size: Number(stats.size), ino: String(stats.ino), ctimeNs: String(stats.ctimeNs), digest };
};

describe('indexablePages', () => {
  it('lists only the pages that mark content for the index, grouped by dossier, with a hash of their bytes', () => {
    expect(indexablePages(site).pages).toEqual([
      { file: 'd1/index.html', group: 'd1', digest: sha1(files['d1/index.html']!) },
      { file: 'd1/service/index.html', group: 'd1', digest: sha1(files['d1/service/index.html']!) },
    ]);
  });

  it('records every page it read, marked or not, as it was on disk, and none of the index', () => {
    const { digests } = indexablePages(site);
    expect(Object.keys(digests).sort()).toEqual(['awards/2010/index.html', 'd1/index.html', 'd1/print/index.html', 'd1/service/index.html', 'index.html']);
    expect(digests['d1/service/index.html']).toEqual(asOnDisk('d1/service/index.html', sha1(files['d1/service/index.html']!)));
    expect(digests['d1/print/index.html']).toEqual(asOnDisk('d1/print/index.html', null));
  });

  it('takes a page from the record without reading it while the file is as recorded, and reads it again once it is not', async () => {
    // A digest no bytes have: if the page were read, its real one would come back.
    const known: PageDigests = { 'd1/index.html': asOnDisk('d1/index.html', 'recorded') };
    const fromRecord = indexablePages(site, known);
    expect(fromRecord.pages[0]).toEqual({ file: 'd1/index.html', group: 'd1', digest: 'recorded' });
    expect(fromRecord.read).toBe(4);
    expect(indexablePages(site).read).toBe(5);
    // A page without the marker by the record stays out of the index.
    const unmarked: PageDigests = { 'd1/service/index.html': asOnDisk('d1/service/index.html', null) };
    expect(indexablePages(site, unmarked).pages.map((page) => page.file)).toEqual(['d1/index.html']);
    // Each part of the file's state counts: another size, inode or time of change means other bytes may be there.
    for (const differs of [{ size: 1 }, { ino: '1' }, { ctimeNs: '1' }]) {
      const stale: PageDigests = { 'd1/index.html': { ...asOnDisk('d1/index.html', 'recorded'), ...differs } };
      expect(indexablePages(site, stale).pages[0]!.digest).toBe(sha1(files['d1/index.html']!));
    }
    // Written again, even with bytes of the same length, the page is read again.
    const before = asOnDisk('d1/index.html', 'recorded');
    const changed = '<div data-pagefind-body>前言</div>';
    await new Promise((resolve) => setTimeout(resolve, 20));
    await writeFile(join(site, 'd1/index.html'), changed);
    const after = indexablePages(site, { 'd1/index.html': before });
    expect(after.pages[0]!.digest).toBe(sha1(changed));
    expect(after.digests['d1/index.html']).toEqual(asOnDisk('d1/index.html', sha1(changed)));
    await writeFile(join(site, 'd1/index.html'), files['d1/index.html']!);
  });
});
