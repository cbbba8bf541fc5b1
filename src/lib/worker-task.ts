// One task on a worker thread: the module that starts it and the module that runs it are the
// same file, told apart by a role in the worker's data.
import { Worker, isMainThread, parentPort, workerData, type ResourceLimits } from 'node:worker_threads';

type Reply<T> = { result: T } | { error: string };

/**
 * Runs the task `role` of `module` on a new worker thread with `input`, and resolves with its
 * result; rejects with the task's own message when it fails, or when the thread dies (with the
 * code `ERR_WORKER_OUT_OF_MEMORY` when it outgrew `limits`).
 */
export function runInWorker<T>(module: URL, role: string, input: unknown, name: string, limits?: ResourceLimits): Promise<T> {
  return new Promise((resolve, reject) => {
    // No inherited Node flags: `--input-type` or `--eval` of the parent would stop the worker.
    const worker = new Worker(module, { workerData: { role, input }, execArgv: [], ...(limits ? { resourceLimits: limits } : {}) });
    let settled = false;
    worker.once('message', (reply: Reply<T>) => {
      settled = true;
      if ('error' in reply) reject(new Error(reply.error));
      else resolve(reply.result);
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`${name}线程意外退出（退出码 ${code}）`));
    });
  });
}

/**
 * In a worker that {@link runInWorker} started for `role`, runs `task` on its input and posts the
 * outcome; anywhere else (the main thread, other workers) does nothing.
 */
export async function answerInWorker<I, T>(role: string, task: (input: I) => Promise<T>): Promise<void> {
  const data = workerData as { role?: string; input?: I } | undefined;
  if (isMainThread || data?.role !== role) return;
  try {
    parentPort!.postMessage({ result: await task(data.input as I) } satisfies Reply<T>);
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies Reply<T>);
  }
}
