import { describe, expect, it } from 'vitest';
import { reportMarkdown, type BenchReport } from '../../../scripts/bench/report.ts';
import type { PeerBuild } from '../../../scripts/bench/hugo/run.ts';
import type { MeasuredBuild } from '../../../scripts/bench/run-build.ts';

const build: MeasuredBuild = {
  ok: true,
  errors: 0,
  warnings: 2,
  check: 300,
  checkedFirst: false,
  setup: 200,
  content: 900,
  render: 600,
  index: 400,
  other: 10,
  total: 2410,
  pages: 103,
  records: 149,
  shards: 0,
  shardsAhead: 0,
  indexAhead: false,
  wall: 3100,
  memory: { treeBytes: 722_300_000, processBytes: 647_000_000, processName: 'MainThread', samples: 31 },
};

const report: BenchReport = {
  startedAt: '2026-11-27T06:00:00.000Z',
  command: 'npm run bench -- --dossiers 10',
  seed: 20261127,
  searchShards: 0,
  machine: { cpu: 'Test CPU', cores: 2, memoryBytes: 25_280_000_000, os: 'Linux 6', node: '24.21.0', astro: '7.3.5' },
  sizes: [
    {
      dossiers: 10,
      corpus: { dossiers: 10, files: 141, bytes: 479_576, cjk: 139_105, awards: 149, milliseconds: 31 },
      build,
      dist: { bytes: 2_900_000, files: 338, htmlFiles: 104 },
      searchIndex: { bytes: 1_100_000, files: 229, htmlFiles: 0 },
      search: {
        first: { query: '市级文明单位', results: 12, totalBytes: 407_000, searchBytes: 380_000, transferBytes: 228_000, files: 20, firstResultsMs: 532 },
        loaded: { queries: [{ query: '法治', firstMs: 51, repeatMs: 9, results: 40 }, { query: '信息', firstMs: 20, repeatMs: 8, results: 30 }, { query: '调研', firstMs: 30, repeatMs: 12, results: 20 }] },
      },
    },
  ],
  notes: [],
};

const memory = (treeBytes: number) => ({ treeBytes, processBytes: treeBytes, processName: 'hugo', samples: 10 });
const peer: PeerBuild & { load: number } = {
  ok: true,
  hugoVersion: '0.111.3',
  pagefindVersion: '1.6.0',
  prepare: 100,
  hugo: { milliseconds: 1400, memory: memory(90_000_000) },
  pagefind: { milliseconds: 3700, memory: memory(310_000_000) },
  total: 5100,
  peakBytes: 310_000_000,
  pages: 104,
  indexed: 50,
  fenced: 30,
  load: 3.25,
};

describe('reportMarkdown', () => {
  it('puts the peer beside the build, with both totals, both peaks, the load and the ratios', () => {
    const markdown = reportMarkdown({ ...report, sizes: [{ ...report.sizes[0]!, load: 2.5, peer }] });
    expect(markdown).toContain('## Side by side with Hugo 0.111.3 + Pagefind 1.6.0');
    expect(markdown).toContain('| 10 | 3.1 s | 722.3 MB | 104 | 2.5 | 0.1 s | 1.4 s | 90.0 MB | 104 | 3.7 s | 310.0 MB | 50 | **5.1 s** | 310.0 MB | 3.3 | **0.61 ×** | 2.33 × |');
  });

  it('lists the rounds of a short build beside the peer, with the median ratio', () => {
    const rounds = [
      { build: 3100, peer: 5100, peerFirst: false },
      { build: 3300, peer: 5000, peerFirst: true },
      { build: 3000, peer: 5300, peerFirst: false },
    ];
    const markdown = reportMarkdown({ ...report, sizes: [{ ...report.sizes[0]!, peer, rounds }] });
    expect(markdown).toContain(
      '10 dossiers in 3 rounds, one build by each per round, in turns: 3.1 s against 5.1 s: 0.61 ×; 3.3 s against 5.0 s (the peer first): 0.66 ×; 3.0 s against 5.3 s: 0.57 ×. Median ratio **0.61 ×**.',
    );
    expect(reportMarkdown({ ...report, sizes: [{ ...report.sizes[0]!, peer }] })).not.toContain('rounds');
  });

  it('prints the machine, the phases and the search figures of each size', () => {
    const markdown = reportMarkdown(report);
    expect(markdown).toContain('Machine: Test CPU, 2 cores, 25.28 GB RAM, Linux 6; Node 24.21.0, Astro 7.3.5.');
    expect(markdown).toContain('| 10 | 141 | 149 | 103 | 0.3 s | 0.2 s | 0.9 s | 0.6 s | 0.4 s | **3.1 s** | 722.3 MB | 647.0 MB (MainThread) |');
    expect(markdown).toContain('| 10 | 0.5 MB | 2.9 MB (338 files) | 1.1 MB (229 files) | 407 KB | 228 KB | 532 ms | 51 ms / 9 ms | 0 ms |');
    expect(markdown).not.toContain('## Rebuild');
  });

  it('says when the build rendered a large archive only after the check instead of alongside', () => {
    const first = { ...report, sizes: [{ ...report.sizes[0]!, build: { ...build, checkedFirst: true } }] };
    expect(reportMarkdown(first)).toContain('| 10 | 141 | 149 | 103 | 0.3 s (before rendering) | 0.2 s |');
  });

  it('says how many shards of the search index were indexed while Astro rendered, and whether the whole index was written then', () => {
    const ahead = { ...report, sizes: [{ ...report.sizes[0]!, build: { ...build, shards: 16, shardsAhead: 11 } }] };
    expect(reportMarkdown(ahead)).toContain('| 0.6 s | 0.4 s (11 of 16 shards while Astro rendered) | **3.1 s** |');
    const whole = { ...report, sizes: [{ ...report.sizes[0]!, build: { ...build, shards: 16, shardsAhead: 16, indexAhead: true } }] };
    expect(reportMarkdown(whole)).toContain('| 0.6 s | 0.4 s (16 of 16 shards and the whole index while Astro rendered) | **3.1 s** |');
  });

  it('says how the search-quality archive was built in shards, and whether the answers agree', () => {
    const quality = { dossiers: 6, queries: 73, recall: 1, precision: 1, shardSize: 2, shards: 3, shardsAhead: 3, indexAhead: true, identicalFiles: true, sameResults: 73, misses: [] };
    expect(reportMarkdown({ ...report, quality })).toContain(
      '73 queries on 6 fixture dossiers: recall@10 100.0 %, precision@10 100.0 %; built in shards of 2 dossier(s) (3 of 3 and the whole index indexed while Astro rendered), the index files are identical and 73/73 queries return the same results.',
    );
  });

  it('reports a failed build with its reason instead of phases', () => {
    const failed = { ...report, sizes: [{ ...report.sizes[0]!, build: { ...build, ok: false, failure: 'the search index ran out of memory' } }] };
    expect(reportMarkdown(failed)).toContain('| 10 | 141 | 149 | failed: the search index ran out of memory |');
  });
});
