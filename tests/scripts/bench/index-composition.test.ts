// The benchmark's account of the search index: every byte of the index folder is counted once, under
// the kind of key or file it belongs to.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatComposition, indexComposition, keyKind } from '../../../scripts/bench/index-composition.ts';
import type { PublishedAward } from '../../../src/lib/search/award-records.ts';
import { buildSearchIndex } from '../../../src/lib/search/build-index.ts';
import { filterKey, INDEX_DIR, prefixKey } from '../../../src/lib/search/format.ts';

let site: string;
const page = (title: string, text: string) =>
  `<!doctype html><html lang="zh-CN"><body><main><div data-pagefind-body><span hidden data-pagefind-filter="类型:文章"></span><h1 data-pagefind-meta="title">${title}</h1><p>${text}</p></div></main></body></html>`;

beforeAll(async () => {
  site = await mkdtemp(join(tmpdir(), 'huazhang-composition-'));
  await mkdir(join(site, 'qinghe', 'service'), { recursive: true });
  await writeFile(join(site, 'qinghe', 'service', 'index.html'), page('服务篇', '窗口通过ISO9001认证，办事最多跑一次。'));
  const award: PublishedAward = { title: '市级文明单位', years: [2020], level: '市级', unit: '清河街道', dossier: 'qinghe', dossierTitle: '清河纪实', index: 0 };
  await buildSearchIndex({ siteDir: site, awards: [award] });
});

afterAll(async () => {
  await rm(site, { recursive: true, force: true });
});

describe('keyKind', () => {
  it('tells character pairs, single characters, words, word beginnings and filter values apart', () => {
    expect(keyKind('窗口')).toBe('pair');
    expect(keyKind('窗')).toBe('character');
    expect(keyKind('iso9001')).toBe('word');
    expect(keyKind(prefixKey('iso'))).toBe('prefix');
    expect(keyKind(filterKey('类型', '文章'))).toBe('filter');
  });
});

describe('indexComposition', () => {
  it('accounts for every byte of the index folder once', async () => {
    const dir = join(site, INDEX_DIR);
    const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
    const onDisk = (await Promise.all(files.map((e) => stat(join(e.parentPath, e.name))))).reduce((n, s) => n + s.size, 0);
    const composition = await indexComposition(site);
    // The buckets hold nothing but keys, so keys and the other files add up to the folder.
    expect(composition.totalBytes).toBe(onDisk);
    expect(composition.keys.pair.keys).toBeGreaterThan(10);
    expect(composition.keys.prefix.keys).toBeGreaterThan(0);
    expect(composition.keys.filter.keys).toBeGreaterThan(0);
    expect(composition.files.fragments.files).toBeGreaterThan(0);
    expect(formatComposition(composition)).toMatch(/\| prefix \| \d+ \|/);
  });
});
