// The bytes of an indexed shard: how the build keeps it in the cache between builds, and how it
// comes back from the process that indexed it. Decoding leaves the keys' lists encoded, since the
// merge renumbers them anyway.
import { ByteReader, ByteWriter } from './byte-codec.ts';
import { ENTRY_KINDS, type EntryKind } from './format.ts';
import type { ShardIndex } from './index-shard.ts';
import { writeListBlock } from './posting-lists.ts';
import { writePositions } from './position-lists.ts';

/** Serialises a shard for the cache and the trip from the process that indexed it. */
export function encodeShard(shard: ShardIndex): Uint8Array {
  const out = new ByteWriter();
  out.varint(shard.kinds.length);
  for (const k of shard.kinds) {
    out.varint(k.entries);
    out.varint(k.docs);
  }
  out.varint(shard.groups);
  out.varint(shard.entryDocs.length);
  for (const n of shard.entryDocs) out.varint(n);
  for (const n of shard.entryGroups) out.varint(n);
  for (const named of shard.entryNamed) out.varint(named ? 1 : 0);
  // Each entry's fragment as the UTF-8 of the JSON the fragment files hold, with the JSON's length
  // in UTF-16 units (what a fragment file's size is counted in), so that the merge joins bytes
  // instead of parsing every shard's fragments, writing them out again and encoding them.
  for (const fragment of shard.fragments) {
    const json = JSON.stringify(fragment);
    out.varint(ENTRY_KINDS.indexOf(fragment.kind));
    out.varint(json.length);
    out.string(json);
  }
  out.string(JSON.stringify([...shard.filterCounts].map(([name, counts]) => [name, [...counts]])));
  out.varint(shard.keys.size);
  const scratch = new ByteWriter();
  for (const [name, key] of shard.keys) {
    out.string(name);
    out.varint((key.positions ? 1 : 0) | (key.entries ? 2 : 0));
    writeListBlock(out, key.docs);
    writeListBlock(out, key.titles);
    if (key.positions) {
      scratch.length = 0;
      writePositions(scratch, key.counts!, key.positions);
      out.block(scratch.view());
    }
  }
  return out.done();
}

/** A key of an encoded shard, its lists still encoded. */
export interface EncodedShardKey {
  positional: boolean;
  entries: boolean;
  docs: Uint8Array;
  titles: Uint8Array;
  /** Per document: a count, then the positions as deltas (position-lists.ts). */
  positions?: Uint8Array;
}

/** An entry's fragment as a shard carries it: its kind, and its JSON as a fragment file holds it. */
export interface FragmentJson {
  kind: EntryKind;
  /** The JSON's length in UTF-16 units. */
  units: number;
  /** The JSON's UTF-8 bytes. */
  json: Uint8Array;
}

/** A shard as {@link encodeShard} wrote it, its keys left encoded until they are merged, its fragments as text. */
export interface EncodedShard extends Omit<ShardIndex, 'keys' | 'fragments'> {
  keys: Map<string, EncodedShardKey>;
  fragments: FragmentJson[];
}

/** Reads {@link encodeShard}. */
export function decodeShard(bytes: Uint8Array): EncodedShard {
  const reader = new ByteReader(bytes);
  const kinds = Array.from({ length: reader.varint() }, () => ({ entries: reader.varint(), docs: reader.varint() }));
  const groups = reader.varint();
  const entryDocs = Array.from({ length: reader.varint() }, () => reader.varint());
  const entryGroups = entryDocs.map(() => reader.varint());
  const entryNamed = entryDocs.map(() => reader.varint() === 1);
  const fragments = entryDocs.map((): FragmentJson => ({ kind: ENTRY_KINDS[reader.varint()]!, units: reader.varint(), json: reader.block() }));
  const filterCounts = new Map((JSON.parse(reader.string()) as Array<[string, Array<[string, number]>]>).map(([name, counts]) => [name, new Map(counts)]));
  const keys = new Map<string, EncodedShardKey>();
  const count = reader.varint();
  for (let i = 0; i < count; i++) {
    const name = reader.string();
    const flags = reader.varint();
    const key: EncodedShardKey = { positional: (flags & 1) !== 0, entries: (flags & 2) !== 0, docs: reader.block(), titles: reader.block() };
    if (key.positional) key.positions = reader.block();
    keys.set(name, key);
  }
  return { kinds, groups, entryDocs, entryNamed, entryGroups, fragments, filterCounts, keys };
}
