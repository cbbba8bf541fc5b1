import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../src/lib/checks/index.ts';
import { runChecksInProcess } from '../../../src/lib/checks/check-process.ts';
import { runInProcess } from '../../../src/lib/worker-task.ts';
import { FIXTURE_CONTENT, ROOT } from '../../support/paths.ts';

const options = { root: ROOT, contentDir: FIXTURE_CONTENT };
const checkModule = new URL('../../../src/lib/checks/check-process.ts', import.meta.url);

describe('runChecksInProcess', () => {
  it('reports exactly what the checker reports in this process', async () => {
    const [apart, direct] = await Promise.all([runChecksInProcess(options), runChecks(options)]);
    expect(direct.length).toBeGreaterThan(0);
    expect(apart).toEqual(direct);
  });

  it('checks again without a limit when the check outgrows the heap it was given', async () => {
    // A heap of 16 MB is too small for this check: the process runs out of memory…
    await expect(runInProcess(checkModule, 'huazhang:content-check', { options, textBytes: 0 }, '检查', 16)).rejects.toMatchObject({
      code: 'ERR_WORKER_OUT_OF_MEMORY',
    });
    // …and the check still reports everything.
    expect(await runChecksInProcess(options, undefined, 16)).toEqual(await runChecks(options));
  });
});
