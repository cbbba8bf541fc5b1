// The search engine's own time in Node, without a browser or a network: each benchmark query on a
// freshly opened engine (its keys decoded, its positions checked, its first ten results read) and
// again on the same engine, with the index files held in memory after a first read, plus the bytes
// the query fetched (JSON gzipped, binary files as they are), how many files and in how many round
// trips: on the search page each round trip waits for the network, which the time here leaves out.
// Usage: node scripts/bench/search-timing.ts <built site folder> [rounds]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SearchEngine } from '../../src/lib/search/engine.ts';
import { INDEX_DIR, type IndexFiles } from '../../src/lib/search/format.ts';
import { SEARCH_FILTERS } from '../../src/lib/search/award-records.ts';
import { t } from '../../src/lib/i18n.ts';
import { AWARD_QUERIES, BENCH_QUERIES } from './first-query.ts';
import { median } from './median.ts';

/** One query's figures: medians over the rounds, in milliseconds. */
export interface EngineTiming {
  query: string;
  awardsOnly: boolean;
  results: number;
  coldMs: number;
  warmMs: number;
  /** Bytes a fresh engine fetched for the query (the manifest and entry table included). */
  wireBytes: number;
  /** Files a fresh engine fetched for the query, once open (the manifest and entry table left out). */
  files: number;
  /** Round trips those files took: a file asked for once another had arrived is one more. */
  roundTrips: number;
}

/** Times every benchmark query against the index of the built site in `siteDir`. */
export async function timeEngine(siteDir: string, rounds = 5): Promise<EngineTiming[]> {
  const dir = join(siteDir, INDEX_DIR);
  const held = new Map<string, Uint8Array>();
  let fetched = 0;
  // Round trips: each file is one more than the latest round that had arrived when it was asked for.
  let trips: number[] = [];
  let arrived = 0;
  const read = async (path: string) => {
    let bytes = held.get(path);
    if (!bytes) held.set(path, (bytes = new Uint8Array(readFileSync(join(dir, path)))));
    fetched += path.endsWith('.json') ? gzipSync(bytes).length : bytes.length;
    const round = arrived + 1;
    trips.push(round);
    await Promise.resolve();
    arrived = Math.max(arrived, round);
    return bytes;
  };
  const files: IndexFiles = { bytes: (path) => read(path), json: async (path) => JSON.parse(new TextDecoder().decode(await read(path))) };
  const queries = [...BENCH_QUERIES.map((q) => [q, false] as const), ...AWARD_QUERIES.map((q) => [q, true] as const)];
  const out: EngineTiming[] = [];
  for (const [query, awardsOnly] of queries) {
    const filters = awardsOnly ? { [SEARCH_FILTERS.type]: [t('search.type.award')] } : {};
    const cold: number[] = [];
    const warm: number[] = [];
    let results = 0;
    let wireBytes = 0;
    let fileCount = 0;
    let roundTrips = 0;
    for (let round = 0; round <= rounds; round++) {
      fetched = 0;
      const engine = await SearchEngine.open(files);
      trips = [];
      let started = performance.now();
      const outcome = await engine.search(query, filters);
      await engine.view(outcome, 0, 10);
      const coldMs = performance.now() - started;
      started = performance.now();
      await engine.view(await engine.search(query, filters), 0, 10);
      // Round 0 reads the files from disk and counts their bytes; the others are timed.
      if (round === 0) {
        wireBytes = fetched;
        results = outcome.ranked.length;
        fileCount = trips.length;
        roundTrips = trips.length === 0 ? 0 : Math.max(...trips) - Math.min(...trips) + 1;
      } else {
        cold.push(coldMs);
        warm.push(performance.now() - started);
      }
    }
    out.push({ query, awardsOnly, results, coldMs: median(cold), warmMs: median(warm), wireBytes, files: fileCount, roundTrips });
  }
  return out;
}

if (import.meta.main) {
  const [siteDir, rounds] = process.argv.slice(2);
  if (!siteDir) {
    console.error('usage: node scripts/bench/search-timing.ts <built site folder> [rounds]');
    process.exitCode = 2;
  } else {
    console.log('| query | results | fresh engine | again | fetched | files | round trips |\n|---|---:|---:|---:|---:|---:|---:|');
    for (const r of await timeEngine(siteDir, Number(rounds ?? 5))) {
      console.log(`| ${r.query}${r.awardsOnly ? ' (类型 = 荣誉)' : ''} | ${r.results.toLocaleString('en-US')} | ${r.coldMs.toFixed(1)} ms | ${r.warmMs.toFixed(1)} ms | ${Math.round(r.wireBytes / 1024)} KB | ${r.files} | ${r.roundTrips} |`);
    }
  }
}
