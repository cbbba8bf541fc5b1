// The check renders the bodies it parses into the body store; the pages must find them there under
// the keys they make from Astro's entries. This runs the real content loader for every collection,
// as Astro would, and asks the store for each dossier's bodies the way the pages ask.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, it } from 'vitest';
import { runChecks } from '../../../src/lib/checks/index.ts';
import { ARTICLE_SECTION_KINDS } from '../../../src/lib/constants.ts';
import { COLLECTION_FOLDERS } from '../../../src/lib/content-paths.ts';
import { siteBodySources, type StoredEntry } from '../../../src/lib/dossiers/body-sources.ts';
import { readBody } from '../../../src/lib/markdown/read-body.ts';
import { createBodyRenderer } from '../../../src/lib/markdown/render.ts';
import { groupByDossier, siteBodyStore } from '../../../src/lib/markdown/site-bodies.ts';
import { markdownFiles } from '../../../src/loaders/markdown-files.ts';

const root = process.cwd();
const work = await mkdtemp(join(tmpdir(), 'huazhang-checked-bodies-'));
afterAll(() => rm(work, { recursive: true, force: true }));

/** Every collection's entries as the content loader stores them, with the layouts of src/content.config.ts. */
async function loadedEntries(contentDir: string): Promise<StoredEntry[]> {
  const layouts = { dossiers: 'flat', achievements: 'flat', ...Object.fromEntries(ARTICLE_SECTION_KINDS.map((kind) => [kind, 'nested'])) } as const;
  const entries: StoredEntry[] = [];
  for (const [collection, layout] of Object.entries(layouts)) {
    const store = new Map<string, StoredEntry>();
    const context = {
      collection,
      config: { root: pathToFileURL(`${root}/`), cacheDir: pathToFileURL(`${work}/astro-cache/`) },
      store: { get: (id: string) => store.get(id), set: (entry: StoredEntry) => (store.set(entry.id, { ...entry, collection }), true), keys: () => [...store.keys()], delete: (id: string) => store.delete(id) },
      parseData: async ({ data }: { data: Record<string, unknown> }) => data,
      logger: { error: () => undefined },
    } as unknown as LoaderContext;
    await markdownFiles({ base: join(contentDir, COLLECTION_FOLDERS[collection as keyof typeof COLLECTION_FOLDERS]), layout }).load(context);
    entries.push(...store.values());
  }
  return entries;
}

describe('bodies rendered by the content check', () => {
  it('are stored under the keys the pages ask for, as the body renderer renders them from the files', async () => {
    const contentDir = join(work, 'content');
    await cp(join(root, 'tests/fixtures/sites/three-dossiers'), contentDir, { recursive: true });
    // Saved by Notepad: a BOM and Windows line endings, which the check reads normalised and the
    // loader digests as they are.
    const article = join(contentDir, 'service/qinghe-2015/01-jiazhang.md');
    await writeFile(article, `\uFEFF${(await readFile(article, 'utf8')).replace(/\n/g, '\r\n')}`);
    const dir = join(work, 'bodies');
    const diagnostics = await runChecks({ root, contentDir, env: {}, bodies: { dir } });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);

    const sources = siteBodySources(root, await loadedEntries(contentDir));
    const groups = [...groupByDossier(sources).values()];
    expect(groups).toHaveLength(3);
    const store = siteBodyStore(root, contentDir, '/', dir);
    const render = createBodyRenderer({ contentDir, base: '/' });
    for (const group of groups) {
      const stored = store.get(group);
      expect(stored, group[0]!.dossier).toBeDefined();
      const expected = [];
      for (const source of group) expected.push(await render(await readBody(source.file), source.file));
      expect(stored).toEqual(expected);
    }
  });

});
