// Words of letters and digits: whole, or by their beginning when typed on their own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchEngine } from '../../../src/lib/search/engine.ts';
import type { SearchEntry } from '../../../src/lib/search/search-input.ts';
import { openTestIndex } from './test-index.ts';

const entry = (n: number, title: string, paragraphs: string[], hidden: string[] = []): SearchEntry => ({
  kind: 'award',
  group: 'g',
  url: `/g/${n}/`,
  title,
  hidden,
  filters: {},
  segments: [{ title, paragraphs }],
});

const entries = [
  entry(1, '通过ISO9001质量管理体系认证', ['二〇一九年通过复审。']),
  entry(2, 'ISO 14001环境管理体系', []),
  entry(3, '市级文明单位', ['2019-2021年度'], ['2019', '2020', '2021']),
  entry(4, '文明窗口', ['2025年度'], ['2025']),
  entry(5, '12345热线先进集体', ['Isolation 病区，5G 网络全覆盖。']),
  entry(6, '安全生产先进单位', ['2 号楼']),
];

let engine: SearchEngine;
let remove: () => Promise<void>;
const urls = async (q: string) => Array.from((await engine.search(q)).ranked, (e) => entries[e]!.url).sort();

beforeAll(async () => {
  ({ engine, remove } = await openTestIndex([{ id: 'g', context: [] }], entries));
});

afterAll(() => remove());

describe('words of letters and digits', () => {
  it('find the longer words a typed word begins, in any case or width', async () => {
    expect(await urls('iso')).toEqual(['/g/1/', '/g/2/', '/g/5/']);
    expect(await urls('ＩＳＯ9')).toEqual(['/g/1/']);
    expect(await urls('iso9001')).toEqual(['/g/1/']);
  });

  it('find the years a typed number begins, an award by every year it covers', async () => {
    expect(await urls('202')).toEqual(['/g/3/', '/g/4/']);
    expect(await urls('2020')).toEqual(['/g/3/']);
    expect(await urls('1234')).toEqual(['/g/5/']);
  });

  it('find only the word itself for one letter or digit, and for a word in quotes', async () => {
    expect(await urls('2')).toEqual(['/g/6/']);
    expect(await urls('"iso"')).toEqual(['/g/2/']);
    expect(await urls('5g')).toEqual(['/g/5/']);
  });

  it('never find a word by its middle or end', async () => {
    expect(await urls('9001')).toEqual([]);
    expect(await urls('021')).toEqual([]);
  });

  it('mark the typed beginning inside the longer word of an excerpt', async () => {
    const outcome = await engine.search('isol');
    const [view] = await engine.view(outcome, 0, 1);
    expect(view!.excerpt).toEqual([{ text: 'Isol', mark: true }, { text: 'ation 病区，5G 网络全覆盖。' }]);
  });
});
