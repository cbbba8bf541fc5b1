import { describe, expect, it } from 'vitest';
import type { BenchReport, SizeResult } from '../../../scripts/bench/report.ts';
import { judgeTargets } from '../../../scripts/bench/targets.ts';

const memory = (treeBytes: number) => ({ treeBytes, processBytes: treeBytes, processName: 'node', samples: 5 });

function size(dossiers: number, wall: number, peakBytes: number, peerTotal?: number): SizeResult {
  const build = { ok: true, errors: 0, warnings: 0, check: 0, checkedFirst: false, setup: 0, content: 0, render: 0, index: 0, other: 0, total: wall, pages: 0, records: 0, shards: 0, shardsAhead: 0, indexAhead: false, wall, memory: memory(peakBytes) };
  const stage = { milliseconds: 0, memory: memory(1e9) };
  return {
    dossiers,
    corpus: { dossiers, files: 0, bytes: 0, cjk: 0, awards: 0, milliseconds: 0 },
    build,
    dist: { bytes: 0, files: 0, htmlFiles: 0 },
    searchIndex: { bytes: 0, files: 0, htmlFiles: 0 },
    ...(peerTotal === undefined
      ? {}
      : { peer: { ok: true, hugoVersion: '0.111.3', pagefindVersion: '1.6.0', prepare: 0, hugo: stage, pagefind: { ...stage, milliseconds: peerTotal }, total: peerTotal, peakBytes: 6e9, pages: 0, indexed: 0, fenced: 0, load: 1 } }),
  };
}

const report = (sizes: SizeResult[], extra: Partial<BenchReport> = {}): BenchReport => ({
  startedAt: '2026-12-02T00:00:00Z',
  command: 'npm run bench -- --peer hugo',
  seed: 1,
  machine: { cpu: 'x', cores: 2, memoryBytes: 1, os: 'Linux', node: '24', astro: '7' },
  sizes,
  notes: [],
  ...extra,
});

describe('judgeTargets', () => {
  it('judges relative targets against the peer of the same run, and absolute ones in seconds and bytes', () => {
    const results = judgeTargets(report([size(100, 9_000, 0.9e9, 10_000), size(1000, 31_000, 1.5e9, 50_000)]));
    expect(results.map((r) => [r.target, r.met])).toEqual([
      ['1,000 dossiers: total ≤ 0.6 × Hugo + Pagefind, same run', false],
      ['1,000 dossiers: peak ≤ 2 GB', true],
      ['100 dossiers: total ≤ Hugo + Pagefind, same run', true],
      ['10,000 dossiers: total ≤ 300 s, peak ≤ 4 GB', undefined],
      ['rebuild after one edit at 1,000 dossiers ≤ 10 s', undefined],
      ['the shipped site builds in ≤ 3 s', undefined],
    ]);
    expect(results[0]!.figures).toBe('31.0 s against 50.0 s: 0.62 ×');
  });

  it('says a relative target was not measured when the peer did not run, and fails a size over its time or memory', () => {
    const results = judgeTargets(report([size(100, 5_000, 1e9), size(10000, 290_000, 4.2e9, 900_000)]));
    expect(results[2]).toMatchObject({ met: undefined, figures: 'the peer was not run' });
    expect(results[3]).toMatchObject({ met: false, figures: '290.0 s, peak 4.20 GB; Hugo + Pagefind 900.0 s, peak 6.00 GB' });
  });

  it('judges the rebuild target on the first rebuild after the build from clean, and shows the second beside it', () => {
    const thousand = size(1000, 31_000, 1.5e9);
    const rebuilt = (wall: number) => ({ ...thousand.build, wall, edited: 'service/d00500-archives/01-article-1.md' });
    const results = judgeTargets(report([{ ...thousand, rebuild: rebuilt(10_400), laterRebuild: rebuilt(8_900) }]));
    expect(results[4]).toEqual({ target: 'rebuild after one edit at 1,000 dossiers ≤ 10 s', met: false, figures: '10.4 s; the second rebuild 8.9 s' });
  });

  it('judges a short build repeated in rounds on the round with the median ratio, and lists every ratio', () => {
    const hundred = size(100, 4_300, 0.7e9, 4_100);
    const rounds = [
      { build: 4_300, peer: 4_100, peerFirst: false },
      { build: 3_800, peer: 4_000, peerFirst: true },
      { build: 3_900, peer: 4_200, peerFirst: false },
    ];
    const results = judgeTargets(report([{ ...hundred, rounds }]));
    expect(results[2]).toEqual({ target: '100 dossiers: total ≤ Hugo + Pagefind, same run', met: true, figures: '3.8 s against 4.0 s: 0.95 × (median of 3 rounds: 1.05, 0.95, 0.93 ×)' });
    // One round only is the build and the peer as they are.
    expect(judgeTargets(report([{ ...hundred, rounds: rounds.slice(0, 1) }]))[2]).toMatchObject({ met: false, figures: '4.3 s against 4.1 s: 1.05 ×' });
  });
});
