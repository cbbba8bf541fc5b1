import type { BenchReport, SizeResult } from './report.ts';
import { medianRound } from './paired-rounds.ts';

/** One build target and how a run did against it. */
export interface TargetResult {
  target: string;
  /** `undefined`: the run did not measure it (size not built, peer not run). */
  met: boolean | undefined;
  /** The figures the verdict rests on. */
  figures: string;
}

const GB = 1e9;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const gb = (bytes: number) => `${(bytes / GB).toFixed(2)} GB`;

function size(report: BenchReport, dossiers: number): SizeResult | undefined {
  return report.sizes.find((r) => r.dossiers === dossiers && r.build.ok);
}

function againstPeer(report: BenchReport, dossiers: number, factor: number): TargetResult {
  const target = `${dossiers.toLocaleString('en-US')} dossiers: total ≤ ${factor === 1 ? '' : `${factor} × `}Hugo + Pagefind, same run`;
  const r = size(report, dossiers);
  if (!r?.peer?.ok) return { target, met: undefined, figures: r ? 'the peer was not run' : 'not built in this run' };
  // A short build is judged on the round with the median ratio (paired-rounds.ts).
  const paired = medianRound(r.rounds);
  const { build, peer } = paired?.round ?? { build: r.build.wall, peer: r.peer.total };
  const ratio = build / peer;
  const rounds = paired ? ` (median of ${paired.ratios.length} rounds: ${paired.ratios.map((x) => x.toFixed(2)).join(', ')} ×)` : '';
  return { target, met: ratio <= factor, figures: `${s(build)} against ${s(peer)}: ${ratio.toFixed(2)} ×${rounds}` };
}

function peak(report: BenchReport, dossiers: number, limitBytes: number, seconds?: number): TargetResult {
  const target = `${dossiers.toLocaleString('en-US')} dossiers: ${seconds ? `total ≤ ${seconds} s, ` : ''}peak ≤ ${limitBytes / GB} GB`;
  const r = size(report, dossiers);
  if (!r) return { target, met: undefined, figures: 'not built in this run' };
  const fast = seconds === undefined || r.build.wall <= seconds * 1000;
  const peer = r.peer?.ok ? `; Hugo + Pagefind ${s(r.peer.total)}, peak ${gb(r.peer.peakBytes)}` : '';
  return { target, met: fast && r.build.memory.treeBytes <= limitBytes, figures: `${s(r.build.wall)}, peak ${gb(r.build.memory.treeBytes)}${peer}` };
}

/** Judged on the first rebuild after the build from clean; the second, from the spare, is shown beside it. */
function rebuild(report: BenchReport, dossiers: number, seconds: number): TargetResult {
  const target = `rebuild after one edit at ${dossiers.toLocaleString('en-US')} dossiers ≤ ${seconds} s`;
  const r = size(report, dossiers)?.rebuild;
  if (!r) return { target, met: undefined, figures: 'not measured in this run' };
  const later = size(report, dossiers)?.laterRebuild;
  const second = later?.ok ? `; the second rebuild ${s(later.wall)}` : later ? `; the second rebuild failed: ${later.failure ?? 'content errors'}` : '';
  return { target, met: r.ok && r.wall <= seconds * 1000, figures: r.ok ? `${s(r.wall)}${second}` : `failed: ${r.failure ?? 'content errors'}` };
}

/**
 * The build's speed and memory targets, judged on one run's figures: against the peer built in
 * the same run where the target is relative, in seconds and bytes where it is absolute.
 */
export function judgeTargets(report: BenchReport): TargetResult[] {
  const shipped = report.shipped;
  return [
    againstPeer(report, 1000, 0.6),
    peak(report, 1000, 2 * GB),
    againstPeer(report, 100, 1),
    peak(report, 10000, 4 * GB, 300),
    rebuild(report, 1000, 10),
    {
      target: 'the shipped site builds in ≤ 3 s',
      met: shipped ? shipped.build.ok && shipped.build.wall <= 3000 : undefined,
      figures: shipped ? s(shipped.build.wall) : 'not built in this run',
    },
  ];
}

/** The targets as a Markdown table. */
export function targetsMarkdown(report: BenchReport): string[] {
  const verdict = (met: boolean | undefined) => (met === undefined ? 'not measured' : met ? '**met**' : '**not met**');
  return ['| target | result | figures |', '|---|---|---|', ...judgeTargets(report).map((t) => `| ${t.target} | ${verdict(t.met)} | ${t.figures} |`)];
}
