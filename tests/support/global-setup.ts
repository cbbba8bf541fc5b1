// Builds the shipped site, the fixture site and the search archive (whole and in shards) once for
// every site and browser test file.
import { buildSite } from '../../scripts/build.ts';
import { formatDiagnostics } from '../../src/lib/diagnostics/index.ts';
import { ARCHIVE_CONTENT, ARCHIVE_SHARD_SIZE, AWARD_ARCHIVE_CONTENT, AWARD_ARCHIVE_SITE, ARCHIVE_SITE, FIXTURE_CONTENT, FIXTURE_SITE, ROOT, SHARDED_ARCHIVE_SITE, SHIPPED_SITE, SUBPATH_CONTENT, SUBPATH_SITE } from './paths.ts';

async function buildOrFail(contentDir: string, outDir: string, env: Record<string, string> = {}): Promise<void> {
  const result = await buildSite({ root: ROOT, contentDir, outDir, env, logLevel: 'warn' });
  if (!result.ok) throw new Error(`test site ${contentDir} did not build:\n${formatDiagnostics(result.diagnostics)}\n${result.failure ?? ''}`);
}

export default async function setup(): Promise<void> {
  await buildOrFail('content', SHIPPED_SITE);
  await buildOrFail(FIXTURE_CONTENT, FIXTURE_SITE);
  await buildOrFail(ARCHIVE_CONTENT, ARCHIVE_SITE, { HUAZHANG_SEARCH_SHARD_SIZE: '0' });
  await buildOrFail(ARCHIVE_CONTENT, SHARDED_ARCHIVE_SITE, { HUAZHANG_SEARCH_SHARD_SIZE: String(ARCHIVE_SHARD_SIZE) });
  // Vite's BASE_URL in the environment, as a parent process such as Vitest sets it, must not
  // change the base the site's links carry: that comes from site.yaml (or BASE_PATH) alone.
  await buildOrFail(SUBPATH_CONTENT, SUBPATH_SITE, { BASE_URL: '/' });
  await buildOrFail(AWARD_ARCHIVE_CONTENT, AWARD_ARCHIVE_SITE);
}
