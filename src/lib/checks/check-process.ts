// Runs the content checker in a process of its own, so a build can check the content on one core
// while Astro loads and renders it on the other; nothing is published unless the check passes.
import { statSync } from 'node:fs';
import path from 'node:path';
import { CONTENT_DIR } from '../constants.ts';
import { isSourceFile } from '../content-files.ts';
import type { Diagnostic } from '../diagnostics/index.ts';
import { answerTask, runInProcess } from '../worker-task.ts';
import { releaseOptimizingCompiler } from '../optimizing-compiler.ts';
import type { RunChecksOptions } from './index.ts';
import { listCheckedFiles } from './content-listing.ts';

/** The options the check's process can receive: everything but rule functions, which cannot be sent. */
export type SentCheckOptions = Omit<RunChecksOptions, 'rules'>;

const ROLE = 'huazhang:content-check';

/** What the check's process is sent: its options, and the text it will read, which sets how its code is compiled. */
interface CheckTask {
  options: SentCheckOptions;
  textBytes: number;
}

/**
 * Megabytes of heap the check is given: at least a floor, and more for each megabyte of Markdown
 * and YAML, which it holds as strings and parsed front matter (Markdown trees only a batch of
 * files at a time). At 10,000 dossiers (480 MB) the check ran in a 1,500 MB heap; without a limit
 * V8 let it grow to 2.7 GB beside Astro's process, since garbage is collected late while there is
 * room. At 1,000 dossiers a 504 MB heap made the check about 8 % slower, a 1,024 MB one not
 * measurably.
 */
const HEAP_FLOOR_MB = 1024;
const HEAP_PER_TEXT_MB = 3.5;

/**
 * Megabytes of Markdown and YAML up to which the check's process keeps V8's optimizing compiler
 * held back (optimizing-compiler.ts; its entry holds it back); above, the compiler is let in as
 * soon as the size is known. By its size, not by a timer: the check rarely gives its event loop a
 * turn, so the timer that lets the compiler in would fire only at the end of a long check.
 * At 100 dossiers (4.6 MB) a build with the check's compiler held back took about 0.3 s less
 * processor time than one where only the other processes held it back; at 1,000 (46 MB) the check
 * alone took 6.4 s with the compiler and 7.0 s without it, at 10,000 (458 MB) 54 s and 64 s.
 */
const SHORT_CHECK_TEXT_MB = 16;

/** The content folder as the check will read it, listed once: its files and what they weigh. */
export interface CheckPlan {
  /** Every file under the content folder (`listCheckedFiles`). */
  files: string[];
  /** Bytes of its Markdown and YAML: what the check holds as text, and what its memory grows with. */
  textBytes: number;
}

/**
 * Lists the content folder for {@link runChecksInProcess}, so a caller can weigh the check before
 * it runs. Every file is listed and sized at once, on this thread: at 1,000 dossiers, 0.1–0.15 s
 * against 0.33–0.62 s with promises, which wait on one folder and a few files at a time.
 */
export function planCheck(contentDir: string): CheckPlan {
  const files = listCheckedFiles(contentDir);
  return { files, textBytes: textBytes(files) };
}

/**
 * {@link runChecks} in a child process, in a heap sized by the content folder's text; a check that
 * outgrows it is run again without a limit, so a limit too tight costs time, never the check.
 * Resolves once the process has exited, its memory given back: a large archive's pages are
 * rendered right after the check. The folder is listed once (`plan`, or here), and the process
 * reads the files listed; `env` is added to the process's environment. Rejects when the checker
 * cannot run at all.
 */
export async function runChecksInProcess(options: SentCheckOptions, plan?: CheckPlan, heapMb?: number, env?: NodeJS.ProcessEnv): Promise<Diagnostic[]> {
  const module = new URL('./check-process-start.ts', import.meta.url);
  const { files, textBytes } = plan ?? planCheck(path.resolve(options.root, options.contentDir ?? CONTENT_DIR));
  const limit = heapMb ?? Math.max(HEAP_FLOOR_MB, (HEAP_PER_TEXT_MB * textBytes) / 2 ** 20);
  const input: CheckTask = { options: { ...options, files }, textBytes };
  try {
    return await runInProcess<Diagnostic[]>(module, ROLE, input, '检查', limit, env);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_WORKER_OUT_OF_MEMORY') throw error;
    return runInProcess<Diagnostic[]>(module, ROLE, input, '检查', undefined, env);
  }
}

/** Bytes of the Markdown and YAML files among `files`: what the check holds as text. */
function textBytes(files: readonly string[]): number {
  return files.filter(isSourceFile).reduce((sum, file) => sum + (statSync(file, { throwIfNoEntry: false })?.size ?? 0), 0);
}

// The rules are loaded in the check's process only: the one that starts the check never runs them,
// and a build starts Astro sooner for not loading them first.
// The process's entry (check-process-start.ts) has held the optimizing compiler back.
await answerTask(ROLE, async ({ options, textBytes }: CheckTask) => {
  if (textBytes > SHORT_CHECK_TEXT_MB * 2 ** 20) releaseOptimizingCompiler();
  return (await import('./index.ts')).runChecks(options);
});
