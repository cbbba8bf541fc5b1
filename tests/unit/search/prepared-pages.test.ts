import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { awardSearchEntry } from '../../../src/lib/search/award-records.ts';
import { indexShard, type ShardEntry } from '../../../src/lib/search/index-shard.ts';
import { preparePage, PreparedPageStore } from '../../../src/lib/search/prepared-pages.ts';
import { encodeShard } from '../../../src/lib/search/shard-codec.ts';

const cache = await mkdtemp(join(tmpdir(), 'huazhang-prepared-'));
afterAll(() => rm(cache, { recursive: true, force: true }));

// Two dossiers' pages that share characters, words and numbers, and a character beyond the BMP.
const page = (title: string, body: string, unit: string, kind = '文章') => `<!DOCTYPE html><html lang="zh-CN"><body><main><div data-pagefind-body>
<span hidden data-pagefind-filter="类型:${kind}"></span><span hidden data-pagefind-filter="单位:${unit}"></span>
<h1 data-pagefind-meta="title">${title}</h1>${body}</div></main></body></html>`;
const pages = [
  { file: 'qingshan-tax/index.html', group: 'qingshan-tax', html: page('青山区税务局', '<p>ISO9001 认证，2019-2021年度市级文明单位。</p>', '青山区税务局', '纪实') },
  { file: 'qingshan-tax/service/index.html', group: 'qingshan-tax', html: page('服务篇', '<p>办税服务厅“一窗通办”。</p><h2 id="a">减税降费</h2><p>减税 2.3 亿元，惠及𠀋户。</p>', '青山区税务局') },
  { file: 'xinglin-health/service/index.html', group: 'xinglin-health', html: page('服务篇', '<p>高血压、糖尿病患者随访；ISO 认证。</p><h2 id="b">家庭医生</h2><p>签约服务。</p>', '杏林镇卫生院') },
];
const award = awardSearchEntry({
  dossier: 'qingshan-tax',
  dossierTitle: '青山税务纪实',
  unit: '青山区税务局',
  title: '市级文明单位',
  years: [2019, 2020, 2021],
  level: '市级',
  issuer: '青山市文明委',
  index: 1,
});
const groups = [
  { id: 'qingshan-tax', context: ['青山区税务局'] },
  { id: 'xinglin-health', context: ['杏林镇卫生院'] },
];

describe('prepared pages', () => {
  it('index into the same shard, byte for byte, as the same pages indexed in one piece', () => {
    const prepared = pages.map((p) => preparePage(p.file, p.group, p.html)!);
    const plain = prepared.map(({ postings: _, ...entry }) => entry);
    const shard = (entries: ShardEntry[]) => encodeShard(indexShard(groups, [...entries, award]));
    expect(Buffer.from(shard(prepared)).equals(Buffer.from(shard(plain)))).toBe(true);
  });

  it('give nothing for a page whose text only names the marker', () => {
    expect(preparePage('a/print/index.html', 'a', '<html><body><p>data-pagefind-body 是一个属性。</p></body></html>')).toBeUndefined();
  });

  it('are kept under their file and bytes, and read back whole', async () => {
    const store = new PreparedPageStore(cache);
    const first = preparePage(pages[1]!.file, pages[1]!.group, pages[1]!.html)!;
    const key = PreparedPageStore.key(pages[1]!.file, 'digest-1');
    expect(PreparedPageStore.key(pages[2]!.file, 'digest-1')).not.toBe(key);
    await store.put(key, first);
    expect(store.has(key)).toBe(true);
    const back = await store.get(key);
    const { postings: firstPostings, ...firstEntry } = first;
    const { postings: backPostings, ...backEntry } = back!;
    expect(backEntry).toEqual(firstEntry);
    expect(backPostings!()).toEqual(firstPostings!());
    expect(Buffer.from(encodeShard(indexShard(groups.slice(0, 1), [back!]))).equals(Buffer.from(encodeShard(indexShard(groups.slice(0, 1), [first]))))).toBe(true);

    // A damaged file is as good as none: the page is prepared again.
    await writeFile(join(store.dir, `${key}.bin`), 'not a prepared page');
    expect(await store.get(key)).toBeUndefined();
    expect(await store.get('absent')).toBeUndefined();

    await store.put('other', first);
    await store.keepOnly(new Set(['other']));
    expect(store.has(key)).toBe(false);
    expect(store.has('other')).toBe(true);
  });
});
