// npm run build: check the content, build the site into a temporary folder, then swap it in.
// A build that fails at any step leaves the previous dist/ exactly as it was.
import { build } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runChecks } from '../src/lib/checks/index.ts';
import { formatDiagnostics, type Diagnostic } from '../src/lib/diagnostics/index.ts';

/** Where and what to build. */
export interface BuildOptions {
  /** The project root (where astro.config.mjs is). */
  root: string;
  /** The content folder; default `content` under the root. */
  contentDir?: string;
  /** Where the finished site goes; default `dist` under the root. */
  outDir?: string;
  /** Environment overrides for this build, such as `SITE_URL` or `BASE_PATH`. */
  env?: Record<string, string>;
  /** Astro's log level; the test suite keeps builds quiet. */
  logLevel?: 'info' | 'warn' | 'error' | 'silent';
}

/** How a build went. `phases` are wall-clock milliseconds, for the log and the benchmark. */
export interface BuildResult {
  ok: boolean;
  diagnostics: Diagnostic[];
  /** Set when the build failed after the content check, e.g. in Astro or Pagefind. */
  failure?: string;
  phases: { check: number; site: number; total: number };
}

/** Builds a site. Never throws for content or build problems: they come back in the result. */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const root = resolve(options.root);
  const contentDir = resolve(root, options.contentDir ?? 'content');
  const outDir = resolve(root, options.outDir ?? 'dist');
  let diagnostics: Diagnostic[];
  try {
    diagnostics = await runChecks({ root, contentDir });
  } catch (error) {
    // The checker failing (an unreadable folder, too many open files) is a failed build too.
    const message = error instanceof Error ? error.message : String(error);
    const total = Math.round(performance.now() - started);
    return { ok: false, diagnostics: [], failure: `内容检查未能完成：${message}`, phases: { check: total, site: 0, total } };
  }
  const checked = performance.now();
  const phases = () => ({ check: Math.round(checked - started), site: Math.round(performance.now() - checked), total: Math.round(performance.now() - started) });
  if (diagnostics.some((d) => d.severity === 'error')) return { ok: false, diagnostics, phases: phases() };

  const staging = join(dirname(outDir), `.dist-staging-${process.pid}`);
  const saved = { ...process.env };
  Object.assign(process.env, options.env ?? {}, { HUAZHANG_CONTENT: contentDir });
  try {
    await build({
      root,
      outDir: staging,
      cacheDir: contentCacheDir(root, contentDir),
      logLevel: options.logLevel ?? 'info',
    });
    await swapIn(staging, outDir);
    return { ok: true, diagnostics, phases: phases() };
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    return { ok: false, diagnostics, failure: error instanceof Error ? error.message : String(error), phases: phases() };
  } finally {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  }
}

/**
 * The folder of Astro's content cache for one content folder, under `node_modules/.astro/`. The
 * benchmark deletes it to build from clean.
 */
export function contentCacheDir(root: string, contentDir: string): string {
  return join(resolve(root), 'node_modules', '.astro', cacheKey(resolve(root), resolve(root, contentDir)));
}

/**
 * Names the content cache. Each content folder gets its own, so test sites and benchmarks never
 * mix; and the Markdown plugins and schemas are part of the key, because Astro keeps rendered
 * Markdown across builds and cannot see that the code which rendered it changed.
 */
function cacheKey(root: string, contentDir: string): string {
  const hash = createHash('sha1').update(contentDir);
  for (const dir of ['src/lib/markdown', 'src/lib/schemas']) {
    for (const file of readdirSync(join(root, dir)).sort()) hash.update(file).update(readFileSync(join(root, dir, file)));
  }
  return hash.digest('hex').slice(0, 12);
}

async function swapIn(staging: string, outDir: string): Promise<void> {
  const old = `${outDir}.old-${process.pid}`;
  if (existsSync(outDir)) await rename(outDir, old);
  await rename(staging, outDir);
  await rm(old, { recursive: true, force: true });
}

async function main(): Promise<void> {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const result = await buildSite({ root, ...(process.env.HUAZHANG_CONTENT ? { contentDir: process.env.HUAZHANG_CONTENT } : {}) });
  if (result.diagnostics.length > 0) console.error(formatDiagnostics(result.diagnostics));
  if (result.failure) console.error(`构建失败，dist/ 保持原样：${result.failure}`);
  if (!result.ok) {
    if (!result.failure) console.error('内容有错误，未生成网站，dist/ 保持原样。');
    process.exitCode = 1;
    return;
  }
  console.log(`网站已生成到 dist/：检查 ${result.phases.check} ms，生成 ${result.phases.site} ms，共 ${result.phases.total} ms`);
}

if (import.meta.main) await main();
