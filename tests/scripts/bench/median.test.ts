import { describe, expect, it } from 'vitest';
import { median } from '../../../scripts/bench/median.ts';

describe('median', () => {
  it('takes the middle of unsorted values, the upper middle for an even count, 0 for none', () => {
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 3, 2])).toBe(3);
    expect(median([])).toBe(0);
  });

  it('leaves the values it is given in their order', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});
