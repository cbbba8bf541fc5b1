// Runs the content checker on a worker thread, so a build can check the content on one core while
// Astro loads and renders it on the other; nothing is published unless the check passes.
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { Diagnostic } from '../diagnostics/index.ts';
import { runChecks, type RunChecksOptions } from './index.ts';

/** The options a worker can receive: everything but rule functions, which cannot be sent. */
export type WorkerCheckOptions = Omit<RunChecksOptions, 'rules'>;

// Marks the worker this module starts, so importing it in any other worker thread does nothing.
const ROLE = 'huazhang:content-check';

type Reply = { diagnostics: Diagnostic[] } | { error: string };

/** {@link runChecks} on a worker thread; rejects when the checker cannot run at all. */
export function runChecksInWorker(options: WorkerCheckOptions): Promise<Diagnostic[]> {
  return new Promise((resolve, reject) => {
    // No inherited Node flags: `--input-type` or `--eval` of the parent would stop the worker.
    const worker = new Worker(new URL(import.meta.url), { workerData: { role: ROLE, options }, execArgv: [] });
    let settled = false;
    worker.once('message', (reply: Reply) => {
      settled = true;
      if ('error' in reply) reject(new Error(reply.error));
      else resolve(reply.diagnostics);
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`检查线程意外退出（退出码 ${code}）`));
    });
  });
}

if (!isMainThread && (workerData as { role?: string } | undefined)?.role === ROLE) {
  const { options } = workerData as { options: WorkerCheckOptions };
  try {
    parentPort!.postMessage({ diagnostics: await runChecks(options) } satisfies Reply);
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies Reply);
  }
}
