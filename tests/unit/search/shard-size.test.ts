import { describe, expect, it } from 'vitest';
import { DEFAULT_DOSSIERS_PER_SHARD, DEFAULT_MAX_SHARDS, shardPolicy, shardSizeFor } from '../../../src/lib/search/shard-size.ts';

describe('shardPolicy', () => {
  it('uses the default policy when the variable is unset or empty', () => {
    const policy = { dossiersPerShard: DEFAULT_DOSSIERS_PER_SHARD, maxShards: DEFAULT_MAX_SHARDS };
    expect(shardPolicy(undefined)).toEqual(policy);
    expect(shardPolicy(' ')).toEqual(policy);
  });

  it('turns shards off with 0 and takes any other whole number as a fixed size', () => {
    expect(shardPolicy('0')).toBeUndefined();
    expect(shardPolicy(' 100 ')).toEqual({ dossiersPerShard: 100 });
  });

  it('refuses anything else, in Chinese, naming the variable', () => {
    expect(() => shardPolicy('many')).toThrow('HUAZHANG_SEARCH_SHARD_SIZE 应为 0 或正整数，而不是“many”');
    expect(() => shardPolicy('2.5')).toThrow(/2\.5/);
    expect(() => shardPolicy('-1')).toThrow(/-1/);
  });
});

describe('shardSizeFor', () => {
  const policy = shardPolicy(undefined)!;

  it('keeps the default size while it makes no more than the most shards', () => {
    expect(shardSizeFor(policy, 500)).toBe(50);
    expect(shardSizeFor(policy, 50 * DEFAULT_MAX_SHARDS)).toBe(50);
  });

  it('grows the shards of larger sites instead of adding more', () => {
    expect(shardSizeFor(policy, 1000)).toBe(63);
    expect(shardSizeFor(policy, 10_000)).toBe(625);
    expect(Math.ceil(10_001 / shardSizeFor(policy, 10_001))).toBe(DEFAULT_MAX_SHARDS);
  });

  it('keeps a fixed size however many shards it makes', () => {
    expect(shardSizeFor({ dossiersPerShard: 100 }, 10_000)).toBe(100);
  });
});
