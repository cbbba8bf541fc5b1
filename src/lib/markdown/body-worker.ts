// Renders Markdown bodies into the body store on a worker thread, so the pages that show them find
// them rendered: the build's second core renders from the last dossier back while Astro renders
// pages from the first one on.
import { runInWorker, answerTask } from '../worker-task.ts';
import { BodyStore, renderGroup, type BodySource, type BodyStoreOptions } from './body-store.ts';

/** What the worker renders, and where to. */
export interface BodyWorkerInput {
  store: BodyStoreOptions;
  /** The content folder, for links to files kept next to the Markdown. */
  contentDir: string;
  /** The groups of bodies, in the order to render them; those already in the store are skipped. */
  groups: BodySource[][];
}

/** What the worker did: bodies it rendered, and bodies it found already rendered. */
export interface BodyWorkerResult {
  rendered: number;
  found: number;
}

const ROLE = 'huazhang:render-bodies';

/**
 * Starts the worker. `workerFile` is this module's own file: the caller may be bundled (the
 * pages are), so this module cannot name itself.
 */
export function renderBodiesInWorker(workerFile: URL, input: BodyWorkerInput): Promise<BodyWorkerResult> {
  return runInWorker(workerFile, ROLE, input, '正文渲染');
}

await answerTask(ROLE, async (input: BodyWorkerInput): Promise<BodyWorkerResult> => {
  const store = new BodyStore(input.store);
  // Loaded here: the pages import this module for renderBodiesInWorker, and need no Markdown pipeline.
  const { createBodyRenderer } = await import('./render.ts');
  const render = createBodyRenderer({ contentDir: input.contentDir, base: input.store.base });
  const result: BodyWorkerResult = { rendered: 0, found: 0 };
  for (const group of input.groups) {
    if (store.has(group)) {
      result.found += group.length;
      continue;
    }
    store.put(group, await renderGroup(group, render));
    result.rendered += group.length;
  }
  return result;
});
