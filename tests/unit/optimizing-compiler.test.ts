import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../fixtures/compiler/hot-loop.ts', import.meta.url));

/** Whether V8 compiled with TurboFan before and after the fixture's pause, in a process of its own. */
function turbofan(flags: string[], ...args: string[]): { before: boolean; after: boolean } {
  const output = execFileSync(process.execPath, ['--trace-opt', ...flags, script, ...args], { encoding: 'utf8' });
  const [before, after] = output.split(/^pause$/m);
  const compiled = (lines = '') => /target TURBOFAN/.test(lines);
  return { before: compiled(before), after: compiled(after) };
}

describe('deferOptimizingCompiler', () => {
  it('holds back TurboFan for the time given, then lets it compile', () => {
    // Without it, the same loop is compiled before the pause: otherwise the test could not fail.
    expect(turbofan([]).before).toBe(true);
    expect(turbofan([], 'defer')).toEqual({ before: false, after: true });
  });

  it('lets TurboFan in at once when released', () => {
    // Held back for a minute, released at the pause.
    expect(turbofan([], 'release')).toEqual({ before: false, after: true });
  });

  it('keeps the compiler off in a process started without it', () => {
    expect(turbofan(['--no-turbofan'], 'defer')).toEqual({ before: false, after: false });
    expect(turbofan(['--no-turbofan'], 'release')).toEqual({ before: false, after: false });
  });
});
