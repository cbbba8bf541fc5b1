// Builds an index of test entries into a temporary folder and opens the engine on it, as the
// search page would.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { indexShard } from '../../../src/lib/search/index-shard.ts';
import { decodeShard, encodeShard } from '../../../src/lib/search/shard-codec.ts';
import { writeIndex } from '../../../src/lib/search/write-index.ts';
import { SearchEngine } from '../../../src/lib/search/engine.ts';
import type { SearchEntry, SearchGroup } from '../../../src/lib/search/search-input.ts';

/** An index file the engine read, and in which round trip: one more than the latest read that had finished when it was asked for. */
export interface FetchedFile {
  path: string;
  round: number;
}

/**
 * An engine over a one-shard index of `entries` (in index order), the index files it has read (in
 * order, the manifest and entry table first), and a way to remove its files.
 */
export async function openTestIndex(groups: SearchGroup[], entries: SearchEntry[]): Promise<{ engine: SearchEngine; fetched: FetchedFile[]; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'huazhang-search-'));
  await writeIndex([decodeShard(encodeShard(indexShard(groups, entries)))], dir);
  const fetched: FetchedFile[] = [];
  let finished = 0;
  const read = async (p: string) => {
    const file = { path: p, round: finished + 1 };
    fetched.push(file);
    const bytes = await readFile(join(dir, p));
    finished = Math.max(finished, file.round);
    return bytes;
  };
  const engine = await SearchEngine.open({ bytes: async (p) => new Uint8Array(await read(p)), json: async (p) => JSON.parse((await read(p)).toString('utf8')) });
  return { engine, fetched, remove: () => rm(dir, { recursive: true, force: true }) };
}
