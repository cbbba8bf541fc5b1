// npm run bench: generates seeded synthetic corpora, builds each from clean in a child process
// while watching its memory, measures the output and a first search in Chromium, and writes
// bench.json and bench.md to --out. Usage: see USAGE in scripts/bench/args.ts.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { routesOfContent } from '../src/lib/checks/index.ts';
import { INDEX_DIR } from '../src/lib/search/format.ts';
import { serveSite } from './browser/static-server.ts';
import { parseBenchArgs, USAGE, type BenchOptions } from './bench/args.ts';
import { writeCorpus } from './bench/corpus.ts';
import { HUGO_INSTALL_HINT, hugoVersion, runHugoPeer } from './bench/hugo/run.ts';
import { measureSearch } from './bench/first-query.ts';
import { machineInfo } from './bench/machine.ts';
import { measurePageWeight, runLighthouse } from './bench/page-weight.ts';
import { measureRebuild } from './bench/rebuild.ts';
import { reportMarkdown, type BenchReport, type SizeResult } from './bench/report.ts';
import { runBuild } from './bench/run-build.ts';
import { SetAside } from './bench/set-aside.ts';
import { peerGoesFirst, SHORT_BUILD_MS, type PairedRound } from './bench/paired-rounds.ts';
import { buildScaledIndex } from './bench/search-scale.ts';
import { describeMiss, runSuite, sameIndex, suiteFigures } from './bench/search-quality.ts';
import { buildSite, contentCacheDir } from './build.ts';
import type { QualityReport } from './bench/search-quality.ts';
import { folderSize } from './bench/sizes.ts';
import { indexShards, type IndexShards } from './bench/index-shards.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const log = (message: string) => console.log(`[bench] ${message}`);

async function benchSize(options: BenchOptions, out: string, dossiers: number, aside: SetAside): Promise<SizeResult> {
  const folder = join(out, `corpus-${dossiers}`);
  const contentDir = join(folder, 'content');
  const outDir = join(folder, 'dist');
  log(`${dossiers} dossiers: writing the corpus`);
  const corpus = await writeCorpus(contentDir, dossiers, options.seed);
  log(`${dossiers} dossiers: ${corpus.files} files, ${(corpus.bytes / 1e6).toFixed(1)} MB, ${corpus.awards} awards; building from clean`);
  const env: Record<string, string> = options.searchShards === undefined ? {} : { HUAZHANG_SEARCH_SHARD_SIZE: String(options.searchShards) };
  const load = loadavg()[0]!;
  const build = await runBuild({ root: ROOT, contentDir, outDir, workDir: out, clean: aside, env });
  log(`${dossiers} dossiers: ${build.ok ? 'built' : 'FAILED'} in ${(build.wall / 1000).toFixed(1)} s, peak ${(build.memory.treeBytes / 1e9).toFixed(2)} GB`);
  // The peer builds the same corpus right after, so both see the machine in about the same state.
  const peer = options.peer ? await benchPeer(contentDir, folder, dossiers, aside) : undefined;
  const built = { contentDir, outDir, folder, out, env, aside };
  const rounds = peer?.ok && build.ok && build.wall < SHORT_BUILD_MS && options.rounds > 1 ? await moreRounds(built, dossiers, options.rounds, { build: build.wall, peer: peer.total, peerFirst: false }) : undefined;
  const searchIndex = await folderSize(join(outDir, INDEX_DIR));
  const result: SizeResult = { dossiers, corpus, load, build, dist: await folderSize(outDir), searchIndex, ...(peer ? { peer } : {}), ...(rounds ? { rounds } : {}) };
  if (!build.ok) return result;
  if (!options.noBrowser) {
    result.search = await measureSearch(outDir);
    log(`${dossiers} dossiers: first query ${Math.round(result.search.first.transferBytes / 1000)} KB over the wire`);
  }
  if (dossiers >= options.rebuildFrom) {
    log(`${dossiers} dossiers: editing one article and rebuilding`);
    result.rebuild = await measureRebuild({ root: ROOT, contentDir, outDir, workDir: out, dossiers, round: 1, env });
    log(`${dossiers} dossiers: rebuilt in ${(result.rebuild.wall / 1000).toFixed(1)} s`);
    // The first rebuild writes into an empty folder; from the second on, a build starts from the
    // site the one before it replaced (scripts/build/spare-site.ts), as an editor's builds do.
    if (result.rebuild.ok) {
      log(`${dossiers} dossiers: editing it again and rebuilding`);
      result.laterRebuild = await measureRebuild({ root: ROOT, contentDir, outDir, workDir: out, dossiers, round: 2, env });
      log(`${dossiers} dossiers: rebuilt again in ${(result.laterRebuild.wall / 1000).toFixed(1)} s`);
    }
  }
  return result;
}

