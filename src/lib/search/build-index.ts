import * as pagefind from 'pagefind';
import type { CustomRecord } from 'pagefind';
import { join } from 'node:path';

/** What {@link buildSearchIndex} indexes. */
export interface SearchIndexInput {
  /** The built site; its HTML pages are indexed where they mark `data-pagefind-body`. */
  siteDir: string;
  /** Records that are not pages, such as one per award. */
  records: readonly CustomRecord[];
}

/** What was indexed, for the build log and the benchmark. */
export interface SearchIndexSummary {
  pages: number;
  records: number;
  milliseconds: number;
}

function check(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`搜索索引生成失败（${step}）：${errors.join('; ')}`);
}

/**
 * Builds the Pagefind index of a built site into `<siteDir>/pagefind/`: its pages plus the custom
 * records. Every Pagefind call's errors are checked, and the Pagefind process is always closed, so
 * a failed index fails the build instead of shipping a site whose search is silently empty.
 */
export async function buildSearchIndex(input: SearchIndexInput): Promise<SearchIndexSummary> {
  const started = performance.now();
  try {
    const created = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
    check('createIndex', created.errors);
    const index = created.index!;
    const pages = await index.addDirectory({ path: input.siteDir });
    check('addDirectory', pages.errors);
    for (const record of input.records) {
      const added = await index.addCustomRecord(record);
      check(`addCustomRecord ${record.url}`, added.errors);
    }
    const written = await index.writeFiles({ outputPath: join(input.siteDir, 'pagefind') });
    check('writeFiles', written.errors);
    return { pages: pages.page_count, records: input.records.length, milliseconds: Math.round(performance.now() - started) };
  } finally {
    await pagefind.close();
  }
}
