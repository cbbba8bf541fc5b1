// Runs the content checker on a worker thread, so a build can check the content on one core while
// Astro loads and renders it on the other; nothing is published unless the check passes.
import type { Diagnostic } from '../diagnostics/index.ts';
import { answerInWorker, runInWorker } from '../worker-task.ts';
import { runChecks, type RunChecksOptions } from './index.ts';

/** The options a worker can receive: everything but rule functions, which cannot be sent. */
export type WorkerCheckOptions = Omit<RunChecksOptions, 'rules'>;

const ROLE = 'huazhang:content-check';

/** {@link runChecks} on a worker thread; rejects when the checker cannot run at all. */
export function runChecksInWorker(options: WorkerCheckOptions): Promise<Diagnostic[]> {
  return runInWorker(new URL(import.meta.url), ROLE, options, '检查');
}

await answerInWorker(ROLE, (options: WorkerCheckOptions) => runChecks(options));
