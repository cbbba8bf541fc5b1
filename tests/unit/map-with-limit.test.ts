import { describe, expect, it } from 'vitest';
import { mapWithLimit } from '../../src/lib/map-with-limit.ts';

describe('mapWithLimit', () => {
  it('keeps input order and never runs more than the limit at once', async () => {
    let running = 0;
    let most = 0;
    const results = await mapWithLimit([5, 1, 4, 2, 3], 2, async (n) => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, n));
      running--;
      return n * 10;
    });
    expect(results).toEqual([50, 10, 40, 20, 30]);
    expect(most).toBe(2);
  });

  it('returns an empty list for no items', async () => {
    expect(await mapWithLimit([], 4, async () => 1)).toEqual([]);
  });
});
