// The search-quality suite on the six-unit archive, in Chromium through the search page: recall@10
// and precision@10 of at least 98 %, a unit's dossier and 荣誉榜 first for its name, and the same
// answers from the archive built in shards as from the archive built in one piece (the same files,
// and every query answered alike; `npm run bench` also runs the page on both).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/browser/chromium.ts';
import { ARCHIVE_SITE, SHARDED_ARCHIVE_SITE } from '../support/paths.ts';
import { describeMiss, runSuite, sameIndex, suiteAnswers, suiteFigures, type QueryScore } from '../../scripts/bench/search-quality.ts';
import { SEARCH_SUITE } from '../../scripts/bench/search-suite.ts';

let browser: Browser;
let whole: { scores: QueryScore[]; all: string[][] };

beforeAll(async () => {
  browser = await launchChromium();
  whole = await runSuite(ARCHIVE_SITE, browser);
});

afterAll(async () => {
  await browser?.close();
});

describe('search quality on the six-unit archive', () => {
  it('has at least 60 queries of every kind', () => {
    expect(SEARCH_SUITE.length).toBeGreaterThanOrEqual(60);
    expect(new Set(SEARCH_SUITE.map((q) => q.kind)).size).toBeGreaterThanOrEqual(10);
  });

  it('reaches recall@10 and precision@10 of at least 98 %', () => {
    const { recall, precision } = suiteFigures(whole.scores);
    const misses = whole.scores.filter((s) => s.recall < 1 || s.precision < 1).map(describeMiss);
    expect({ recall: recall >= 0.98, precision: precision >= 0.98, misses }).toEqual({ recall: true, precision: true, misses: [] });
  });

  it('ranks a unit’s dossier and its 荣誉榜 first for the unit’s name', () => {
    expect(whole.scores.filter((s) => !s.firstOk).map(describeMiss)).toEqual([]);
  });

  it('answers every query the same when the index was built in shards', async () => {
    expect(sameIndex(ARCHIVE_SITE, SHARDED_ARCHIVE_SITE)).toBe(true);
    const [one, shards] = await Promise.all([suiteAnswers(ARCHIVE_SITE), suiteAnswers(SHARDED_ARCHIVE_SITE)]);
    expect(shards).toEqual(one);
    expect(one.map((answer) => answer.length)).toEqual(whole.scores.map((s) => s.total));
  });
});
