// A build of a few seconds is repeated beside the peer. On a shared machine of two cores, one
// build can take a second longer than the one before it (4.8 s against 3.6–4.2 s within minutes,
// scripts/bench/README.md), so one pair of builds of a small corpus says more about the minute it
// ran in than about either build. Each round is one build by each, one right after the other, and
// they take turns going first, so that a machine slowing or speeding up through the rounds favours
// neither; the verdict takes the round with the median ratio.
import { median } from './median.ts';

/** One build of a corpus by the project and one by the peer, one right after the other. */
export interface PairedRound {
  /** The project's build: wall time in milliseconds. */
  build: number;
  /** The peer's: Hugo + Pagefind, in milliseconds. */
  peer: number;
  /** Whether the peer built first in this round. */
  peerFirst: boolean;
}

/** A corpus whose first build took less than this is built again, in further rounds. */
export const SHORT_BUILD_MS = 15_000;

/** Whether the peer goes first in round `index` (from 0): the project in the first round, then each in turn. */
export function peerGoesFirst(index: number): boolean {
  return index % 2 === 1;
}

/**
 * Each round's ratio (the project's time over the peer's), in round order, and the round whose
 * ratio is the median; undefined for fewer than two rounds, which are judged as a single pair.
 */
export function medianRound(rounds: readonly PairedRound[] | undefined): { round: PairedRound; ratios: number[] } | undefined {
  if (!rounds || rounds.length < 2) return undefined;
  const ratios = rounds.map((r) => r.build / r.peer);
  const middle = median(ratios);
  const round = rounds[ratios.indexOf(middle)];
  return round && { round, ratios };
}