/**
 * Builds a short build's corpus again, by the project and by the peer, until `rounds` rounds are
 * done (paired-rounds.ts); `first` is the round already built. A round that fails ends the rounds:
 * the report keeps those before it.
 */
async function moreRounds(
  built: { contentDir: string; outDir: string; folder: string; out: string; env: Record<string, string>; aside: SetAside },
  dossiers: number,
  rounds: number,
  first: PairedRound,
): Promise<PairedRound[]> {
  const { contentDir, outDir, folder, out, env, aside } = built;
  const done = [first];
  for (let index = 1; index < rounds; index++) {
    const peerFirst = peerGoesFirst(index);
    log(`${dossiers} dossiers: round ${index + 1} of ${rounds}, ${peerFirst ? 'the peer first' : 'this build first'}`);
    const ours = () => runBuild({ root: ROOT, contentDir, outDir, workDir: out, clean: aside, env });
    const theirs = () => runHugoPeer({ root: ROOT, contentDir, workDir: join(folder, 'hugo'), aside });
    const peer = peerFirst ? await theirs() : undefined;
    const build = await ours();
    const after = peer ?? (await theirs());
    if (!build.ok || !after.ok) {
      log(`${dossiers} dossiers: round ${index + 1} failed (${build.ok ? after.failure : (build.failure ?? 'content errors')}); the rounds before it are reported`);
      break;
    }
    done.push({ build: build.wall, peer: after.total, peerFirst });
    log(`${dossiers} dossiers: ${(build.wall / 1000).toFixed(1)} s against ${(after.total / 1000).toFixed(1)} s`);
  }
  return done;
}

async function benchPeer(contentDir: string, folder: string, dossiers: number, aside: SetAside): Promise<NonNullable<SizeResult['peer']>> {
  log(`${dossiers} dossiers: building the same corpus with Hugo, then Pagefind`);
  const load = loadavg()[0]!;
  const peer = await runHugoPeer({ root: ROOT, contentDir, workDir: join(folder, 'hugo'), aside });
  log(`${dossiers} dossiers: Hugo + Pagefind ${peer.ok ? 'built' : `FAILED (${peer.failure})`} in ${(peer.total / 1000).toFixed(1)} s, peak ${(peer.peakBytes / 1e9).toFixed(2)} GB`);
  return { ...peer, load };
}

