import { parseArgs } from 'node:util';

/** The benchmark's options, from the command line. */
export interface BenchOptions {
  /** Corpus sizes to build, in dossiers. */
  sizes: number[];
  /** Where corpora, sites and reports go. */
  out: string;
  /** Seed of the synthetic corpus. */
  seed: number;
  /** Measure the rebuild after editing one article, for corpora of at least this many dossiers. */
  rebuildFrom: number;
  /** Skip the browser measurements. */
  noBrowser: boolean;
  /** Also build the shipped content and measure its page weight. */
  shipped: boolean;
  /** Dossiers per search-index shard (0: one index); the project's default when absent. */
  searchShards?: number;
  /** Also build every corpus with this peer, in the same run: Hugo, then Pagefind over its output. */
  peer?: Peer;
  /** Also index the largest built site this many times over and measure search on it. */
  searchCopies?: number;
  /**
   * With a peer: rounds of a corpus whose first build was short (paired-rounds.ts), each a build
   * by the project and one by the peer, taking turns to go first.
   */
  rounds: number;
}

/** The peers the benchmark can build the same corpus with. */
export const PEERS = ['hugo'] as const;

/** One of {@link PEERS}. */
export type Peer = (typeof PEERS)[number];

/** The default corpus sizes. */
export const DEFAULT_SIZES = [10, 100, 1000];

/** The default number of rounds of a short build beside the peer. */
export const DEFAULT_ROUNDS = 3;

/** The default corpus seed: any fixed number, so every run builds the same dossiers. */
export const DEFAULT_SEED = 20261127;

/** The usage line printed for `--help` and bad arguments. */
export const USAGE = `npm run bench -- [--dossiers 10,100,1000] [--dossiers N …] [--out bench-results] [--seed ${DEFAULT_SEED}] [--rebuild-from 1000] [--no-browser] [--no-shipped] [--search-shards 0|N] [--search-copies N] [--peer hugo] [--rounds ${DEFAULT_ROUNDS}]`;

/**
 * Parses the benchmark's arguments. `--dossiers` may repeat and takes comma lists; sizes are
 * de-duplicated and sorted. Throws with a readable message on a bad value.
 *
 * @example
 * parseBenchArgs(['--dossiers', '10,100', '--dossiers', '1000']).sizes // [10, 100, 1000]
 */
export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      dossiers: { type: 'string', multiple: true },
      out: { type: 'string', default: 'bench-results' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      'rebuild-from': { type: 'string', default: '1000' },
      'no-browser': { type: 'boolean', default: false },
      'no-shipped': { type: 'boolean', default: false },
      'search-shards': { type: 'string' },
      peer: { type: 'string' },
      'search-copies': { type: 'string' },
      rounds: { type: 'string', default: String(DEFAULT_ROUNDS) },
    },
    strict: true,
    allowPositionals: false,
  });
  const count = (text: string, what: string) => {
    const n = Number(text.trim().replace(/_/g, ''));
    if (!Number.isInteger(n) || n < 1) throw new Error(`${what} must be a whole number of at least 1, not “${text}”.`);
    return n;
  };
  const peer = values.peer?.trim();
  if (peer !== undefined && !(PEERS as readonly string[]).includes(peer)) throw new Error(`--peer must be one of ${PEERS.join(', ')}, not “${peer}”.`);
  const sizes = values.dossiers ? values.dossiers.flatMap((v) => v.split(',')).filter((v) => v.trim() !== '').map((v) => count(v, '--dossiers')) : DEFAULT_SIZES;
  return {
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    out: values.out,
    seed: count(values.seed, '--seed'),
    rebuildFrom: count(values['rebuild-from'], '--rebuild-from'),
    noBrowser: values['no-browser'],
    shipped: !values['no-shipped'],
    ...(values['search-shards'] === undefined ? {} : { searchShards: values['search-shards'].trim() === '0' ? 0 : count(values['search-shards'], '--search-shards') }),
    ...(peer === undefined ? {} : { peer: peer as Peer }),
    ...(values['search-copies'] === undefined ? {} : { searchCopies: count(values['search-copies'], '--search-copies') }),
    rounds: count(values.rounds, '--rounds'),
  };
}
