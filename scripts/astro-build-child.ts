// Runs Astro's build for scripts/build.ts in a process of its own, so that everything Astro holds
// (the content store, the bundled pages, every rendered body) is gone before the search index is
// merged and written: the peak memory of a build is the larger of the two, not their sum.
// Protocol: options as JSON in argv[2]; this process says `{ loaded: true }` once Astro's modules
// are loaded, and builds when the parent answers `{ start: true }` (once it has put in place the
// record of the published site's pages, which Astro keeps or restores from that site). It renders pages once the
// parent has also sent `{ render: true }`, which a build that checks a large archive first sends
// only when the check has passed (`src/integrations/render-gate.ts`); until then Astro loads the
// content. It renders the pages in index order and tells the parent how far it is
// ({@link RenderProgress}, `src/integrations/index-order.ts`), so that the parent can index shards
// of dossiers meanwhile. Then it sends one {@link AstroChildReply} and exits. The parent kills it
// when the content check rejects the content.
import type { BodyStoreReport } from '../src/lib/markdown/bodies-from-check.ts';
import type { RenderProgress } from '../src/lib/search/shards-ahead.ts';
import { deferOptimizingCompiler } from '../src/lib/optimizing-compiler.ts';

// Before Astro's modules are compiled: V8 keeps a module's compiled code only for the compiler
// settings it was compiled under, and the build's other processes compile theirs with the
// optimizing compiler held back too (optimizing-compiler.ts).
deferOptimizingCompiler();
const [{ build }, { buildTimings }, { holdRendering }, { renderOtherPagesLast, reportRenderProgress }, { bodyStoreReport, expectBodiesFromCheck }, { restorePagesFrom }] = await Promise.all([
  import('astro'),
  import('../src/integrations/build-timings.ts'),
  import('../src/integrations/render-gate.ts'),
  import('../src/integrations/index-order.ts'),
  import('../src/lib/markdown/bodies-from-check.ts'),
  import('./build/astro-page-record.ts'),
]);

/** What the parent passes. */
export interface AstroChildOptions {
  root: string;
  outDir: string;
  cacheDir: string;
  publicDir: string;
  /** The published site, which pages Astro would keep are restored from (build/astro-page-record.ts). */
  restoreFrom: string;
  logLevel: 'info' | 'warn' | 'error' | 'silent';
}

/** What this process reports: phase lengths in milliseconds (0 for a phase never reached). */
export interface AstroChildReply {
  ok: boolean;
  failure?: string;
  phases: { setup: number; content: number; render: number };
  /** What the body store held, when the build kept one. */
  bodies?: BodyStoreReport;
}

/** Everything this process sends. */
export type AstroChildMessage = { loaded: true } | RenderProgress | AstroChildReply;

/**
 * What the parent sends: `start`, then `render`. `bodiesFromCheck`, sent as soon as the parent
 * knows it, says that the content check renders the bodies it parses into the body store
 * (src/lib/checks/checked-bodies.ts) until `checked`, sent once the check has passed;
 * `shardsAhead`, that the parent indexes shards as dossiers are reported rendered.
 */
export type AstroParentMessage = { start: true } | { render: true } | { bodiesFromCheck: true } | { checked: true } | { shardsAhead: true };

const options = JSON.parse(process.argv[2] ?? '{}') as AstroChildOptions;
// A build whose script has gone (killed, its terminal closed) is not finished by itself.
process.once('disconnect', () => process.exit(1));
const start = Promise.withResolvers<void>();
const render = Promise.withResolvers<void>();
const checked = Promise.withResolvers<void>();
let renderAllowed: number | undefined;
process.on('message', (message: AstroParentMessage) => {
  if ('checked' in message) return checked.resolve();
  if ('bodiesFromCheck' in message) return expectBodiesFromCheck(checked.promise);
  if ('shardsAhead' in message) return renderOtherPagesLast(true);
  if ('start' in message) return start.resolve();
  renderAllowed = performance.now();
  render.resolve();
});
holdRendering(render.promise);
reportRenderProgress((message) => process.send!(message satisfies AstroChildMessage));
// Astro 7's page copies are replaced by the published site; an Astro without them as Astro 7 has
// them builds every page, since its own copies would not match the record the parent gives it.
const restoring = await restorePagesFrom(options.restoreFrom);
if (!restoring) console.warn('提示：所装 Astro 的增量构建与本项目所知的不同，本次构建重新生成全部页面（scripts/build/astro-page-record.ts）。');
process.send!({ loaded: true } satisfies AstroChildMessage);
await start.promise;
const started = performance.now();
let failure: string | undefined;
try {
  // The staging folder may be the spare site (scripts/build/spare-site.ts): its pages are left
  // for Astro to keep or write over, never emptied first.
  const vite = { build: { emptyOutDir: false } };
  const incremental = restoring ? {} : { experimental: { incrementalBuild: false } };
  await build({ root: options.root, outDir: options.outDir, cacheDir: options.cacheDir, publicDir: options.publicDir, logLevel: options.logLevel, vite, ...incremental });
} catch (error) {
  failure = error instanceof Error ? error.message : String(error);
}
const t = buildTimings();
const span = (from: number | undefined, to: number | undefined) => (from === undefined || to === undefined ? 0 : Math.round(to - from));
const bodies = bodyStoreReport();
const reply: AstroChildReply = {
  ok: failure === undefined,
  ...(failure !== undefined ? { failure } : {}),
  phases: { setup: span(started, t.configDone), content: span(t.configDone, t.buildStart), render: span(Math.max(t.buildStart ?? 0, renderAllowed ?? 0), t.generated) },
  ...(bodies.dossiers !== undefined ? { bodies: { ...bodies } } : {}),
};
process.send!(reply, () => process.exit(0));
