import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SetAside } from '../../../scripts/bench/set-aside.ts';
import { testFolder } from '../../support/test-folder.ts';

describe('SetAside', () => {
  it('moves folders out of the way, each time under a new name, and deletes them only when told', async () => {
    const dir = testFolder('huazhang-aside-');
    const dist = join(dir, 'dist');
    const aside = new SetAside();
    for (const text of ['first', 'second']) {
      mkdirSync(join(dist, 'page'), { recursive: true });
      writeFileSync(join(dist, 'page', 'index.html'), text);
      await aside.move(dist);
      expect(existsSync(dist)).toBe(false);
    }
    // A folder that is not there is nothing to move.
    await aside.move(join(dir, 'never-built'));
    const moved = readdirSync(dir).sort();
    expect(moved).toHaveLength(2);
    expect(moved.every((name) => name.startsWith('dist.set-aside-'))).toBe(true);
    expect(moved.map((name) => readFileSync(join(dir, name, 'page', 'index.html'), 'utf8')).sort()).toEqual(['first', 'second']);

    await aside.deleteAll();
    expect(readdirSync(dir)).toEqual([]);
    // Forgotten once deleted: a second call has nothing left to do.
    await aside.deleteAll();
  });

  it('also deletes what an interrupted run left aside beside a folder it moves', async () => {
    const dir = testFolder('huazhang-aside-');
    mkdirSync(join(dir, 'dist.set-aside-1234-0', 'page'), { recursive: true });
    mkdirSync(join(dir, 'dist-other'));
    const aside = new SetAside();
    await aside.move(join(dir, 'dist'));
    expect(readdirSync(dir).sort()).toEqual(['dist-other', 'dist.set-aside-1234-0']);
    await aside.deleteAll();
    expect(readdirSync(dir)).toEqual(['dist-other']);
  });
});
