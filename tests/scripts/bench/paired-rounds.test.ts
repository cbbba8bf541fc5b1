import { describe, expect, it } from 'vitest';
import { medianRound, peerGoesFirst } from '../../../scripts/bench/paired-rounds.ts';

describe('peerGoesFirst', () => {
  it('lets the project build first in the first round, then each in turn', () => {
    expect([0, 1, 2, 3].map(peerGoesFirst)).toEqual([false, true, false, true]);
  });
});

describe('medianRound', () => {
  it('picks the round whose ratio is the median, and gives every ratio in round order', () => {
    const rounds = [
      { build: 4_200, peer: 4_000, peerFirst: false },
      { build: 3_600, peer: 4_000, peerFirst: true },
      { build: 3_900, peer: 4_100, peerFirst: false },
    ];
    const paired = medianRound(rounds)!;
    expect(paired.round).toBe(rounds[2]);
    expect(paired.ratios.map((r) => r.toFixed(3))).toEqual(['1.050', '0.900', '0.951']);
  });

  it('judges by the ratio of each pair, not by the median of either side alone', () => {
    // The fastest build came in the round where the peer was fastest too.
    const rounds = [
      { build: 3_000, peer: 2_900, peerFirst: false },
      { build: 4_000, peer: 4_400, peerFirst: true },
      { build: 4_100, peer: 4_300, peerFirst: false },
    ];
    expect(medianRound(rounds)!.round).toBe(rounds[2]);
  });

  it('has nothing to pick from no rounds', () => {
    expect(medianRound([])).toBeUndefined();
  });
});
