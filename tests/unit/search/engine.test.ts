// The index builder and the engine together, in Node: entries in, files out, queries answered from
// the files exactly as the search page answers them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { indexShard } from '../../../src/lib/search/index-shard.ts';
import { decodeShard, encodeShard } from '../../../src/lib/search/shard-codec.ts';
import { writeIndex } from '../../../src/lib/search/write-index.ts';
import { SearchEngine } from '../../../src/lib/search/engine.ts';
import type { SearchEntry, SearchGroup } from '../../../src/lib/search/search-input.ts';

const groups: SearchGroup[] = [
  { id: 'tax', context: ['青山区税务局', '春风润青山'] },
  { id: 'clinic', context: ['杏林镇卫生院', '杏林春暖'] },
  { id: 'school', context: ['云溪中学', '书声琅琅'] },
];

const page = (group: string, url: string, title: string, sections: Array<[string, string, string[]]>, first: string[] = []): SearchEntry => ({
  kind: 'page',
  group,
  url,
  title,
  filters: { 类型: ['文章'] },
  segments: [{ title, paragraphs: first }, ...sections.map(([anchor, heading, paragraphs]) => ({ anchor, title: heading, paragraphs }))],
});
const award = (group: string, n: number, title: string, years: number[], level: string): SearchEntry => ({
  kind: 'award',
  group,
  url: `/${group}/achievements/#award-0${n}`,
  title,
  hidden: years.map(String),
  meta: { years: `${years.join('-')}年度`, level },
  filters: { 类型: ['荣誉'], 年份: years.map(String), 级别: [level] },
  segments: [{ title, paragraphs: [level] }],
});

const entries: SearchEntry[] = [
  page('tax', '/tax/service/', '服务篇', [['paoyici', '办税“最多跑一次”', ['纳税人办理常见业务最多跑一次，区级文明单位的窗口设在一楼。']], ['jianshui', '减税降费', ['为市级企业减税一点二亿元。']]], ['服务是税务部门的立身之本。']),
  page('clinic', '/clinic/', '杏林春暖', [['preface', '前言', ['卫生院服务全镇四万名群众。']]], ['杏林镇卫生院创建文明单位纪实']),
  page('clinic', '/clinic/service/', '服务篇', [['manbing', '慢病管理', ['全镇高血压患者两千一百人，監測血壓。']]]),
  page('school', '/school/service/', '服务篇', [['xinli', '心理健康', ['守护青少年身心健康。']]]),
  award('tax', 1, '市级文明单位', [2019, 2020, 2021], '市级'),
  award('clinic', 1, '市级文明单位', [2020], '市级'),
  award('school', 1, '全国青少年校园足球特色学校', [2021], '国家级'),
];

let dir: string;
let engine: SearchEngine;

async function build(shardSizes: number[], into: string): Promise<void> {
  const shards = [];
  let at = 0;
  for (const size of shardSizes) {
    const mine = groups.slice(at, at + size);
    at += size;
    const ids = new Set(mine.map((g) => g.id));
    const own = entries.filter((e) => ids.has(e.group)).sort((a, b) => ['page', 'award', 'unit'].indexOf(a.kind) - ['page', 'award', 'unit'].indexOf(b.kind));
    shards.push(decodeShard(encodeShard(indexShard(mine, own))));
  }
  await writeIndex(shards, into);
}

