import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runInProcess, runInWorker } from '../../src/lib/worker-task.ts';
import { testFolder } from '../support/test-folder.ts';

const tasks = new URL('../fixtures/tasks/answers.ts', import.meta.url);
const input = { n: 21, seen: new Set(['乙', '甲']) };

describe('a task on a thread or in a process', () => {
  it('gets its input and gives back its result, sets included', async () => {
    expect(await runInWorker(tasks, 'double', input, '测试')).toEqual({ n: 42, seen: ['乙', '甲'] });
    expect(await runInProcess(tasks, 'double', input, '测试')).toEqual({ n: 42, seen: ['乙', '甲'] });
  });

  it('gives back byte arrays whole, whether they have buffers of their own or not', async () => {
    const expected = [[...new TextEncoder().encode('荣誉')], [...new TextEncoder().encode('荣誉')], [8, 7], []];
    const fromThread = await runInWorker<Uint8Array[]>(tasks, 'bytes', { text: '荣誉' }, '测试');
    expect(fromThread.map((bytes) => [...bytes])).toEqual(expected);
    const fromProcess = await runInProcess<Uint8Array[]>(tasks, 'bytes', { text: '荣誉' }, '测试');
    expect(fromProcess.map((bytes) => [...bytes])).toEqual(expected);
  });

  it("rejects with the task's own message when it fails", async () => {
    await expect(runInWorker(tasks, 'fail', {}, '测试')).rejects.toThrow('这一步失败了');
    await expect(runInProcess(tasks, 'fail', {}, '测试')).rejects.toThrow('这一步失败了');
  });

  it('says so when the thread or the process ends without an answer', async () => {
    await expect(runInWorker(tasks, 'exit', {}, '测试')).rejects.toThrow('测试线程意外退出（退出码 3）');
    await expect(runInProcess(tasks, 'exit', {}, '测试')).rejects.toThrow('测试进程意外退出（退出码 3）');
  });

  it('waits for the answer of a process that got a large input, even when the channel’s end comes after the process has gone', () => {
    // Run apart from the test runner, whose own work would keep Node running anyway.
    const driver = fileURLToPath(new URL('../fixtures/tasks/run-late-end.ts', import.meta.url));
    expect(execFileSync(process.execPath, [driver], { encoding: 'utf8' }).trim()).toBe('200000');
  });

  it("keeps a process's compiled code where its parent keeps its own", () => {
    // Node reports the folder of its version inside the one it was given; a child given that
    // folder would nest another inside it and compile every module afresh.
    const folder = testFolder('huazhang-compile-cache-');
    const driver = fileURLToPath(new URL('../fixtures/tasks/run-compile-cache.ts', import.meta.url));
    const [parent, child] = execFileSync(process.execPath, [driver, folder], { encoding: 'utf8' }).trim().split('\n');
    expect(parent?.startsWith(folder)).toBe(true);
    expect(child).toBe(parent);
  });
});