async function benchShipped(out: string, noBrowser: boolean): Promise<NonNullable<BenchReport['shipped']>> {
  const outDir = join(out, 'shipped', 'dist');
  await rm(outDir, { recursive: true, force: true });
  // The shipped content's Astro cache is shared with `npm run build`, so it is kept, not cleaned.
  const build = await runBuild({ root: ROOT, contentDir: join(ROOT, 'content'), outDir, workDir: out });
  const shipped: NonNullable<BenchReport['shipped']> = { build, dist: await folderSize(outDir) };
  if (!build.ok || noBrowser) return shipped;
  shipped.search = await measureSearch(outDir);
  shipped.pageWeight = await measurePageWeight(outDir, await routesOfContent({ root: ROOT, contentDir: join(ROOT, 'content') }));
  const site = await serveSite(outDir);
  try {
    shipped.lighthouse = await runLighthouse(site.url);
  } catch (error) {
    // Lighthouse is a figure for the report; a failed run must not lose the build figures.
    log(`Lighthouse skipped: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await site.close();
  }
  return shipped;
}

const ARCHIVE = join(ROOT, 'tests', 'fixtures', 'sites', 'search-archive');
const ARCHIVE_SHARD_SIZE = 2;

/**
 * The search-quality suite: the six-unit fixture archive built in one piece and in shards of two
 * dossiers, every query run on both through the search page in Chromium. Each build starts from
 * clean, as a first build of the archive would: with Astro's page cache of the other build, the
 * sharded build would render no page, and so index none of its shards while Astro renders.
 */
async function benchQuality(out: string, aside: SetAside): Promise<QualityReport> {
  const sites = { whole: join(out, 'quality', 'whole'), sharded: join(out, 'quality', 'sharded') };
  let shardCounts: IndexShards = { shards: 0, shardsAhead: 0, indexAhead: false };
  for (const [which, size] of [['whole', 0], ['sharded', ARCHIVE_SHARD_SIZE]] as const) {
    await aside.move(sites[which]);
    await aside.move(contentCacheDir(ROOT, ARCHIVE));
    const built = await buildSite({ root: ROOT, contentDir: ARCHIVE, outDir: sites[which], env: { HUAZHANG_SEARCH_SHARD_SIZE: String(size) }, logLevel: 'warn' });
    if (!built.ok) throw new Error(`the search-quality archive did not build: ${built.failure ?? 'content errors'}`);
    if (which === 'sharded') shardCounts = indexShards(built);
  }
  const whole = await runSuite(sites.whole);
  const sharded = await runSuite(sites.sharded);
  const { recall, precision } = suiteFigures(whole.scores);
  return {
    dossiers: 6,
    queries: whole.scores.length,
    recall,
    precision,
    shardSize: ARCHIVE_SHARD_SIZE,
    ...shardCounts,
    identicalFiles: sameIndex(sites.whole, sites.sharded),
    sameResults: whole.all.filter((urls, i) => JSON.stringify(urls) === JSON.stringify(sharded.all[i])).length,
    misses: whole.scores.filter((s) => s.recall < 1 || s.precision < 1 || !s.firstOk).map(describeMiss),
  };
}

async function main(): Promise<void> {
  let options: BenchOptions;
  try {
    options = parseBenchArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\nusage: ${USAGE}`);
    process.exitCode = 2;
    return;
  }
  if (options.peer === 'hugo' && !hugoVersion()) {
    // Checked before anything is built: a peer run without the peer would quote nothing.
    console.error(HUGO_INSTALL_HINT);
    process.exitCode = 2;
    return;
  }
  const out = resolve(ROOT, options.out);
  await mkdir(out, { recursive: true });
  const report: BenchReport = {
    startedAt: new Date().toISOString(),
    command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim().replace(/ --$/, ''),
    seed: options.seed,
    ...(options.searchShards === undefined ? {} : { searchShards: options.searchShards }),
    machine: machineInfo(ROOT),
    sizes: [],
    notes: [],
  };
  const save = async () => {
    await writeFile(join(out, 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);
    await writeFile(join(out, 'bench.md'), reportMarkdown(report));
  };
  // The shipped content is built first, as an editor's build of a small site runs: on ext4
  // without a journal, creating files stays slower for minutes after thousands were deleted, and
  // the benchmark's rebuild deletes the large site it replaces (see "Rebuilds that wait less on
  // the file system" in scripts/bench/README.md).
  if (options.shipped) {
    log('shipped content: building');
    report.shipped = await benchShipped(out, options.noBrowser);
    await save();
  }
  const aside = new SetAside();
  try {
    for (const dossiers of options.sizes) {
      report.sizes.push(await benchSize(options, out, dossiers, aside));
      // Written after every size, so a long run that is stopped still leaves its finished sizes.
      await save();
    }
    const largest = report.sizes.filter((r) => r.build.ok).at(-1);
    if (options.searchCopies && largest) {
      const copies = options.searchCopies;
      log(`search at ${largest.dossiers} dossiers × ${copies}: indexing the built pages and awards ${copies} times over`);
      const site = join(out, `search-${largest.dossiers}x${copies}`);
      const built = await buildScaledIndex(join(out, `corpus-${largest.dossiers}`, 'dist'), site, copies);
      report.scaled = { from: largest.dossiers, built, searchIndex: await folderSize(join(site, INDEX_DIR)) };
      log(`search at ${built.dossiers} dossiers: index built in ${(built.milliseconds / 1000).toFixed(1)} s, peak ${(built.peakRss / 1e9).toFixed(2)} GB`);
      await save();
      if (!options.noBrowser) {
        report.scaled.search = await measureSearch(site);
        log(`search at ${built.dossiers} dossiers: first query ${Math.round(report.scaled.search.first.transferBytes / 1000)} KB over the wire`);
      }
      await save();
    }
    if (!options.noBrowser) {
      log('search quality: building the six-unit archive whole and in shards, running the suite');
      report.quality = await benchQuality(out, aside);
      log(`search quality: recall@10 ${(report.quality.recall * 100).toFixed(1)} %, precision@10 ${(report.quality.precision * 100).toFixed(1)} %`);
      await save();
    }
  } finally {
    // Only once nothing more is measured: see scripts/bench/set-aside.ts.
    log('deleting what earlier runs left, moved aside before building');
    await aside.deleteAll();
  }
  log(`report: ${join(out, 'bench.md')}`);
  if (report.sizes.some((r) => !r.build.ok || (r.peer && !r.peer.ok)) || (report.shipped && !report.shipped.build.ok)) process.exitCode = 1;
}

if (import.meta.main) await main();
