import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths.ts';

// knip (configured in .ci/knip.json) lists files nothing imports, exports nothing else uses, and
// dependencies the code does not use or does not declare. Any of them fails the suite, so dead
// code cannot pile up again; the output names each one, with file and line.
describe('npm run deadcode', () => {
  it('finds no unused file, export or dependency', () => {
    const run = spawnSync('npm', ['run', '--silent', 'deadcode'], { cwd: ROOT, encoding: 'utf8' });
    expect(`${run.stdout}${run.stderr}`.trim()).toBe('');
    expect(run.status).toBe(0);
  });
});
