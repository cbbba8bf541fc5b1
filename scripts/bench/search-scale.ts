// The search index of an archive larger than the benchmark can render: a built site's pages and
// awards taken N times over, each copy of a dossier under a slug of its own, indexed by the real
// index builder (shards on worker threads, merged) into a copy of the site, so the site's own search
// page can be measured against it. The text repeats, so it measures size and speed at N times the
// entries and documents, not a vocabulary N times as varied; units keep their names, so there is
// one 荣誉榜 entry per unit as in the site taken once.
import { link, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { buildSearchIndex, type SearchIndexSummary } from '../../src/lib/search/build-index.ts';
import type { PublishedAward } from '../../src/lib/search/award-records.ts';
import { INDEX_DIR } from '../../src/lib/search/format.ts';
import { indexablePages } from '../../src/lib/search/site-pages.ts';
import { DEFAULT_DOSSIERS_PER_SHARD, DEFAULT_MAX_SHARDS } from '../../src/lib/search/shard-size.ts';

/** The dossier slug of copy `copy` (the first copy keeps its slug). */
export function copySlug(slug: string, copy: number): string {
  return copy === 0 ? slug : `${slug}-${copy + 1}`;
}

/** What {@link buildScaledIndex} built. */
export interface ScaledIndex {
  copies: number;
  dossiers: number;
  pages: number;
  awards: number;
  index: SearchIndexSummary;
  /** Wall time of the index build, in milliseconds. */
  milliseconds: number;
  /** Peak resident memory of this process and its worker threads during the build, in bytes. */
  peakRss: number;
}

async function linkTree(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) await linkTree(source, target);
    else await link(source, target);
  }
}

/**
 * Builds, in `outDir`, a copy of `siteDir` (hard links) whose search index holds every dossier
 * of it `copies` times. The copies' pages are linked under their own slugs; `awards.json` is not
 * rewritten (the site's award pages are those of one copy), the index gets every copy's awards.
 */
export async function buildScaledIndex(siteDir: string, outDir: string, copies: number): Promise<ScaledIndex> {
  await rm(outDir, { recursive: true, force: true });
  await linkTree(siteDir, outDir);
  await rm(join(outDir, INDEX_DIR), { recursive: true, force: true });
  const slugs = [...new Set(indexablePages(siteDir).pages.map((page) => page.group).filter((group) => group !== ''))];
  for (let copy = 1; copy < copies; copy++) for (const slug of slugs) await linkTree(join(siteDir, slug), join(outDir, copySlug(slug, copy)));
  const { awards } = JSON.parse(await readFile(join(siteDir, 'awards.json'), 'utf8')) as { awards: PublishedAward[] };
  const all = Array.from({ length: copies }, (_, copy) => awards.map((award) => ({ ...award, dossier: copySlug(award.dossier, copy) }))).flat();
  const pages = indexablePages(outDir).pages.length;
  let peakRss = process.memoryUsage.rss();
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 100);
  const started = performance.now();
  try {
    const index = await buildSearchIndex({ siteDir: outDir, awards: all, shards: { dossiersPerShard: DEFAULT_DOSSIERS_PER_SHARD, maxShards: DEFAULT_MAX_SHARDS } });
    const milliseconds = Math.round(performance.now() - started);
    return { copies, dossiers: slugs.length * copies, pages, awards: all.length, index, milliseconds, peakRss: Math.max(peakRss, process.resourceUsage().maxRSS * 1024) };
  } finally {
    clearInterval(sampler);
  }
}
