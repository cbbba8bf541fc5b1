import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../src/lib/checks/index.ts';
import { runChecksInWorker } from '../../../src/lib/checks/worker.ts';
import { FIXTURE_CONTENT, ROOT } from '../../support/paths.ts';

describe('runChecksInWorker', () => {
  it('reports exactly what the checker reports on the main thread', async () => {
    const options = { root: ROOT, contentDir: FIXTURE_CONTENT };
    const [inWorker, direct] = await Promise.all([runChecksInWorker(options), runChecks(options)]);
    expect(direct.length).toBeGreaterThan(0);
    expect(inWorker).toEqual(direct);
  });
});
