// What the search index of a built site is made of: bytes by kind of key (character pairs, single
// characters, words, the word beginnings that let `iso` find ISO9001, the filter values) and by
// kind of file, so the cost of each choice can be read off an index instead of guessed.
// Usage: node scripts/bench/index-composition.ts <built site folder>
import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { INDEX_DIR, indexPaths, isFilterKey, isPrefixKey, type IndexFiles, type IndexManifest } from '../../src/lib/search/format.ts';
import { decodeBucket, decodeLargeKey, type KeyRecord } from '../../src/lib/search/key-bucket.ts';

/** Kinds of key, in the order the report lists them. */
export const KEY_KINDS = ['pair', 'character', 'word', 'prefix', 'filter'] as const;
export type KeyKind = (typeof KEY_KINDS)[number];

/** Kinds of file besides the keys, in the order the report lists them. */
export const FILE_KINDS = ['entries', 'fragments', 'filter tables', 'manifest'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

/** One kind of key: how many, and the bytes they take in buckets and in files of their own (a large key's lists and positions). */
export interface KeyShare {
  keys: number;
  bucketBytes: number;
  fileBytes: number;
}

/** The index of one site, taken apart. */
export interface IndexComposition {
  keys: Record<KeyKind, KeyShare>;
  files: Record<FileKind, { files: number; bytes: number; gzipBytes: number }>;
  totalBytes: number;
}

const CJK = /^\p{Script=Han}$/u;

/** The kind of an index key, by its name. */
export function keyKind(name: string): KeyKind {
  if (isFilterKey(name)) return 'filter';
  if (isPrefixKey(name)) return 'prefix';
  const chars = [...name];
  if (chars.every((c) => CJK.test(c))) return chars.length === 1 ? 'character' : 'pair';
  return 'word';
}

function fileKind(path: string): FileKind | undefined {
  if (path === indexPaths.manifest()) return 'manifest';
  if (path === indexPaths.entries()) return 'entries';
  if (path.startsWith('f/')) return 'fragments';
  if (path.startsWith('filters/')) return 'filter tables';
  return undefined;
}

/** Reads the index of the built site in `siteDir` and accounts for every byte of it. */
export async function indexComposition(siteDir: string): Promise<IndexComposition> {
  const dir = join(siteDir, INDEX_DIR);
  const size = async (path: string) => (await stat(join(dir, path))).size;
  const files: IndexFiles = {
    bytes: async (path) => new Uint8Array(await readFile(join(dir, path))),
    json: async (path) => JSON.parse(await readFile(join(dir, path), 'utf8')),
  };
  const manifest = (await files.json(indexPaths.manifest())) as IndexManifest;
  const keys = Object.fromEntries(KEY_KINDS.map((kind) => [kind, { keys: 0, bucketBytes: 0, fileBytes: 0 }])) as Record<KeyKind, KeyShare>;
  const count = async (name: string, record: KeyRecord, inBucket: boolean) => {
    const share = keys[keyKind(name)];
    share.keys++;
    if (inBucket) share.bucketBytes += record.bytes;
    else share.fileBytes += record.bytes;
    const runs = new Set([...record.blocks.values()].flatMap((block) => (block instanceof Uint8Array ? [] : [block.path])));
    for (const path of runs) share.fileBytes += await size(path);
  };
  for (let bucket = 0; bucket < manifest.buckets; bucket++) {
    for (const [name, record] of decodeBucket(await files.bytes(indexPaths.bucket(bucket)))) await count(name, record, true);
  }
  for (const [number, name] of manifest.largeKeys.entries()) await count(name, decodeLargeKey(await files.bytes(indexPaths.lists(number)), number), false);
  const other = Object.fromEntries(FILE_KINDS.map((kind) => [kind, { files: 0, bytes: 0, gzipBytes: 0 }])) as IndexComposition['files'];
  for (const path of (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1))) {
    const kind = fileKind(path);
    if (!kind) continue;
    const bytes = await readFile(join(dir, path));
    other[kind].files++;
    other[kind].bytes += bytes.length;
    // JSON is served gzipped; the binary files as they are.
    other[kind].gzipBytes += path.endsWith('.json') ? gzipSync(bytes).length : bytes.length;
  }
  const keyBytes = Object.values(keys).reduce((n, k) => n + k.bucketBytes + k.fileBytes, 0);
  const totalBytes = keyBytes + Object.values(other).reduce((n, f) => n + f.bytes, 0);
  return { keys, files: other, totalBytes };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const share = (bytes: number, total: number) => `${((100 * bytes) / total).toFixed(1)} %`;

/** The composition as two Markdown tables. */
export function formatComposition(c: IndexComposition): string {
  const lines = ['| keys | count | in buckets | in files of their own | share of the index |', '|---|---:|---:|---:|---:|'];
  for (const kind of KEY_KINDS) {
    const k = c.keys[kind];
    lines.push(`| ${kind} | ${k.keys.toLocaleString('en')} | ${kb(k.bucketBytes)} | ${kb(k.fileBytes)} | ${share(k.bucketBytes + k.fileBytes, c.totalBytes)} |`);
  }
  lines.push('', '| other files | files | bytes | served (JSON gzipped) | share of the index |', '|---|---:|---:|---:|---:|');
  for (const kind of FILE_KINDS) {
    const f = c.files[kind];
    lines.push(`| ${kind} | ${f.files.toLocaleString('en')} | ${kb(f.bytes)} | ${kb(f.gzipBytes)} | ${share(f.bytes, c.totalBytes)} |`);
  }
  lines.push('', `Index in all: ${kb(c.totalBytes)}.`);
  return lines.join('\n');
}

if (import.meta.main) {
  const site = process.argv[2];
  if (!site) {
    console.error('Usage: node scripts/bench/index-composition.ts <built site folder>');
    process.exitCode = 1;
  } else if (!existsSync(join(site, INDEX_DIR, indexPaths.manifest()))) {
    console.error(`${site} has no search index (${INDEX_DIR}/${indexPaths.manifest()}): give the folder of a built site.`);
    process.exitCode = 1;
  } else console.log(formatComposition(await indexComposition(site)));
}
