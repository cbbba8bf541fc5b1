import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchEngine } from '../../../src/lib/search/engine.ts';
import type { SearchEntry } from '../../../src/lib/search/search-input.ts';
import { openTestIndex } from './test-index.ts';

// Enough entries that their fragment files are written on a thread of their own while the keys are
// merged (write-index.ts), each with its own words, so every fragment file is needed.
const COUNT = 4500;
const units = ['黄州区政府办公室', '市财政局', '区人民医院', '第一中学', '城关镇'];
const entries: SearchEntry[] = Array.from({ length: COUNT }, (_, n) => ({
  kind: 'award',
  group: 'g',
  url: `/g/${n}/`,
  title: `${units[n % units.length]}荣获第${n}号奖项`,
  filters: {},
  segments: [{ title: `${units[n % units.length]}荣获第${n}号奖项`, paragraphs: [`编号 A${n}Z，年度 ${2000 + (n % 25)}。`] }],
}));

let engine: SearchEngine;
let remove: () => Promise<void>;

beforeAll(async () => {
  ({ engine, remove } = await openTestIndex([{ id: 'g', context: [] }], entries));
});

afterAll(() => remove());

describe('a large index', () => {
  it('finds its first and last entries, with their texts, as a reader sees them', async () => {
    for (const n of [0, 1999, COUNT - 1]) {
      const outcome = await engine.search(`a${n}z`);
      const [first] = await engine.view(outcome, 0, 1);
      expect(first?.url).toBe(`/g/${n}/`);
      expect(first?.title).toBe(entries[n]!.title);
    }
  });

  it('counts every entry of a common word', async () => {
    expect((await engine.search('荣获')).ranked.length).toBe(COUNT);
  });
});
