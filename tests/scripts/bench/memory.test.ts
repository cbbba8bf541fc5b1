import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { watchMemory } from '../../../scripts/bench/memory.ts';

describe.runIf(process.platform === 'linux')('watchMemory', () => {
  it('adds up the resident memory of a process and its children', async () => {
    // A shell that starts a child which holds about 64 MB, so the tree is bigger than the shell.
    const script = `node -e "const b = Buffer.alloc(64 * 1024 * 1024, 1); setTimeout(() => b.length, 800)"`;
    const shell = spawn('sh', ['-c', `${script}; true`], { env: { ...process.env, PATH: `${process.execPath.replace(/\/node$/, '')}:${process.env.PATH}` } });
    const watcher = watchMemory(shell.pid!, 20);
    await new Promise((resolve) => shell.once('exit', resolve));
    const peak = watcher.stop();
    expect(peak.samples).toBeGreaterThan(3);
    expect(peak.treeBytes).toBeGreaterThan(64 * 1024 * 1024);
    expect(peak.processBytes).toBeGreaterThan(64 * 1024 * 1024);
    // Node names its main thread once it is running, so either name may be seen.
    expect(['node', 'MainThread']).toContain(peak.processName);
  });
});
