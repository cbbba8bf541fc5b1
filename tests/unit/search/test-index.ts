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

/** An engine over a one-shard index of `entries` (in index order), and a way to remove its files. */
export async function openTestIndex(groups: SearchGroup[], entries: SearchEntry[]): Promise<{ engine: SearchEngine; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'huazhang-search-'));
  await writeIndex([decodeShard(encodeShard(indexShard(groups, entries)))], dir);
  const engine = await SearchEngine.open({ bytes: async (p) => new Uint8Array(await readFile(join(dir, p))), json: async (p) => JSON.parse(await readFile(join(dir, p), 'utf8')) });
  return { engine, remove: () => rm(dir, { recursive: true, force: true }) };
}
