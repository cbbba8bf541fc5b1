import { describe, expect, it } from 'vitest';
import { PassThrough, Writable } from 'node:stream';
import { HeldOutput } from '../../../scripts/build/held-output.ts';

/** A stream that keeps what is written to it, tagged with its name, in one shared log. */
function sink(name: string, log: string[]): Writable {
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      log.push(`${name}:${chunk.toString()}`);
      done();
    },
  });
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('output held until the check’s verdict', () => {
  it('writes nothing until released, then all of it in the order it came, then passes the rest through', async () => {
    const log: string[] = [];
    const [stdout, stderr] = [new PassThrough(), new PassThrough()];
    const held = new HeldOutput([
      { from: stdout, to: sink('out', log) },
      { from: stderr, to: sink('err', log) },
    ]);
    stdout.write('one');
    stderr.write('two');
    stdout.write('three');
    await tick();
    expect(log).toEqual([]);
    held.release();
    await tick();
    expect(log).toEqual(['out:one', 'err:two', 'out:three']);
    stderr.write('four');
    await tick();
    expect(log).toEqual(['out:one', 'err:two', 'out:three', 'err:four']);
  });

  it('discards what was held and everything after when dropped', async () => {
    const log: string[] = [];
    const stdout = new PassThrough();
    const held = new HeldOutput([{ from: stdout, to: sink('out', log) }]);
    stdout.write('Astro error about rejected content');
    await tick();
    held.drop();
    stdout.write('and its stack trace');
    held.release();
    await tick();
    expect(log).toEqual([]);
  });
});
