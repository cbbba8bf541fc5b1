import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { AstroIntegration, AstroPrerenderer, RouteData } from 'astro';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { aheadOfPages } from '../../../src/integrations/ahead-of-pages.ts';
import { reportRenderProgress } from '../../../src/integrations/index-order.ts';
import type { RenderProgress } from '../../../src/lib/search/shards-ahead.ts';
import { BODY_CACHE_ENV } from '../../../src/lib/markdown/body-cache-env.ts';
import { createSiteBodies } from '../../../src/lib/markdown/site-bodies.ts';
import { siteBodySources } from '../../../src/lib/dossiers/body-sources.ts';
import { recordSynced, takeSynced, type SyncedEntry } from '../../../src/loaders/synced-entries.ts';

const root = await mkdtemp(join(tmpdir(), 'huazhang-ahead-'));
afterAll(() => rm(root, { recursive: true, force: true }));
afterEach(() => {
  vi.unstubAllEnvs();
  takeSynced([]);
  reportRenderProgress(undefined);
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

type BuildStart = (options: { setPrerenderer: (prerenderer: unknown) => void }) => void;
/** Calls the integration's hook as Astro does; returns what it gave `setPrerenderer`, if anything. */
function buildStart(integration: AstroIntegration): unknown {
  let prerenderer: unknown;
  (integration.hooks['astro:build:start'] as unknown as BuildStart)({ setPrerenderer: (given) => (prerenderer = given) });
  return prerenderer;
}
const entries = async (folder: string) => (await readdir(folder, { recursive: true }).catch(() => [])).filter((name) => name.endsWith('.bodies'));

describe('aheadOfPages', () => {
  it("renders every dossier's bodies into the build's store once the content is synced, before any page asks", async () => {
    const store = join(root, 'store');
    vi.stubEnv(BODY_CACHE_ENV, store);
    for (const [collection, list] of Object.entries(await syncedContent())) recordSynced(collection, list);
    // Without a build script following the pages, Astro renders them in its own order.
    expect(buildStart(aheadOfPages({ root: projectRoot, contentDir, base: '/' }))).toBeUndefined();
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
    buildStart(aheadOfPages({ root: projectRoot, contentDir, base: '/' }));
    vi.stubEnv(BODY_CACHE_ENV, store);
    for (const [collection, list] of Object.entries(content)) if (collection !== 'achievements') recordSynced(collection, list);
    buildStart(aheadOfPages({ root: projectRoot, contentDir, base: '/' }));
    expect(await readdir(join(store, 'zz'))).toEqual(['old.bodies']);
    // With every collection synced, the same store is opened and swept.
    for (const [collection, list] of Object.entries(content)) recordSynced(collection, list);
    buildStart(aheadOfPages({ root: projectRoot, contentDir, base: '/' }));
    expect(await readdir(join(store, 'zz'))).toEqual([]);
    await vi.waitFor(async () => expect(await entries(store)).toHaveLength(40), { timeout: 20_000, interval: 50 });
    const pages = createSiteBodies({ root: projectRoot, contentDir, base: '/', bodies: siteBodySources(projectRoot, Object.values(content).flat()), dossierOrder: slugs, cacheDir: store });
    expect((await pages.body('dossiers:d40')).html).toBe('<p>d40 的前言。</p>');
  });

  it('renders the pages a dossier at a time in index order, not the order the site lists dossiers in, when the build follows them', async () => {
    vi.stubEnv(BODY_CACHE_ENV, join(root, 'ordered'));
    for (const [collection, list] of Object.entries(await syncedContent())) recordSynced(collection, list);
    const messages: RenderProgress[] = [];
    reportRenderProgress((message) => messages.push(message));
    const astro: AstroPrerenderer = {
      name: 'astro:default',
      // Astro's order: one route after another, each route's dossiers as the site lists them, newest first.
      getStaticPaths: async () => ['/awards/', '/d40/print/', '/d02/print/', '/d40/', '/d02/', '/d01/'].map((pathname) => ({ pathname, route: { type: 'page' } as RouteData })),
      render: async () => new Response('<html></html>'),
    };
    const given = buildStart(aheadOfPages({ root: projectRoot, contentDir, base: '/' })) as (astro: AstroPrerenderer) => AstroPrerenderer;
    const ordered = given(astro);
    expect((await ordered.getStaticPaths()).map((path) => path.pathname)).toEqual(['/awards/', '/d01/', '/d02/print/', '/d02/', '/d40/print/', '/d40/']);
    expect(messages[0]).toEqual({ renderPlan: expect.objectContaining({ dossiers: slugs }) });
  });
});
