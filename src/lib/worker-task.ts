// One task on a worker thread or in a child process: the module that starts it and the module that
// runs it are the same file, told apart by a role in the worker's data or the child's environment.
import { fork } from 'node:child_process';
import { getCompileCacheDir } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort, workerData, type ResourceLimits } from 'node:worker_threads';

type Reply<T> = { result: T } | { error: string };

/** The environment variable that names the task a child process started by {@link runInProcess} runs. */
const ROLE_ENV = 'HUAZHANG_TASK_ROLE';

/** The code of the error a task rejects with when it outgrew the heap it was given. */
const OUT_OF_MEMORY = 'ERR_WORKER_OUT_OF_MEMORY';

/** How {@link runInWorker} starts a thread. */
export interface WorkerOptions {
  /** The thread's heap; a task that outgrows it rejects with the code `ERR_WORKER_OUT_OF_MEMORY`. */
  limits?: ResourceLimits;
  /** Memory of the input handed over to the thread instead of copied; it is gone from this one. */
  transfer?: ArrayBuffer[];
}

/**
 * Runs the task `role` of `module` on a new worker thread with `input`, and resolves with its
 * result; rejects with the task's own message when it fails, or when the thread dies (with the
 * code `ERR_WORKER_OUT_OF_MEMORY` when it outgrew `options.limits`).
 */
export function runInWorker<T>(module: URL, role: string, input: unknown, name: string, options: WorkerOptions = {}): Promise<T> {
  return new Promise((resolve, reject) => {
    // No inherited Node flags: `--input-type` or `--eval` of the parent would stop the worker.
    const worker = new Worker(module, {
      workerData: { role, input },
      execArgv: [],
      ...(options.limits ? { resourceLimits: options.limits } : {}),
      ...(options.transfer ? { transferList: options.transfer } : {}),
    });
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
 * {@link runInWorker} in a child process instead of a thread, resolved once the process has exited.
 * A thread's memory stays with this process for seconds after the thread ends (V8 keeps the freed
 * pages for reuse: about 1.7 GB for eight seconds after the check of 10,000 dossiers); a process
 * gives it back as it exits, so the next step of a build can have it at once. With `heapMb`, a
 * task that outgrows that heap rejects with the code `ERR_WORKER_OUT_OF_MEMORY`, as on a thread.
 * `env` is added to this process's environment for the child.
 */
export function runInProcess<T>(module: URL, role: string, input: unknown, name: string, heapMb?: number, env?: NodeJS.ProcessEnv): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(module), [], {
      // The compiled code this process keeps (scripts/build.ts turns that on) serves the child too.
      env: { ...process.env, ...env, ...compileCacheEnv(), [ROLE_ENV]: role },
      // No inherited Node flags, as for a thread; the heap's size is the only one given.
      execArgv: heapMb === undefined ? [] : [`--max-old-space-size=${Math.ceil(heapMb)}`],
      // Maps, sets and typed arrays arrive as they were sent, as between threads.
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
    });
    // Node stops counting the channel as work once a large message to the child has been written,
    // so this process could exit, its promise never settled, when the child had gone but the
    // channel's end had not been read yet: a 10,000-dossier build did (exit code 13). Held
    // explicitly, the channel keeps this process waiting until the child's end is read.
    child.channel?.ref();
    // V8's report of a heap that ran out is for developers; it is read here, not shown.
    let stderr = '';
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-4096)));
    let reply: Reply<T> | undefined;
    child.once('message', (message: Reply<T>) => (reply = message));
    child.once('error', reject);
    child.once('close', (code, signal) => {
      if (reply && 'result' in reply) return resolve(reply.result);
      if (reply) return reject(new Error(reply.error));
      if (/heap out of memory/i.test(stderr)) return reject(Object.assign(new Error(`${name}进程内存不足`), { code: OUT_OF_MEMORY }));
      reject(new Error(`${name}进程意外退出（${signal ?? `退出码 ${code}`}）`));
    });
    child.send({ input });
  });
}

/**
 * The buffers of those of `values` that are byte arrays over a whole buffer of their own: a thread
 * can hand them over instead of copying them, and nothing else loses memory it shares with them.
 */
export function ownBuffers(values: Iterable<unknown>): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const value of values) {
    if (value instanceof Uint8Array && value.buffer instanceof ArrayBuffer && value.byteOffset === 0 && value.byteLength === value.buffer.byteLength) buffers.add(value.buffer);
  }
  return [...buffers];
}

/**
 * The compile cache to name to a child: the folder this process was given, not the folder of
 * its Node version and flags inside it that Node reports, in which the child's Node would make a
 * second such folder and compile every module again into it.
 */
function compileCacheEnv(): Record<string, string> {
  const dir = getCompileCacheDir();
  return dir === undefined ? {} : { NODE_COMPILE_CACHE: dirname(dir) };
}

/**
 * In a worker that {@link runInWorker} started for `role`, or a child process that
 * {@link runInProcess} started for it, runs `task` on its input and sends back the outcome;
 * anywhere else (the main thread, other workers, other processes) does nothing.
 */
export async function answerTask<I, T>(role: string, task: (input: I) => Promise<T>): Promise<void> {
  const outcome = async (input: I): Promise<Reply<T>> => {
    try {
      return { result: await task(input) };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  };
  if (!isMainThread) {
    const data = workerData as { role?: string; input?: I } | undefined;
    if (data?.role !== role) return;
    const reply = await outcome(data.input as I);
    // A result of byte arrays is handed over: copying 40 MB of them (the index's shards of 1,000
    // dossiers from each of two threads, when threads indexed them) took 0.27 s of each thread.
    const result = 'result' in reply ? reply.result : undefined;
    parentPort!.postMessage(reply, ownBuffers(Array.isArray(result) ? result : [result]));
    return;
  }
  const send = process.send?.bind(process);
  if (send === undefined || process.env[ROLE_ENV] !== role) return;
  // A task whose parent has gone (killed, its terminal closed) is not finished by itself.
  const orphaned = () => process.exit(1);
  process.once('disconnect', orphaned);
  const { input } = await new Promise<{ input: I }>((resolve) => process.once('message', resolve));
  const reply = await outcome(input);
  process.off('disconnect', orphaned);
  send(reply, undefined, undefined, () => process.disconnect?.());
}
