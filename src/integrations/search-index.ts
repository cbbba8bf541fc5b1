import type { AstroIntegration } from 'astro';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { buildSearchIndex, type SearchIndexSummary } from '../lib/search/build-index.ts';
import { awardSearchRecord, type PublishedAward } from '../lib/search/award-records.ts';

/**
 * When each build step ended, in `performance.now()` milliseconds of the building process, plus
 * the search index summary. The benchmark reads it after `build()` returns to split the build into
 * content loading, page rendering and search indexing.
 */
export interface BuildTimings {
  /** Config resolved; Astro's content sync (loading and rendering Markdown) starts after this. */
  configDone?: number;
  /** Content synced; bundling and page rendering start. */
  buildStart?: number;
  /** Every page written. */
  generated?: number;
  /** Search indexing started and ended. */
  indexStart?: number;
  indexEnd?: number;
  index?: SearchIndexSummary;
}

// Astro loads the config through Vite, so this module may exist twice in one process; a global
// symbol is the one place both copies and the benchmark's build script share.
const TIMINGS = Symbol.for('huazhang.build-timings');

/** The timings of the latest build in this process (empty before any). */
export function buildTimings(): BuildTimings {
  const holder = globalThis as { [TIMINGS]?: BuildTimings };
  holder[TIMINGS] ??= {};
  return holder[TIMINGS];
}

/** Options of {@link searchIndex}. */
export interface SearchIndexOptions {
  /**
   * Build the page index in shards of this many dossiers, each in bounded memory, reusing
   * unchanged shards from Astro's cache folder. The search page must then merge the bundles
   * listed in `pagefind/shards.json`. Off by default: one index.
   * @example 100
   */
  dossiersPerShard?: number | undefined;
}

/**
 * Indexes the built site with Pagefind once every page is written. Awards come from the site's
 * own `awards.json`, so the index holds exactly the awards the pages show.
 */
export function searchIndex(options: SearchIndexOptions = {}): AstroIntegration {
  const timings = buildTimings();
  let cacheDir: string | undefined;
  return {
    name: 'huazhang:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        for (const key of Object.keys(timings)) delete timings[key as keyof BuildTimings];
        timings.configDone = performance.now();
      },
      'astro:build:start': () => {
        timings.buildStart = performance.now();
      },
      'astro:build:generated': () => {
        timings.generated = performance.now();
      },
      'astro:build:done': async ({ dir, logger }) => {
        timings.indexStart = performance.now();
        const siteDir = fileURLToPath(dir);
        const published = JSON.parse(await readFile(join(siteDir, 'awards.json'), 'utf8')) as { awards: PublishedAward[] };
        const summary = await buildSearchIndex({
          siteDir,
          records: published.awards.map(awardSearchRecord),
          ...(options.dossiersPerShard ? { shards: { dossiersPerShard: options.dossiersPerShard, ...(cacheDir ? { cacheDir } : {}) } } : {}),
        });
        timings.index = summary;
        timings.indexEnd = performance.now();
        const shards = summary.shardsBuilt || summary.shardsReused ? `，分片新建 ${summary.shardsBuilt} 个、沿用 ${summary.shardsReused} 个` : '';
        logger.info(`搜索索引：${summary.pages} 个页面，${summary.records} 条荣誉${shards}，用时 ${summary.milliseconds} ms`);
      },
    },
  };
}