async function files(root: string): Promise<Map<string, string>> {
  const names = (await readdir(root, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  return new Map(await Promise.all(names.map(async (e) => [join(e.parentPath, e.name).slice(root.length), (await readFile(join(e.parentPath, e.name))).toString('base64')] as [string, string])));
}

const urls = async (q: string, filters = {}) => {
  const outcome = await engine.search(q, filters);
  return (await engine.view(outcome, 0, 50)).map((r) => r.url);
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'huazhang-engine-'));
  // Entries must be in index order: kind, then group.
  const ordered = (gs: SearchGroup[]) => entries.filter((e) => gs.some((g) => g.id === e.group));
  expect(ordered(groups).length).toBe(entries.length);
  await build([3], join(dir, 'whole'));
  await build([1, 1, 1], join(dir, 'ones'));
  await build([2, 1], join(dir, 'twos'));
  const root = join(dir, 'whole');
  engine = await SearchEngine.open({ bytes: async (p) => new Uint8Array(await readFile(join(root, p))), json: async (p) => JSON.parse(await readFile(join(root, p), 'utf8')) });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the index and the engine', () => {
  it('write the same files whatever the shards', async () => {
    const whole = await files(join(dir, 'whole'));
    expect(await files(join(dir, 'ones'))).toEqual(whole);
    expect(await files(join(dir, 'twos'))).toEqual(whole);
  });

  it('find every piece of two or more characters, inside longer words too', async () => {
    expect(await urls('血压')).toEqual(['/clinic/service/']);
    // An award's title outranks a page's text.
    expect(await urls('少年')).toEqual(['/school/achievements/#award-01', '/school/service/']);
    expect(await urls('跑一次')).toEqual(['/tax/service/']);
  });

  it('match a run of characters only where it stands as written, not where its pairs are scattered', async () => {
    // The tax page has 区级文明单位 and 市级 elsewhere: every pair of 市级文明单位, never the whole.
    expect(await urls('市级文明单位')).toEqual(['/tax/achievements/#award-01', '/clinic/achievements/#award-01']);
  });

  it('fold traditional characters and full-width digits in content and query alike', async () => {
    expect(await urls('监测血压')).toEqual(['/clinic/service/']);
    expect(await urls('市級文明單位 ２０２０')).toEqual(['/tax/achievements/#award-01', '/clinic/achievements/#award-01']);
  });

  it('find an award by every year it covers, and AND every term', async () => {
    expect(await urls('2021 文明单位')).toEqual(['/tax/achievements/#award-01']);
    expect(await urls('2021 足球')).toEqual(['/school/achievements/#award-01']);
    expect(await urls('2022 文明单位')).toEqual([]);
  });

  it('find every entry of a dossier by its unit, the named ones first', async () => {
    const found = await urls('杏林');
    expect(found[0]).toBe('/clinic/');
    expect(found.sort()).toEqual(['/clinic/', '/clinic/achievements/#award-01', '/clinic/service/']);
  });

  it('narrow by filters: one value of every chosen filter', async () => {
    expect(await urls('', { 级别: ['国家级'] })).toEqual(['/school/achievements/#award-01']);
    expect(await urls('服务', { 类型: ['荣誉'] })).toEqual([]);
    expect((await urls('', { 年份: ['2019', '2021'] })).sort()).toEqual(['/school/achievements/#award-01', '/tax/achievements/#award-01']);
  });

  it('count the values of a filter among the results of the query and the other filters', async () => {
    const filter = (name: string) => engine.manifest.filters.findIndex((f) => f.name === name);
    const counts = async (q: string, filters = {}) => Object.fromEntries(await engine.filterCounts(filter('年份'), q, filters));
    // The whole archive's counts until something is asked.
    expect(await counts('')).toEqual({ '2019': 1, '2020': 2, '2021': 2 });
    expect(await counts('文明单位')).toEqual({ '2019': 1, '2020': 2, '2021': 1 });
    expect(await counts('足球')).toEqual({ '2019': 0, '2020': 0, '2021': 1 });
    expect(await counts('', { 级别: ['市级'] })).toEqual({ '2019': 1, '2020': 2, '2021': 1 });
    // The filter's own choice does not narrow its counts; the others do.
    expect(await counts('文明单位', { 年份: ['2019'], 级别: ['国家级'] })).toEqual({ '2019': 0, '2020': 0, '2021': 0 });
    expect(await counts('文明单位', { 年份: ['2019'] })).toEqual({ '2019': 1, '2020': 2, '2021': 1 });
  });

  it('point a page result at the section that holds the words, with the words marked as written', async () => {
    const outcome = await engine.search('减税');
    const [result] = await engine.view(outcome, 0, 1);
    expect(result!.sections.map((s) => s.url)).toEqual(['/tax/service/#jianshui']);
    expect(result!.excerpt).toEqual([{ text: '为市级企业' }, { text: '减税', mark: true }, { text: '一点二亿元。' }]);
  });

  it('loosen a run that occurs nowhere as written into its words', async () => {
    const outcome = await engine.search('青山减税');
    expect(outcome.loosened?.map((t) => t.text)).toEqual(['青山', '减税']);
    expect((await engine.view(outcome, 0, 5)).map((r) => r.url)).toEqual(['/tax/service/']);
  });
});
