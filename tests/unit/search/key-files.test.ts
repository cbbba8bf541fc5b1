// Which files a query fetches, and in how many round trips: a large key's own file without a
// bucket first, small position blocks of a large key together in one file, filters and terms at
// once, and the text of many awards in one file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchEngine } from '../../../src/lib/search/engine.ts';
import { BLOCK_DOCS } from '../../../src/lib/search/format.ts';
import { blockRuns } from '../../../src/lib/search/key-bucket.ts';
import type { SearchEntry } from '../../../src/lib/search/search-input.ts';
import { openTestIndex, type FetchedFile } from './test-index.ts';

const sizes = (runs: ReturnType<typeof blockRuns>) => runs.map((run) => run.map(([block, bytes]) => `${block}:${bytes.length}`).join(' '));
const blocks = (...lengths: number[]) => lengths.map((length, i) => [i, new Uint8Array(length)] as const);

describe('blockRuns', () => {
  it('keeps a large block alone and puts the small ones after it together', () => {
    expect(sizes(blockRuns(blocks(19000, 12000, 400, 420, 130)))).toEqual(['0:19000', '1:12000', '2:400 3:420 4:130']);
  });

  it('starts a new file when the small blocks would pass 16 KB, or a large block comes', () => {
    expect(sizes(blockRuns(blocks(4000, 4000, 4000, 4000, 4000, 300, 5000, 300)))).toEqual(['0:4000 1:4000 2:4000 3:4000', '4:4000 5:300', '6:5000', '7:300']);
  });
});

// Two blocks of documents: pages whose text repeats the pairs of 先进集体 everywhere, then awards
// that hold the phrase itself, so its keys are large and its positions span both blocks.
const entries: SearchEntry[] = [];
for (let i = 0; i < BLOCK_DOCS; i++) {
  entries.push({ kind: 'page', group: 'g', url: `/g/p${i}/`, title: `篇${i}`, filters: { 类型: ['文章'] }, segments: [{ title: `篇${i}`, paragraphs: ['先进的集体，进集合，集体先行。'] }] });
}
for (let i = 0; i < 300; i++) entries.push({ kind: 'award', group: 'g', url: `/g/a${i}/`, title: `先进集体${i}`, filters: { 类型: ['荣誉'] }, segments: [{ title: `先进集体${i}`, paragraphs: [] }] });

let engine: SearchEngine;
let fetched: FetchedFile[];
const paths = () => fetched.map((file) => file.path);
/** Round trips of the files read since `from`. */
const rounds = (from = 0) => {
  const read = fetched.slice(from).map((file) => file.round);
  return Math.max(...read) - Math.min(...read) + 1;
};
let remove: () => Promise<void>;

beforeAll(async () => {
  ({ engine, fetched, remove } = await openTestIndex([{ id: 'g', context: [] }], entries));
});

afterAll(() => remove());

describe('the files of a query', () => {
  it('are the large keys’ own files and their position files, no bucket, each fetched once', async () => {
    fetched.length = 0;
    const outcome = await engine.search('先进集体');
    expect(outcome.ranked.length).toBe(300);
    expect(paths().filter((path) => path.startsWith('k/'))).toEqual([]);
    expect(paths().filter((path) => /^x\/\d+\.bin$/.test(path))).toHaveLength(3);
    expect(paths().some((path) => /^x\/\d+-\d+\.bin$/.test(path))).toBe(true);
    expect(new Set(paths()).size).toBe(fetched.length);
    // The keys' lists, then the positions of the candidates.
    expect(rounds()).toBe(2);
  });

  it('fetch a filter’s list together with the keys of the query', async () => {
    const before = fetched.length;
    expect((await engine.search('集体先行', { 类型: ['文章'] })).ranked.length).toBe(BLOCK_DOCS);
    // The filter's list, 集体's and the other keys' in one round trip, then the positions.
    expect(rounds(before)).toBe(2);
  });

  it('read a hundred awards’ text from one fragment file, which holds no page', async () => {
    const outcome = await engine.search('先进集体');
    fetched.length = 0;
    const views = await engine.view(outcome, 0, 100);
    expect(views.every((view) => view.kind === 'award')).toBe(true);
    expect(paths().filter((path) => path.startsWith('f/'))).toHaveLength(1);
  });

  it('include a bucket for a key that is not large', async () => {
    fetched.length = 0;
    expect((await engine.search('篇12')).ranked.length).toBeGreaterThan(0);
    expect(paths().some((path) => path.startsWith('k/'))).toBe(true);
  });
});
