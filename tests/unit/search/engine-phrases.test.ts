// Phrases and multi-word queries on an index larger than one block of positions: the engine's
// answers against a plain scan of the same text, and the alignment check on its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchEngine } from '../../../src/lib/search/engine.ts';
import { tilesAlign } from '../../../src/lib/search/phrase-tiles.ts';
import { BLOCK_DOCS } from '../../../src/lib/search/format.ts';
import type { SearchEntry, SearchGroup } from '../../../src/lib/search/search-input.ts';
import { openTestIndex } from './test-index.ts';

// Few characters, so that the pairs of a phrase are in most entries and the phrase itself in few.
const ALPHABET = [...'文明单位市级先进集体'];

/** A seeded generator (mulberry32), so a failure names a corpus that can be built again. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const next = random(20261202);
const run = (length: number) => Array.from({ length }, () => ALPHABET[Math.floor(next() * ALPHABET.length)]!).join('');

const groups: SearchGroup[] = [
  { id: 'east', context: ['东城'] },
  { id: 'west', context: ['西城'] },
];
// More awards than one block holds, so candidates and positions span blocks.
const AWARDS = BLOCK_DOCS + 600;
const entries: SearchEntry[] = [];
for (let i = 0; i < 40; i++) {
  const group = groups[i % 2]!.id;
  entries.push({
    kind: 'page',
    group,
    url: `/${group}/p${i}/`,
    title: run(4),
    filters: { 类型: ['文章'] },
    segments: [
      { title: run(4), paragraphs: [run(30), `${run(6)}，${run(6)}`] },
      { anchor: 's1', title: run(3), paragraphs: [run(40)] },
    ],
  });
}
for (let i = 0; i < AWARDS; i++) {
  const group = groups[i < AWARDS / 2 ? 0 : 1]!.id;
  entries.push({ kind: 'award', group, url: `/${group}/a${i}/`, title: run(5), filters: { 类型: ['荣誉'] }, segments: [{ title: run(5), paragraphs: [run(3)] }] });
}
entries.sort((a, b) => ['page', 'award'].indexOf(a.kind) - ['page', 'award'].indexOf(b.kind) || groups.findIndex((g) => g.id === a.group) - groups.findIndex((g) => g.id === b.group));

/** Whether an entry holds a run of characters in one of its texts or in its group's context: what the index promises. */
function holds(entry: SearchEntry, text: string): boolean {
  const texts = [...entry.segments.flatMap((s) => [s.title, ...s.paragraphs]), ...groups.find((g) => g.id === entry.group)!.context];
  return texts.some((t) => t.includes(text));
}

let engine: SearchEngine;
let remove: () => Promise<void>;

beforeAll(async () => {
  ({ engine, remove } = await openTestIndex(groups, entries));
});

afterAll(() => remove());

const found = async (q: string) => {
  const outcome = await engine.search(q);
  expect(outcome.loosened).toBeUndefined();
  return new Set(Array.from(outcome.ranked, (e) => entries[e]!.url));
};

describe('phrases across blocks of positions', () => {
  it('are found exactly where a scan of the text finds them, for runs of three to six characters', async () => {
    const queries = Array.from({ length: 40 }, (_, i) => run(3 + (i % 4)));
    for (const q of queries) {
      const expected = new Set(entries.filter((e) => holds(e, q)).map((e) => e.url));
      if (expected.size === 0) continue;
      expect(await found(q), q).toEqual(expected);
    }
  });

  it('answer every word of a multi-word query (AND), phrases and pairs together', async () => {
    for (const [a, b] of [
      ['文明', '先进集'],
      ['市级文', '体单'],
      ['位市级', '东城'],
    ] as const) {
      const expected = new Set(entries.filter((e) => holds(e, a) && holds(e, b)).map((e) => e.url));
      expect(await found(`${a} ${b}`), `${a} ${b}`).toEqual(expected);
    }
  });

  it('give the same answer the second time, from the kept matches', async () => {
    const first = Array.from((await engine.search('明单位 先进')).ranked);
    expect(first.length).toBeGreaterThan(0);
    expect(Array.from((await engine.search('先进 明单位')).ranked).sort((x, y) => x - y)).toEqual([...first].sort((x, y) => x - y));
    expect(Array.from((await engine.search('明单位 先进')).ranked)).toEqual(first);
  });
});

describe('tilesAlign', () => {
  it('finds a start where every tile stands at its offset', () => {
    expect(tilesAlign([[3, 10], [12], [14]], [0, 2, 4])).toBe(true);
    expect(tilesAlign([[3, 10], [5], [14]], [0, 2, 4])).toBe(false);
  });

  it('anchors on the shortest list whatever its place, and handles a repeated key', () => {
    // 哈哈哈哈 tiles 哈哈 at 0 and 2 (and the last pair at 2): one key, the same positions twice.
    expect(tilesAlign([[0, 1, 2, 7], [0, 1, 2, 7]], [0, 2])).toBe(true);
    expect(tilesAlign([[0, 7], [0, 7]], [0, 2])).toBe(false);
    expect(tilesAlign([[1, 4, 9, 20, 31], [33]], [0, 2])).toBe(true);
    expect(tilesAlign([[1, 4, 9, 20, 30], [33]], [0, 2])).toBe(false);
  });

  it('finds nothing when a tile has no positions', () => {
    expect(tilesAlign([[1, 2], []], [0, 2])).toBe(false);
  });
});
