import { describe, expect, it } from 'vitest';
import { createRandom, seedFor } from '../../../../scripts/bench/synthetic/index.ts';

describe('createRandom', () => {
  it('repeats its sequence for the same seed', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    expect(Array.from({ length: 20 }, () => a.next())).toEqual(Array.from({ length: 20 }, () => b.next()));
  });

  it('stays within [0, 1) and covers the range', () => {
    const random = createRandom(7);
    const values = Array.from({ length: 5000 }, () => random.next());
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(values.filter((v) => v < 0.5).length).toBeGreaterThan(2300);
    expect(values.filter((v) => v < 0.5).length).toBeLessThan(2700);
  });

  it('works from a zero seed', () => {
    expect(createRandom(0).next()).toBe(createRandom(0).next());
    expect(new Set(Array.from({ length: 10 }, createRandom(0).next)).size).toBe(10);
  });

  it('returns integers within both bounds and samples without repeats', () => {
    const random = createRandom(3);
    const ints = Array.from({ length: 500 }, () => random.int(2, 5));
    expect(new Set(ints)).toEqual(new Set([2, 3, 4, 5]));
    const sample = random.sample(['甲', '乙', '丙', '丁', '戊'], 3);
    expect(new Set(sample).size).toBe(3);
  });
});

describe('seedFor', () => {
  it('gives each dossier of a corpus its own seed', () => {
    const seeds = new Set(Array.from({ length: 1000 }, (_, i) => seedFor(20261127, i + 1)));
    expect(seeds.size).toBe(1000);
  });
});
