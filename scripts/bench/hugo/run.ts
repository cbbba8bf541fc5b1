import { spawn, spawnSync } from 'node:child_process';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { arch, platform } from 'node:os';
import { join } from 'node:path';
import { loadSiteSettings } from '../../../src/lib/site-settings.ts';
import { watchMemory, type MemoryPeak } from '../memory.ts';
import { installedVersion } from '../machine.ts';
import { folderSize } from '../sizes.ts';
import { hugoConfig } from './config.ts';
import { prepareHugoContent } from './prepare.ts';
import type { SetAside } from '../set-aside.ts';

/** How to get Hugo when it is missing; the benchmark installs nothing itself. */
export const HUGO_INSTALL_HINT = 'Hugo is not installed. Install it with `apt-get install hugo` (Debian and Ubuntu; the figures in scripts/bench/README.md used Hugo 0.111.3), then run the benchmark again.';

/** One external program's run: wall time and the peak memory of its process tree. */
export interface PeerStage {
  milliseconds: number;
  memory: MemoryPeak;
}

/** The peer's build of one corpus: Hugo, then Pagefind over Hugo's output. */
export interface PeerBuild {
  ok: boolean;
  failure?: string;
  hugoVersion: string;
  pagefindVersion: string;
  /**
   * Handing the content folder to Hugo (see prepareHugoContent), in this process, before Hugo
   * starts. Not part of {@link total}: a Hugo site's own content needs no such step.
   */
  prepare: number;
  hugo: PeerStage;
  pagefind: PeerStage;
  /** Hugo + Pagefind, one after the other: what the project's build is compared with. */
  total: number;
  /** The larger of the two stages' peaks: they never run at once. */
  peakBytes: number;
  /** HTML files Hugo wrote. */
  pages: number;
  /** Pages Pagefind indexed. */
  indexed: number;
  /** Markdown files given an empty front matter block for Hugo. */
  fenced: number;
}

/** The installed Hugo's version line, or undefined when `hugo` is not on the PATH. */
export function hugoVersion(): string | undefined {
  const run = spawnSync('hugo', ['version'], { encoding: 'utf8' });
  if (run.error || run.status !== 0) return undefined;
  return /v(\d+\.\d+\.\d+)/.exec(run.stdout)?.[1] ?? run.stdout.trim();
}

/**
 * The Pagefind binary of the project's own `pagefind` package (the same version the package
 * would run), called directly rather than through its Node wrapper, so no Node process is counted
 * in the peer's memory.
 */
function pagefindBinary(root: string): { path: string; version: string } {
  const require = createRequire(join(root, 'package.json'));
  const os = platform() === 'win32' ? 'windows' : platform();
  const version = installedVersion(root, 'pagefind');
  for (const name of ['pagefind_extended', 'pagefind']) {
    try {
      return { path: require.resolve(`@pagefind/${os}-${arch()}/bin/${name}${os === 'windows' ? '.exe' : ''}`), version };
    } catch {
      // Try the next name.
    }
  }
  throw new Error(`Pagefind ${version} has no binary for ${os}-${arch()} in node_modules; run npm ci.`);
}

async function runWatched(command: string, args: readonly string[], cwd: string): Promise<PeerStage & { code: number | null; output: string }> {
  const started = performance.now();
  const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  const watcher = watchMemory(child.pid!);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  return { code, output, milliseconds: Math.round(performance.now() - started), memory: watcher.stop() };
}

/** Where Pagefind writes its index when not told otherwise: `pagefind/` under the site. */
const PAGEFIND_OUTPUT = 'pagefind';

/** Pages Pagefind indexed: it writes one fragment file per page. */
async function indexedPages(siteDir: string): Promise<number> {
  const fragments = await readdir(join(siteDir, PAGEFIND_OUTPUT, 'fragment')).catch(() => [] as string[]);
  return fragments.filter((name) => name.endsWith('.pf_fragment')).length;
}

/**
 * Builds a content folder with the peer, from clean: Hugo (templates in scripts/bench/hugo/layouts)
 * into `<workDir>/public`, then Pagefind over it, each watched the way the project's build is
 * (scripts/bench/memory.ts). Preparing Hugo's content folder is timed apart and left out of the total.
 */
export async function runHugoPeer(options: { root: string; contentDir: string; workDir: string; aside?: SetAside }): Promise<PeerBuild> {
  const version = hugoVersion();
  if (!version) throw new Error(HUGO_INSTALL_HINT);
  const pagefind = pagefindBinary(options.root);
  const { workDir } = options;
  const publishDir = join(workDir, 'public');
  const hugoContent = join(workDir, 'content');
  // The benchmark moves the last run's output aside, to be deleted once everything is measured.
  await (options.aside ? options.aside.move(workDir) : rm(workDir, { recursive: true, force: true }));
  await mkdir(workDir, { recursive: true });
  const started = performance.now();
  const prepared = await prepareHugoContent(options.contentDir, hugoContent);
  const config = hugoConfig({ settings: loadSiteSettings(options.contentDir, {}), contentDir: hugoContent, publishDir });
  await writeFile(join(workDir, 'hugo.json'), JSON.stringify(config, null, 2));
  const prepare = Math.round(performance.now() - started);
  const none: PeerStage = { milliseconds: 0, memory: { treeBytes: 0, processBytes: 0, processName: '', samples: 0 } };
  const result = (partial: Partial<PeerBuild> & Pick<PeerBuild, 'ok' | 'hugo' | 'pagefind'>): PeerBuild => ({
    hugoVersion: version,
    pagefindVersion: pagefind.version,
    prepare,
    total: partial.hugo.milliseconds + partial.pagefind.milliseconds,
    peakBytes: Math.max(partial.hugo.memory.treeBytes, partial.pagefind.memory.treeBytes),
    pages: 0,
    indexed: 0,
    fenced: prepared.fenced,
    ...partial,
  });
  // The cache folder is the work folder's own, emptied above, so nothing is reused from earlier runs.
  const hugo = await runWatched('hugo', ['--source', workDir, '--config', 'hugo.json', '--cacheDir', join(workDir, 'cache'), '--quiet', '--noBuildLock'], workDir);
  if (hugo.code !== 0) return result({ ok: false, failure: `hugo exited with code ${hugo.code}: ${hugo.output.trim().slice(-2000)}`, hugo, pagefind: none });
  const indexer = await runWatched(pagefind.path, ['--site', publishDir, '--quiet'], workDir);
  const { htmlFiles: pages } = await folderSize(publishDir);
  const indexed = await indexedPages(publishDir);
  if (indexer.code !== 0) return result({ ok: false, failure: `pagefind exited with code ${indexer.code}: ${indexer.output.trim().slice(-2000)}`, hugo, pagefind: indexer, pages });
  return result({ ok: true, hugo, pagefind: indexer, pages, indexed });
}
