import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { markdownFiles } from '../../../src/loaders/markdown-files.ts';
import { contentDigest } from '../../../src/lib/content-digest.ts';
import { HANDED_FIELDS_ENV, writeHandedFields } from '../../../src/lib/front-matter/handed-fields.ts';

// Each text the loader reads is digested once: the count of digests is the count of reads.
const digests = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../src/lib/content-digest.ts', async (original) => {
  const { contentDigest } = await original<typeof import('../../../src/lib/content-digest.ts')>();
  const digest = await contentDigest();
  return { contentDigest: async () => (text: string) => (digests.count++, digest(text)) };
});

const root = await mkdtemp(join(tmpdir(), 'huazhang-loader-'));
const cacheDir = await mkdtemp(join(tmpdir(), 'huazhang-loader-cache-'));
afterAll(() => Promise.all([root, cacheDir].map((dir) => rm(dir, { recursive: true, force: true }))));

const file = (name: string, title: string) => writeFile(join(root, `${name}.md`), `---\ntitle: ${title}\n---\n\n正文。\n`);

beforeAll(async () => {
  await file('a', '甲');
  await file('b', '乙');
});

/** What the loader does to Astro's store, and how many texts it read (each read text is digested once). */
interface Entry {
  id: string;
  data: Record<string, unknown>;
  filePath?: string;
  digest?: string | number;
}

/** A stand-in for the loader context Astro gives one collection; `store` persists across syncs, as Astro's data store does. */
function collection() {
  const store = new Map<string, Entry>();
  const context = {
    collection: 'dossiers',
    config: { root: pathToFileURL(`${root}/`), cacheDir: pathToFileURL(`${cacheDir}/`) },
    store: {
      get: (id: string) => store.get(id),
      set: (entry: Entry) => (store.set(entry.id, entry), true),
      keys: () => [...store.keys()],
      delete: (id: string) => store.delete(id),
    },
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    logger: { error: () => undefined },
  } as unknown as LoaderContext;
  const loader = markdownFiles({ base: root, layout: 'flat' });
  return {
    store,
    sync: async () => {
      digests.count = 0;
      await loader.load(context);
      return digests.count;
    },
  };
}

describe('markdownFiles', () => {
  it('reads again only the files changed since its last sync, and drops the entries of files gone', async () => {
    const { store, sync } = collection();
    expect(await sync()).toBe(2);
    expect(store.get('a')?.data).toEqual({ title: '甲' });
    // Nothing changed: no file is read.
    expect(await sync()).toBe(0);
    expect(store.get('b')?.data).toEqual({ title: '乙' });
    // A file written again, even with text of the same length, is read again.
    await new Promise((resolve) => setTimeout(resolve, 20));
    await file('a', '丙');
    expect(await sync()).toBe(1);
    expect(store.get('a')?.data).toEqual({ title: '丙' });
    // An entry that no longer holds the text the record was taken with is read again.
    store.set('b', { ...store.get('b')!, digest: 'another' });
    expect(await sync()).toBe(1);
    expect(store.get('b')?.digest).not.toBe('another');
    // The record is kept beside Astro's store; without a readable one, every file is read.
    await writeFile(join(cacheDir, 'files-read', 'dossiers.json'), 'not json');
    expect(await sync()).toBe(2);
    await rm(join(root, 'b.md'));
    await sync();
    expect([...store.keys()]).toEqual(['a']);
    await file('b', '乙');
  });

  it('takes the fields the content check handed for a text instead of parsing it, and parses the rest', async () => {
    const digest = await contentDigest();
    const handed = join(cacheDir, 'handed.v8');
    // Fields no parse of the file would give, so that the test sees where they came from.
    writeHandedFields(handed, new Map([[digest(`---\ntitle: 甲\n---\n\n正文。\n`), { title: '检查读出的甲' }]]));
    await file('a', '甲');
    process.env[HANDED_FIELDS_ENV] = handed;
    try {
      const { store, sync } = collection();
      await sync();
      expect(store.get('a')?.data).toEqual({ title: '检查读出的甲' });
      expect(store.get('b')?.data).toEqual({ title: '乙' });
    } finally {
      delete process.env[HANDED_FIELDS_ENV];
    }
  });
});
