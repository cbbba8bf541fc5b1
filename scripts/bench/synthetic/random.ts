/**
 * A small seeded pseudo-random source, so a benchmark corpus is the same on every machine and in
 * every run: the same seed and dossier number always give the same files.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both ends included. */
  int(min: number, max: number): number;
  /** One item of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** True with the given probability (0–1). */
  chance(probability: number): boolean;
  /** `count` distinct items of `items`, in random order (all of them when `count` exceeds the list). */
  sample<T>(items: readonly T[], count: number): T[];
}

/**
 * Creates a {@link Random} from a 32-bit seed. The generator is a 32-bit xorshift with a
 * multiplicative output scramble: fast, dependency-free and good enough for picking phrases.
 *
 * @example
 * const random = createRandom(seedFor(20261127, 42)); // dossier no. 42 of the default corpus
 */
export function createRandom(seed: number): Random {
  // xorshift never leaves the all-zero state, so zero is mapped to a fixed odd constant.
  let state = seed >>> 0 || 0x6d2b79f5;
  const next = () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return (Math.imul(state, 0x9e3779b1) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: (items) => items[int(0, items.length - 1)]!,
    chance: (probability) => next() < probability,
    sample(items, count) {
      const pool = [...items];
      for (let i = pool.length - 1; i > 0; i--) {
        const j = int(0, i);
        [pool[i], pool[j]] = [pool[j]!, pool[i]!];
      }
      return pool.slice(0, Math.min(count, pool.length));
    },
  };
}

/**
 * Derives an independent seed for one item of a corpus from the corpus seed, so dossier 500 does
 * not depend on how many random numbers dossiers 1–499 used.
 */
export function seedFor(corpusSeed: number, item: number): number {
  let h = (corpusSeed ^ 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (item + 0x165667b1), 0xc2b2ae35) >>> 0;
  h ^= h >>> 15;
  h = Math.imul(h, 0x27d4eb2f) >>> 0;
  return (h ^ (h >>> 13)) >>> 0;
}
