import { describe, expect, it } from 'vitest';
import { DEFAULT_DOSSIERS_PER_SHARD, dossiersPerShard } from '../../../src/lib/search/shard-size.ts';

describe('dossiersPerShard', () => {
  it('uses the default when the variable is unset or empty', () => {
    expect(dossiersPerShard(undefined)).toBe(DEFAULT_DOSSIERS_PER_SHARD);
    expect(dossiersPerShard(' ')).toBe(DEFAULT_DOSSIERS_PER_SHARD);
  });

  it('turns shards off with 0 and takes any other whole number', () => {
    expect(dossiersPerShard('0')).toBeUndefined();
    expect(dossiersPerShard(' 100 ')).toBe(100);
  });

  it('refuses anything else, in Chinese, naming the variable', () => {
    expect(() => dossiersPerShard('many')).toThrow('HUAZHANG_SEARCH_SHARD_SIZE 应为 0 或正整数，而不是“many”');
    expect(() => dossiersPerShard('2.5')).toThrow(/2\.5/);
    expect(() => dossiersPerShard('-1')).toThrow(/-1/);
  });
});
