import type { CorpusSummary } from './corpus.ts';
import type { SearchMeasurement } from './first-query.ts';
import type { PeerBuild } from './hugo/run.ts';
import type { QualityReport } from './search-quality.ts';
import type { MeasuredBuild } from './run-build.ts';
import type { FolderSize } from './sizes.ts';
import type { LighthouseScores, TemplateWeight } from './page-weight.ts';
import { targetsMarkdown } from './targets.ts';
import type { ScaledIndex } from './search-scale.ts';
import { DEFAULT_DOSSIERS_PER_SHARD, DEFAULT_MAX_SHARDS } from '../../src/lib/search/shard-size.ts';
import { median } from './median.ts';
import { medianRound, type PairedRound } from './paired-rounds.ts';

/** The machine a benchmark ran on. */
export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryBytes: number;
  os: string;
  node: string;
  astro: string;
}

/** Everything measured for one corpus size. */
export interface SizeResult {
  dossiers: number;
  corpus: CorpusSummary;
  /** The machine's load average over the last minute when the build started (`uptime`'s first figure). */
  load?: number;
  build: MeasuredBuild;
  dist: FolderSize;
  searchIndex: FolderSize;
  search?: SearchMeasurement;
  /** The build after editing one article, with the previous build's output and content cache in place. */
  rebuild?: MeasuredBuild & { edited: string };
  /** The build after editing the same article again: the first build whose folder is the site replaced before (the spare). */
  laterRebuild?: MeasuredBuild & { edited: string };
  /** The same corpus built by the peer right after, with the load when it started. */
  peer?: PeerBuild & { load: number };
  /** Every round of a short build beside the peer, the first (`build` and `peer`) included (paired-rounds.ts). */
  rounds?: PairedRound[];
}

/** The whole benchmark report, as written to `bench.json`. */
export interface BenchReport {
  startedAt: string;
  command: string;
  seed: number;
  /** Dossiers per search index shard; 0 for one index. */
  /** `--search-shards`, when given. */
  searchShards?: number;
  machine: MachineInfo;
  sizes: SizeResult[];
  /** The shipped content's site, measured the same way, plus page weight when that tool exists. */
  shipped?: { build: MeasuredBuild; dist: FolderSize; search?: SearchMeasurement; pageWeight?: TemplateWeight[]; lighthouse?: LighthouseScores };
  /** The search-quality suite on its fixture archive, built in one piece and in shards. */
  quality?: QualityReport;
  /** The largest built site's search index taken `--search-copies` times over, and search on it. */
  scaled?: { from: number; built: ScaledIndex; searchIndex: FolderSize; search?: SearchMeasurement };
  notes: string[];
}

