import type { AstroIntegration } from 'astro';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { buildSearchIndex } from '../lib/search/build-index.ts';
import { awardSearchRecord, type PublishedAward } from '../lib/search/award-records.ts';

/**
 * Indexes the built site with Pagefind once every page is written. Awards come from the site's
 * own `awards.json`, so the index holds exactly the awards the pages show.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'huazhang:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const published = JSON.parse(await readFile(join(siteDir, 'awards.json'), 'utf8')) as { awards: PublishedAward[] };
        const summary = await buildSearchIndex({ siteDir, records: published.awards.map(awardSearchRecord) });
        logger.info(`搜索索引：${summary.pages} 个页面，${summary.records} 条荣誉，用时 ${summary.milliseconds} ms`);
      },
    },
  };
}
