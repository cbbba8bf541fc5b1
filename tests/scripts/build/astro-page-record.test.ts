import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { pageFile, restorePagesFrom } from '../../../scripts/build/astro-page-record.ts';

/** The page-copy methods of the installed Astro's incremental build, as its build calls them. */
interface Copies {
  restoreOutputFile(settings: unknown, outputFile: string, destination: URL): Promise<boolean>;
  writeOutputFile(settings: unknown, outputFile: string, body: string): Promise<void>;
  deleteOutputFile(settings: unknown, outputFile: string): Promise<void>;
}

let work: string;
let site: string;
let cacheDir: string;
let copies: Copies;
let settings: unknown;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'huazhang-page-record-'));
  site = join(work, 'published');
  cacheDir = join(work, 'cache');
  mkdirSync(join(site, '中'), { recursive: true });
  writeFileSync(join(site, '中', 'index.html'), 'published page');
  mkdirSync(cacheDir);
  settings = { config: { cacheDir: pathToFileURL(`${cacheDir}/`) } };
  expect(await restorePagesFrom(site)).toBe(true);
  const module = new URL('dist/core/build/incremental.js', import.meta.resolve('astro/package.json'));
  const { IncrementalBuildCache } = (await import(module.href)) as { IncrementalBuildCache: new (...args: string[]) => Copies };
  copies = new IncrementalBuildCache('config', 'lockfile', 'key');
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("Astro's page copies in the build's Astro process", () => {
  it('are restored from the published site, by the URL-encoded name Astro records', async () => {
    const destination = join(work, 'staging', '中', 'index.html');
    expect(await copies.restoreOutputFile(settings, '%E4%B8%AD/index.html', pathToFileURL(destination))).toBe(true);
    expect(readFileSync(destination, 'utf8')).toBe('published page');
  });

  it('are not restored when the published site has no such page, so Astro renders it', async () => {
    const destination = join(work, 'staging', 'gone', 'index.html');
    expect(await copies.restoreOutputFile(settings, 'gone/index.html', pathToFileURL(destination))).toBe(false);
    expect(existsSync(destination)).toBe(false);
  });

  it('are neither written into the cache folder nor deleted from the published site', async () => {
    await copies.writeOutputFile(settings, 'new/index.html', 'new page');
    await copies.deleteOutputFile(settings, '%E4%B8%AD/index.html');
    expect(readdirSync(cacheDir)).toEqual([]);
    expect(readFileSync(join(site, '中', 'index.html'), 'utf8')).toBe('published page');
  });
});

describe('a recorded page file', () => {
  it('is the decoded path with the platform separators', () => {
    expect(pageFile('%E4%B8%AD/a%20b/index.html')).toBe(join('中', 'a b', 'index.html'));
  });
});
