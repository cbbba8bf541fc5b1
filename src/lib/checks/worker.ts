// Runs the content checker on a worker thread, so a build can check the content on one core while
// Astro loads and renders it on the other; nothing is published unless the check passes.
import type { Diagnostic } from '../diagnostics/index.ts';
import { answerInWorker, runInWorker } from '../worker-task.ts';
import type { RunChecksOptions } from './index.ts';

/** The options a worker can receive: everything but rule functions, which cannot be sent. */
export type WorkerCheckOptions = Omit<RunChecksOptions, 'rules'>;

const ROLE = 'huazhang:content-check';

/** {@link runChecks} on a worker thread; rejects when the checker cannot run at all. */
export function runChecksInWorker(options: WorkerCheckOptions): Promise<Diagnostic[]> {
  return runInWorker(new URL(import.meta.url), ROLE, options, '检查');
}

// The rules are loaded on the worker only: the thread that starts the check never runs them, and a
// build starts Astro sooner for not loading them first.
await answerInWorker(ROLE, async (options: WorkerCheckOptions) => (await import('./index.ts')).runChecks(options));
