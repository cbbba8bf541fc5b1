import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { astroPageCache, PageCacheGuard } from '../../../scripts/build/page-cache-guard.ts';

let cacheDir: string;
let copies: string;
let manifest: string;

/** Writes a page copy the way Astro does: in place, over the old one. */
function copy(path: string, html: string): void {
  mkdirSync(dirname(join(copies, path)), { recursive: true });
  writeFileSync(join(copies, path), html);
}

const copiesNow = () => (readdirSync(copies, { recursive: true }) as string[]).filter((name) => name.endsWith('.html')).sort();

beforeEach(() => {
  cacheDir = mkdtempSync(join(tmpdir(), 'huazhang-page-cache-'));
  ({ copies, manifest } = astroPageCache(cacheDir));
  copy('a/index.html', 'a as the manifest knows it');
  copy('b/index.html', 'b as the manifest knows it');
  writeFileSync(manifest, '{}');
});

afterEach(() => rmSync(cacheDir, { recursive: true, force: true }));

describe("guarding Astro's page cache over a build", () => {
  it('keeps every copy when Astro finished, since it wrote the manifest that describes them', async () => {
    const guard = await PageCacheGuard.open(cacheDir);
    copy('a/index.html', 'a rendered again');
    copy('c/index.html', 'c new');
    expect(await guard.close(true)).toBe(0);
    expect(copiesNow()).toEqual(['a/index.html', 'b/index.html', 'c/index.html']);
    expect(existsSync(manifest)).toBe(true);
  });

  it('deletes the copies a stopped Astro wrote or replaced, and only those', async () => {
    // File times come from a clock that moves in steps of a few milliseconds; the copies of the
    // last build are seconds older than the next build's start.
    await sleep(25);
    const guard = await PageCacheGuard.open(cacheDir);
    await sleep(25);
    // Rewritten with the same bytes, as a page from unchanged content would be: still a new write.
    copy('a/index.html', 'a as the manifest knows it');
    copy('c/index.html', 'c from content the check then rejected');
    expect(await guard.close(false)).toBe(2);
    expect(copiesNow()).toEqual(['b/index.html']);
    expect(existsSync(manifest)).toBe(true);
  });

  it('makes Astro render every page once when an earlier build was killed with its guard open', async () => {
    await PageCacheGuard.open(cacheDir);
    copy('a/index.html', 'written by a build that was then killed');
    const next = await PageCacheGuard.open(cacheDir);
    expect(existsSync(manifest)).toBe(false);
    await next.close(true);
    // The build after that one finds its guard closed and keeps what it wrote.
    writeFileSync(manifest, '{}');
    await (await PageCacheGuard.open(cacheDir)).close(true);
    expect(existsSync(manifest)).toBe(true);
  });

  it('works on a cache folder that does not exist yet', async () => {
    const empty = join(cacheDir, 'fresh');
    const guard = await PageCacheGuard.open(empty);
    expect(await guard.close(false)).toBe(0);
  });
});
