import { describe, expect, it } from 'vitest';
import { DEFAULT_ROUNDS, DEFAULT_SEED, DEFAULT_SIZES, parseBenchArgs } from '../../../scripts/bench/args.ts';

describe('parseBenchArgs', () => {
  it("defaults to 10, 100 and 1,000 dossiers written to bench-results/, with the project's shard size", () => {
    expect(parseBenchArgs([])).toEqual({ sizes: DEFAULT_SIZES, out: 'bench-results', seed: DEFAULT_SEED, rebuildFrom: 1000, noBrowser: false, shipped: true, rounds: DEFAULT_ROUNDS });
  });

  it('takes --search-shards 0 for one index and a number for shards of that size', () => {
    expect(parseBenchArgs(['--search-shards', '0']).searchShards).toBe(0);
    expect(parseBenchArgs(['--search-shards', '100']).searchShards).toBe(100);
    expect(() => parseBenchArgs(['--search-shards', 'some'])).toThrow(/at least 1/);
  });

  it('takes --search-copies, a whole number of at least 1', () => {
    expect(parseBenchArgs([]).searchCopies).toBeUndefined();
    expect(parseBenchArgs(['--search-copies', '10']).searchCopies).toBe(10);
    expect(() => parseBenchArgs(['--search-copies', '0'])).toThrow(/at least 1/);
  });

  it('takes repeated --dossiers and comma lists, sorted without duplicates', () => {
    expect(parseBenchArgs(['--dossiers', '100,10', '--dossiers', '1_000', '--dossiers', '10']).sizes).toEqual([10, 100, 1000]);
  });

  it('rejects a size that is not a whole number', () => {
    expect(() => parseBenchArgs(['--dossiers', '1e9x'])).toThrowErrorMatchingInlineSnapshot(`[Error: --dossiers must be a whole number of at least 1, not “1e9x”.]`);
    expect(() => parseBenchArgs(['--dossiers', '0'])).toThrow(/at least 1/);
  });

  it('takes --peer hugo and refuses peers it cannot build', () => {
    expect(parseBenchArgs(['--peer', 'hugo']).peer).toBe('hugo');
    expect(parseBenchArgs([]).peer).toBeUndefined();
    expect(() => parseBenchArgs(['--peer', 'jekyll'])).toThrowErrorMatchingInlineSnapshot(`[Error: --peer must be one of hugo, not “jekyll”.]`);
  });

  it('takes --rounds, a whole number of at least 1', () => {
    expect(parseBenchArgs(['--rounds', '5']).rounds).toBe(5);
    expect(parseBenchArgs(['--rounds', '1']).rounds).toBe(1);
    expect(() => parseBenchArgs(['--rounds', '0'])).toThrow(/--rounds must be a whole number of at least 1/);
  });

  it('rejects unknown flags', () => {
    expect(() => parseBenchArgs(['--dosiers', '10'])).toThrow(/dosiers/);
  });
});
