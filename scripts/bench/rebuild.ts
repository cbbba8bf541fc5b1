import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { contentPaths } from '../../src/lib/content-paths.ts';
import { dossierSlug, syntheticArticleName } from './synthetic/index.ts';
import { runBuild, type MeasuredBuild } from './run-build.ts';

/**
 * Edits one article of an already built corpus (a sentence appended to the first article of the
 * middle dossier's 服务篇), rebuilds with the previous output and content cache in place, then
 * restores the article so the corpus stays the seeded one. Each `round` appends a sentence of its
 * own, so a second rebuild has an edit to make too.
 */
export async function measureRebuild(options: { root: string; contentDir: string; outDir: string; workDir: string; dossiers: number; round: number; env?: Record<string, string> }): Promise<MeasuredBuild & { edited: string }> {
  const slug = dossierSlug(Math.ceil(options.dossiers / 2));
  const edited = contentPaths.article('service', slug, syntheticArticleName(1), 1);
  const file = join(options.contentDir, edited);
  const original = await readFile(file, 'utf8');
  await writeFile(file, `${original}\n编辑补记：本文于基准测试中第 ${options.round} 次修改一句，用于测量增量构建。\n`);
  try {
    return { ...(await runBuild(options)), edited };
  } finally {
    await writeFile(file, original);
  }
}
