import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../src/lib/checks/index.ts';
import { runChecksInWorker } from '../../../src/lib/checks/worker.ts';
import { runInWorker } from '../../../src/lib/worker-task.ts';
import { FIXTURE_CONTENT, ROOT } from '../../support/paths.ts';

const options = { root: ROOT, contentDir: FIXTURE_CONTENT };
const workerModule = new URL('../../../src/lib/checks/worker.ts', import.meta.url);

describe('runChecksInWorker', () => {
  it('reports exactly what the checker reports on the main thread', async () => {
    const [inWorker, direct] = await Promise.all([runChecksInWorker(options), runChecks(options)]);
    expect(direct.length).toBeGreaterThan(0);
    expect(inWorker).toEqual(direct);
  });

  it('checks again without a limit when the check outgrows the heap it was given', async () => {
    // A heap of 16 MB is too small for this check: the thread runs out of memory…
    await expect(runInWorker(workerModule, 'huazhang:content-check', options, '检查', { maxOldGenerationSizeMb: 16 })).rejects.toMatchObject({
      code: 'ERR_WORKER_OUT_OF_MEMORY',
    });
    // …and the check still reports everything.
    expect(await runChecksInWorker(options, undefined, 16)).toEqual(await runChecks(options));
  });
});