/** The side-by-side table of the project's build and the peer's, for the sizes the peer built. */
function peerMarkdown(report: BenchReport): string[] {
  const sizes = report.sizes.filter((r) => r.peer);
  if (sizes.length === 0) return [];
  const p = sizes[0]!.peer!;
  const lines = [
    '',
    `## Side by side with Hugo ${p.hugoVersion} + Pagefind ${p.pagefindVersion}`,
    '',
    'Both build the same corpus from clean, one right after the other. Hugo + Pagefind = `hugo` + `pagefind --site`; its peak is the larger of the two programs\' (they run one after the other). Before Hugo starts, the benchmark hands it the content folder (hard links; files without front matter get an empty block, which Hugo requires): that is timed as “prepared” and not counted, since a Hugo site\'s own content needs no such step. Load = the one-minute load average when each build started.',
    '',
    '| dossiers | Huazhang: total | peak | pages | load | Hugo: content prepared (not counted) | hugo | peak | pages | Pagefind | peak | pages indexed | Hugo + Pagefind: total | peak | load | **total ratio** | peak ratio |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of sizes) {
    const b = r.build;
    const peer = r.peer!;
    const load = (value: number | undefined) => (value === undefined ? '–' : value.toFixed(1));
    const ratio = (ours: number, theirs: number) => (b.ok && peer.ok && theirs > 0 ? `${(ours / theirs).toFixed(2)} ×` : '–');
    lines.push(
      `| ${n(r.dossiers)} | ${b.ok ? s(b.wall) : 'failed'} | ${mb(b.memory.treeBytes)} | ${n(r.dist.htmlFiles)} | ${load(r.load)} | ${s(peer.prepare)} | ${s(peer.hugo.milliseconds)} | ${mb(peer.hugo.memory.treeBytes)} | ${n(peer.pages)} | ${s(peer.pagefind.milliseconds)} | ${mb(peer.pagefind.memory.treeBytes)} | ${n(peer.indexed)} | ${peer.ok ? `**${s(peer.total)}**` : `failed: ${peer.failure ?? ''}`} | ${mb(peer.peakBytes)} | ${load(peer.load)} | **${ratio(b.wall, peer.total)}** | ${ratio(b.memory.treeBytes, peer.peakBytes)} |`,
    );
  }
  for (const r of sizes) {
    const paired = medianRound(r.rounds);
    if (!paired) continue;
    const each = r.rounds!.map((round, i) => `${s(round.build)} against ${s(round.peer)}${round.peerFirst ? ' (the peer first)' : ''}: ${paired.ratios[i]!.toFixed(2)} ×`);
    lines.push('', `${n(r.dossiers)} dossiers in ${paired.ratios.length} rounds, one build by each per round, in turns: ${each.join('; ')}. Median ratio **${(paired.round.build / paired.round.peer).toFixed(2)} ×**.`);
  }
  return lines;
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
/** The check's time, and whether the build rendered pages only after it instead of alongside. */
const checkCell = (b: { check: number; checkedFirst?: boolean }) => `${s(b.check)}${b.checkedFirst ? ' (before rendering)' : ''}`;
const aheadNote = (b: { shards: number; shardsAhead: number; indexAhead: boolean }) =>
  b.shardsAhead ? ` (${b.shardsAhead} of ${b.shards} shards${b.indexAhead ? ' and the whole index' : ''} while Astro rendered)` : '';
// A build from clean: what the check did not render, Astro's process did.
const bodiesNote = (b: { bodies?: { dossiers: number; leftByCheck: number } }) =>
  b.bodies ? ` (bodies of ${n(b.bodies.dossiers - b.bodies.leftByCheck)} of ${n(b.bodies.dossiers)} dossiers by the check)` : '';
const mb = (bytes: number) => (bytes >= 1e9 ? `${(bytes / 1e9).toFixed(2)} GB` : `${(bytes / 1e6).toFixed(1)} MB`);
const kb = (bytes: number) => `${Math.round(bytes / 1000)} KB`;
const n = (value: number) => value.toLocaleString('en-US');

/** The slowest first run of a query once the index was loaded (index files fetched included), awards-only or not. */
function slowestLoadedSearch(search: SearchMeasurement, awardsOnly = false): number {
  return Math.max(0, ...search.loaded.queries.filter((q) => (q.filter !== undefined) === awardsOnly).map((q) => q.firstMs));
}

/** The median repeat search time once the index was loaded. */
function medianRepeatSearch(search: SearchMeasurement): number {
  return median(search.loaded.queries.map((q) => q.repeatMs));
}

/** The report as Markdown: the machine, one table of phases and one of sizes and search. */
export function reportMarkdown(report: BenchReport): string {
  const m = report.machine;
  const lines = [
    `# Benchmark ${report.startedAt}`,
    '',
    `\`${report.command}\` · seed ${report.seed} · search index built ${report.searchShards === undefined ? `in shards by the default policy (${DEFAULT_DOSSIERS_PER_SHARD} dossiers each, at most ${DEFAULT_MAX_SHARDS} shards)` : report.searchShards ? `in shards of ${report.searchShards} dossiers for sites with more than that` : 'in one piece'}`,
    '',
    `Machine: ${m.cpu}, ${m.cores} cores, ${mb(m.memoryBytes)} RAM, ${m.os}; Node ${m.node}, Astro ${m.astro}.`,
    '',
    '## Build from clean',
    '',
    '| dossiers | files | awards | indexed pages | content check | Astro start-up | content load | page rendering | search index | total | peak RSS (tree) | largest process |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of report.sizes) {
    const b = r.build;
    if (!b.ok) {
      lines.push(`| ${n(r.dossiers)} | ${n(r.corpus.files)} | ${n(r.corpus.awards)} | failed: ${b.failure ?? `${b.errors} content errors`} | | | | | | ${s(b.wall)} | ${mb(b.memory.treeBytes)} | |`);
      continue;
    }
    lines.push(
      `| ${n(r.dossiers)} | ${n(r.corpus.files)} | ${n(r.corpus.awards)} | ${n(b.pages)} | ${checkCell(b)} | ${s(b.setup)} | ${s(b.content)} | ${s(b.render)}${bodiesNote(b)} | ${s(b.index)}${aheadNote(b)} | **${s(b.wall)}** | ${mb(b.memory.treeBytes)} | ${mb(b.memory.processBytes)} (${b.memory.processName}) |`,
    );
  }
  lines.push('', '## Output and search', '', '| dossiers | corpus | dist | search index | first query: served | first query: over the wire | first results | search once loaded (slowest first run / median repeat) | awards only (slowest) |', '|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of report.sizes) {
    const q = r.search;
    lines.push(
      `| ${n(r.dossiers)} | ${mb(r.corpus.bytes)} | ${mb(r.dist.bytes)} (${n(r.dist.files)} files) | ${mb(r.searchIndex.bytes)} (${n(r.searchIndex.files)} files) | ${q ? kb(q.first.totalBytes) : '–'} | ${q ? kb(q.first.transferBytes) : '–'} | ${q ? `${q.first.firstResultsMs} ms` : '–'} | ${q ? `${slowestLoadedSearch(q)} ms / ${medianRepeatSearch(q)} ms` : '–'} | ${q ? `${slowestLoadedSearch(q, true)} ms` : '–'} |`,
    );
  }
  const timed = report.sizes.filter((r) => r.search);
  if (timed.length > 0) {
    lines.push('', '## Searches once loaded (first run / repeat, first ten results on screen)', '', `| query | ${timed.map((r) => `${n(r.dossiers)} dossiers`).join(' | ')} |`, `|---|${timed.map(() => '---:').join('|')}|`);
    for (const [i, q] of timed[0]!.search!.loaded.queries.entries()) {
      const cells = timed.map((r) => {
        const x = r.search!.loaded.queries[i]!;
        return `${x.firstMs} / ${x.repeatMs} ms (${n(x.results)})`;
      });
      lines.push(`| ${q.query}${q.filter ? ` (${q.filter})` : ''} | ${cells.join(' | ')} |`);
    }
  }
  if (report.scaled) {
    const { from, built, searchIndex, search } = report.scaled;
    lines.push(
      '',
      `## Search at ${n(built.dossiers)} dossiers (the ${n(from)}-dossier site's pages and awards × ${built.copies})`,
      '',
      `The index alone was built from ${n(built.pages)} pages and ${n(built.awards)} awards: ${s(built.milliseconds)}, peak RSS ${mb(built.peakRss)}, ${mb(searchIndex.bytes)} in ${n(searchIndex.files)} files (${n(built.index.entries)} entries, ${n(built.index.docs)} documents, ${n(built.index.keys)} keys). The site's pages were not rendered again: its search page was served with this index.`,
    );
    if (search) {
      lines.push('', `First query ${kb(search.first.totalBytes)} served, ${kb(search.first.transferBytes)} over the wire, first results after ${search.first.firstResultsMs} ms.`, '', '| query | first run / repeat (results) |', '|---|---:|');
      for (const q of search.loaded.queries) lines.push(`| ${q.query}${q.filter ? ` (${q.filter})` : ''} | ${q.firstMs} / ${q.repeatMs} ms (${n(q.results)}) |`);
    }
  }
  if (report.quality) {
    const qr = report.quality;
    lines.push('', '## Search quality', '', `${qr.queries} queries on ${qr.dossiers} fixture dossiers: recall@10 ${(qr.recall * 100).toFixed(1)} %, precision@10 ${(qr.precision * 100).toFixed(1)} %; built in shards of ${qr.shardSize} dossier(s) (${qr.shardsAhead} of ${qr.shards}${qr.indexAhead ? ' and the whole index' : ''} indexed while Astro rendered), ${qr.identicalFiles ? 'the index files are identical' : 'the index files differ'} and ${qr.sameResults}/${qr.queries} queries return the same results.`);
    if (qr.misses.length > 0) lines.push('', ...qr.misses.map((m) => `- ${m}`));
  }
  lines.push(...peerMarkdown(report));
  const rebuilds = report.sizes.filter((r) => r.rebuild);
  if (rebuilds.length > 0) {
    lines.push('', '## Rebuild after editing one article', '', 'The first rebuild follows the build from clean; the second edits the article again and starts from the site the first replaced.', '', '| dossiers | rebuild | edited | content check | content load | page rendering | search index | total | peak RSS |', '|---:|---|---|---:|---:|---:|---:|---:|---:|');
    for (const r of rebuilds) {
      for (const [which, b] of [['first', r.rebuild], ['second', r.laterRebuild]] as const) {
        if (b) lines.push(`| ${n(r.dossiers)} | ${which} | \`${b.edited}\` | ${checkCell(b)} | ${s(b.content)} | ${s(b.render)} | ${s(b.index)} | **${s(b.wall)}** | ${mb(b.memory.treeBytes)} |`);
      }
    }
  }
  if (report.shipped) {
    const sh = report.shipped;
    lines.push('', '## Shipped content', '', `Build ${s(sh.build.wall)}, ${n(sh.build.pages)} pages, dist ${mb(sh.dist.bytes)}, peak RSS ${mb(sh.build.memory.treeBytes)}${sh.search ? `, first query ${kb(sh.search.first.transferBytes)} over the wire` : ''}.`);
    const scores = Object.entries(sh.lighthouse ?? {}).filter(([, v]) => typeof v === 'number');
    if (scores.length > 0) lines.push('', `Lighthouse on the home page: ${scores.map(([k, v]) => `${k} ${String(v)}`).join(', ')}.`);
  }
  lines.push('', '## Targets', '', ...targetsMarkdown(report));
  if (report.notes.length > 0) lines.push('', '## Notes', '', ...report.notes.map((note) => `- ${note}`));
  lines.push('', 'Peak RSS is the largest sum of resident memory over the build process and its children sampled from `/proc` every 100 ms. Phases: content check = the project\'s own checker, in a process of its own while Astro loads the content, so it is not added to the total (marked "before rendering" for an archive large enough for the build to render pages only once the check has passed; Astro\'s start-up and content load still run beside it); content load = Astro\'s content sync (reading and validating the front matter of every Markdown file); page rendering = bundling the pages, rendering the Markdown bodies the check has not rendered and writing the pages (the check renders the bodies it parses, from its own trees, when it runs beside Astro and checks most files anew: the dossiers whose bodies it rendered are counted in brackets); search index = reading the built pages and writing the search index, once Astro is done (shards of the index indexed while Astro rendered are counted in brackets, and read back from the shard cache then). "Over the wire" gzips text files (HTML, CSS, JS, JSON) and counts the index\'s binary files as they are.', '');
  return lines.join('\n');
}
