// npm run build: check the content, build the site into a temporary folder, then swap it in.
// A build that fails at any step leaves the previous dist/ exactly as it was.
import { build } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runChecksInWorker } from '../src/lib/checks/worker.ts';
import { expectContentVerdict } from '../src/lib/checks/verdict.ts';
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

/**
 * How a build went. `phases` are wall-clock milliseconds from the start, for the log and the
 * benchmark; the check runs alongside the rest, so it is part of the total, not added to it.
 */
export interface BuildResult {
  ok: boolean;
  diagnostics: Diagnostic[];
  /** Set when the checker could not run, or Astro or Pagefind failed. */
  failure?: string;
  phases: { check: number; total: number };
}

interface Verdict {
  diagnostics: Diagnostic[];
  /** Set when the checker itself could not run (an unreadable folder, too many open files). */
  failure?: string;
  milliseconds: number;
}

const rejects = (verdict: Verdict) => verdict.failure !== undefined || verdict.diagnostics.some((d) => d.severity === 'error');

/**
 * Builds a site. The content check runs on a worker thread while Astro builds into a staging
 * folder; the site is swapped in only when both succeed, and Astro's content loading ends in an
 * error once the check has failed, so no page is rendered. Never throws for content or build problems: they come back in the
 * result, and the check's findings win over Astro's error about the same content.
 */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const root = resolve(options.root);
  const contentDir = resolve(root, options.contentDir ?? 'content');
  const outDir = resolve(root, options.outDir ?? 'dist');
  const verdict: Promise<Verdict> = runChecksInWorker({ root, contentDir }).then(
    (diagnostics) => ({ diagnostics, milliseconds: Math.round(performance.now() - started) }),
    (error: unknown) => ({
      diagnostics: [],
      failure: `内容检查未能完成：${error instanceof Error ? error.message : String(error)}`,
      milliseconds: Math.round(performance.now() - started),
    }),
  );
  expectContentVerdict(verdict.then(rejects));
  const staging = join(dirname(outDir), `.dist-staging-${process.pid}`);
  const saved = { ...process.env };
  Object.assign(process.env, options.env ?? {}, { HUAZHANG_CONTENT: contentDir });
  let buildFailure: string | undefined;
  try {
    await build({
      root,
      outDir: staging,
      cacheDir: contentCacheDir(root, contentDir),
      logLevel: options.logLevel ?? 'info',
    });
  } catch (error) {
    // When the check failed too, its diagnostics are reported instead of this error.
    buildFailure = error instanceof Error ? error.message : String(error);
  } finally {
    expectContentVerdict(undefined);
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  }
  const checked = await verdict;
  const phases = { check: checked.milliseconds, total: Math.round(performance.now() - started) };
  const ok = !rejects(checked) && buildFailure === undefined;
  if (ok) await swapIn(staging, outDir);
  else await rm(staging, { recursive: true, force: true });
  const failure = rejects(checked) ? checked.failure : buildFailure;
  return { ok, diagnostics: checked.diagnostics, ...(failure !== undefined ? { failure } : {}), phases };
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
  console.log(`网站已生成到 dist/：共 ${result.phases.total} ms（内容检查 ${result.phases.check} ms，与生成同时进行）`);
}

if (import.meta.main) await main();
