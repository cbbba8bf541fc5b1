import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { AstroIntegration } from 'astro';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { bodiesAhead } from '../../../src/integrations/bodies-ahead.ts';
import { BODY_CACHE_ENV } from '../../../src/lib/markdown/body-cache-env.ts';
import { createSiteBodies } from '../../../src/lib/markdown/site-bodies.ts';
import { siteBodySources } from '../../../src/lib/dossiers/body-sources.ts';
import { recordSynced, takeSynced, type SyncedEntry } from '../../../src/loaders/synced-entries.ts';

const root = await mkdtemp(join(tmpdir(), 'huazhang-ahead-'));
afterAll(() => rm(root, { recursive: true, force: true }));
afterEach(() => {
  vi.unstubAllEnvs();
  takeSynced([]);
});

const contentDir = join(root, 'content');
const projectRoot = join(import.meta.dirname, '..', '..', '..');
// 40 dossiers, an overview and one service article each: enough bodies for the worker.
const slugs = Array.from({ length: 40 }, (_, i) => `d${String(i + 1).padStart(2, '0')}`);

async function syncedContent(): Promise<Record<string, SyncedEntry[]>> {
  const collections: Record<string, SyncedEntry[]> = { dossiers: [], management: [], service: [], creation: [], achievements: [] };
  for (const [i, slug] of slugs.entries()) {
    const overview = join(contentDir, 'dossiers', `${slug}.md`);
    const article = join(contentDir, 'service', slug, '01-a.md');
    await mkdir(join(contentDir, 'service', slug), { recursive: true });
    await mkdir(join(contentDir, 'dossiers'), { recursive: true });
    await writeFile(overview, `---\ntitle: ${slug}\n---\n\n${slug} 的前言。\n`);
    await writeFile(article, `---\ntitle: 甲\n---\n\n${slug} 的做法。\n`);
    const data = { title: slug, subtitle: '', unit: '某单位', summary: '', period: { from: 2000 + i, to: 2000 + i } };
    collections.dossiers!.push({ collection: 'dossiers', id: slug, data, filePath: relative(projectRoot, overview), digest: `${slug}-o` });
    collections.service!.push({ collection: 'service', id: `${slug}/01-a`, data: { title: '甲' }, filePath: relative(projectRoot, article), digest: `${slug}-a` });
  }
  return collections;
}

const buildStart = (integration: AstroIntegration) => (integration.hooks['astro:build:start'] as () => void)();
const entries = async (folder: string) => (await readdir(folder, { recursive: true }).catch(() => [])).filter((name) => name.endsWith('.bodies'));

describe('bodiesAhead', () => {
  it("renders every dossier's bodies into the build's store once the content is synced, before any page asks", async () => {
    const store = join(root, 'store');
    vi.stubEnv(BODY_CACHE_ENV, store);
    for (const [collection, list] of Object.entries(await syncedContent())) recordSynced(collection, list);
    buildStart(bodiesAhead({ root: projectRoot, contentDir, base: '/' }));
    await vi.waitFor(async () => expect(await entries(store)).toHaveLength(40), { timeout: 20_000, interval: 50 });
    // Under the keys the pages look for: they find every body rendered.
    const synced = Object.values(await syncedContent()).flat();
    const pages = createSiteBodies({ root: projectRoot, contentDir, base: '/', bodies: siteBodySources(projectRoot, synced), dossierOrder: slugs, cacheDir: store });
    expect((await pages.body('service:d07/01-a')).html).toBe('<p>d07 的做法。</p>');
    expect(await entries(store)).toHaveLength(40);
  });

  it('does nothing without a store, or before every collection is synced', async () => {
    const store = join(root, 'untouched');
    // Opening a store sweeps out entries the content does not have, at once: this one shows whether it was opened.
    await mkdir(join(store, 'zz'), { recursive: true });
    await writeFile(join(store, 'zz', 'old.bodies'), '');
    const content = await syncedContent();
    for (const [collection, list] of Object.entries(content)) recordSynced(collection, list);
    buildStart(bodiesAhead({ root: projectRoot, contentDir, base: '/' }));
    vi.stubEnv(BODY_CACHE_ENV, store);
    for (const [collection, list] of Object.entries(content)) if (collection !== 'achievements') recordSynced(collection, list);
    buildStart(bodiesAhead({ root: projectRoot, contentDir, base: '/' }));
    expect(await readdir(join(store, 'zz'))).toEqual(['old.bodies']);
    // With every collection synced, the same store is opened and swept.
    for (const [collection, list] of Object.entries(content)) recordSynced(collection, list);
    buildStart(bodiesAhead({ root: projectRoot, contentDir, base: '/' }));
    expect(await readdir(join(store, 'zz'))).toEqual([]);
    await vi.waitFor(async () => expect(await entries(store)).toHaveLength(40), { timeout: 20_000, interval: 50 });
    const pages = createSiteBodies({ root: projectRoot, contentDir, base: '/', bodies: siteBodySources(projectRoot, Object.values(content).flat()), dossierOrder: slugs, cacheDir: store });
    expect((await pages.body('dossiers:d40')).html).toBe('<p>d40 的前言。</p>');
  });
});
