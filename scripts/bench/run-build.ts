import { spawn } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentCacheDir } from '../build.ts';
import type { SetAside } from './set-aside.ts';
import type { ChildResult } from './build-child.ts';
import { watchMemory, type MemoryPeak } from './memory.ts';

/** One measured build. */
export interface MeasuredBuild extends ChildResult {
  /** Wall time of the whole child process, start-up included, in milliseconds. */
  wall: number;
  memory: MemoryPeak;
}

const CHILD = fileURLToPath(new URL('./build-child.ts', import.meta.url));
/** Preloaded into the child as `npm run build` preloads it, so that its TypeScript entry is read from the compile cache. */
const COMPILE_CACHE_ON = new URL('../build/compile-cache-on.mjs', import.meta.url).href;

/**
 * Builds `contentDir` into `outDir` in a child Node process (the same Node as this one) while
 * sampling the memory of its whole process tree. Pass `clean` to move the output and Astro's
 * content cache aside with it first, so the build starts from nothing. `BENCH_NODE_OPTIONS`
 * passes flags to the child's Node, e.g. `--cpu-prof --cpu-prof-dir=bench-results/profiles` to
 * profile a build.
 */
export async function runBuild(options: { root: string; contentDir: string; outDir: string; workDir: string; clean?: SetAside; env?: Record<string, string> }): Promise<MeasuredBuild> {
  const { root, contentDir, outDir, workDir } = options;
  if (options.clean) {
    await options.clean.move(outDir);
    await options.clean.move(contentCacheDir(root, contentDir));
  }
  const resultFile = join(workDir, `build-${process.pid}-${Date.now()}.json`);
  const started = performance.now();
  const nodeFlags = process.env.BENCH_NODE_OPTIONS?.split(' ').filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...nodeFlags, `--import=${COMPILE_CACHE_ON}`, CHILD, root, contentDir, outDir, resultFile], {
    cwd: root,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const watcher = watchMemory(child.pid!);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', resolve);
  });
  const wall = Math.round(performance.now() - started);
  const memory = watcher.stop();
  const text = await readFile(resultFile, 'utf8').catch(() => undefined);
  await rm(resultFile, { force: true });
  if (text) return { ...(JSON.parse(text) as ChildResult), wall, memory };
  // A crashed build (out of memory, say) is a result to report, not a reason to stop the run.
  const failure = `the build process exited with code ${code} before writing its result; see its output above`;
  return { ok: false, failure, errors: 0, warnings: 0, check: 0, checkedFirst: false, setup: 0, content: 0, render: 0, index: 0, other: 0, total: wall, pages: 0, records: 0, shards: 0, shardsAhead: 0, indexAhead: false, wall, memory };
}
