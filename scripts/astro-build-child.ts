// Runs Astro's build for scripts/build.ts in a process of its own, so that everything Astro holds
// (the content store, the bundled pages, every rendered body) is gone before Pagefind starts:
// the peak memory of a build is the larger of the two, not their sum.
// Protocol: options as JSON in argv[2]; the parent sends `{ rejected }` once the content check
// is done; this process answers with one {@link AstroChildReply} and exits.
import { build } from 'astro';
import { buildTimings } from '../src/integrations/build-timings.ts';
import { expectContentVerdict } from '../src/lib/checks/verdict.ts';

/** What the parent passes. */
export interface AstroChildOptions {
  root: string;
  outDir: string;
  cacheDir: string;
  publicDir: string;
  logLevel: 'info' | 'warn' | 'error' | 'silent';
}

/** What this process reports: phase lengths in milliseconds (0 for a phase never reached). */
export interface AstroChildReply {
  ok: boolean;
  failure?: string;
  phases: { setup: number; content: number; render: number };
}

const options = JSON.parse(process.argv[2] ?? '{}') as AstroChildOptions;
expectContentVerdict(new Promise<boolean>((resolve) => process.once('message', (message: { rejected: boolean }) => resolve(message.rejected))));
const started = performance.now();
let failure: string | undefined;
try {
  await build({ root: options.root, outDir: options.outDir, cacheDir: options.cacheDir, publicDir: options.publicDir, logLevel: options.logLevel });
} catch (error) {
  failure = error instanceof Error ? error.message : String(error);
}
const t = buildTimings();
const span = (from: number | undefined, to: number | undefined) => (from === undefined || to === undefined ? 0 : Math.round(to - from));
const reply: AstroChildReply = {
  ok: failure === undefined,
  ...(failure !== undefined ? { failure } : {}),
  phases: { setup: span(started, t.configDone), content: span(t.configDone, t.buildStart), render: span(t.buildStart, t.generated) },
};
process.send!(reply, () => process.exit(0));
