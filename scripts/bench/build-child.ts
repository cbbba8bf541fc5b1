// Runs one site build in its own process, so the benchmark can watch its memory from outside and
// every build starts with a cold module cache. Usage:
//   node scripts/bench/build-child.ts <root> <contentDir> <outDir> <resultFile>
// Astro logs warnings only; BENCH_LOG_LEVEL=info shows its full build log.
import { writeFile } from 'node:fs/promises';
import { deferOptimizingCompiler } from '../../src/lib/optimizing-compiler.ts';
import type { IndexShards } from './index-shards.ts';

/** What the child writes to `resultFile`: phase times in milliseconds. */
export interface ChildResult extends IndexShards {
  ok: boolean;
  failure?: string;
  errors: number;
  warnings: number;
  /** The content checker (`npm run check`'s rules), on a worker thread alongside the rest. */
  check: number;
  /** True when the archive was large enough for pages to be rendered only after the check (scripts/build.ts, `checksFirst`). */
  checkedFirst: boolean;
  /** Astro start-up: config, integrations, route list, Vite. */
  setup: number;
  /** Astro's content sync: reading, validating and rendering the Markdown of every collection. */
  content: number;
  /** Bundling and writing every page. */
  render: number;
  /** The search index: reading the built pages and the awards, writing the index. */
  index: number;
  /** Everything else: swapping the staging folder in. */
  other: number;
  total: number;
  pages: number;
  records: number;
  /** When the check rendered bodies: the dossiers whose bodies the site shows, and those whose bodies it left to Astro's process. */
  bodies?: { dossiers: number; leftByCheck: number };
}

const [root, contentDir, outDir, resultFile] = process.argv.slice(2);
if (!root || !contentDir || !outDir || !resultFile) {
  console.error('usage: build-child.ts <root> <contentDir> <outDir> <resultFile>');
  process.exitCode = 2;
} else {
  // As `npm run build` does, before the build's modules are compiled (scripts/build/start.ts);
  // run-build.ts preloads the compile cache as package.json does.
  deferOptimizingCompiler();
  const [{ buildSite }, { indexShards }] = await Promise.all([import('../build.ts'), import('./index-shards.ts')]);
  const result = await buildSite({ root, contentDir, outDir, logLevel: (process.env.BENCH_LOG_LEVEL as 'info' | undefined) ?? 'warn' });
  // The check runs alongside the others (or first, for a large archive), so it is reported apart.
  const { check, setup, content, render, index, total } = result.phases;
  const child: ChildResult = {
    ok: result.ok,
    ...(result.failure !== undefined ? { failure: result.failure || '(no message)' } : {}),
    errors: result.diagnostics.filter((d) => d.severity === 'error').length,
    warnings: result.diagnostics.filter((d) => d.severity !== 'error').length,
    check,
    checkedFirst: result.checkedFirst,
    setup,
    content,
    render,
    index,
    // Checked first, the check ran beside start-up and content loading, and rendering waited for both.
    other: Math.max(0, total - (result.checkedFirst ? Math.max(check, setup + content) : setup + content) - render - index),
    total,
    pages: result.index?.pages ?? 0,
    records: result.index?.awards ?? 0,
    ...indexShards(result),
    ...(result.bodies?.dossiers !== undefined && result.bodies.leftByCheck !== undefined ? { bodies: { dossiers: result.bodies.dossiers, leftByCheck: result.bodies.leftByCheck } } : {}),
  };
  await writeFile(resultFile, JSON.stringify(child, null, 2));
  if (!result.ok) process.exitCode = 1;
}
