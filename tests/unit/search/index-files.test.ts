import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { removeOtherFiles, writeIndexFiles } from '../../../src/lib/search/index-files.ts';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'huazhang-index-files-'));
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

const index = (values: Record<string, string>) => new Map(Object.entries(values).map(([path, text]) => [path, new TextEncoder().encode(text)]));
const text = (path: string) => readFileSync(join(dir, path), 'utf8');
const mtime = (path: string) => statSync(join(dir, path), { bigint: true }).mtimeNs;

describe('writing the files of a search index', () => {
  it('writes every file into an empty folder and records each one', () => {
    const written = writeIndexFiles(dir, new Map<string, Uint8Array | string>([['manifest.json', '{"v":1}\n'], ['keys/0.bin', new Uint8Array([1, 2, 3])]]));
    expect(written.written).toBe(2);
    expect(written.bytes).toBe(11);
    expect(text('manifest.json')).toBe('{"v":1}\n');
    expect(Object.keys(written.record).sort()).toEqual(['keys/0.bin', 'manifest.json']);
    expect(written.record['keys/0.bin']!.size).toBe(3);
  });

  it('leaves a recorded file that would be written with the same bytes, and writes the changed and the new', () => {
    const first = writeIndexFiles(dir, index({ 'a.json': 'same', 'b.json': 'old' }));
    const left = mtime('a.json');
    const again = writeIndexFiles(dir, index({ 'a.json': 'same', 'b.json': 'new', 'c.json': 'added' }), first.record);
    expect(again.written).toBe(2);
    expect(mtime('a.json')).toBe(left);
    expect([text('a.json'), text('b.json'), text('c.json')]).toEqual(['same', 'new', 'added']);
    expect(again.record['a.json']).toEqual(first.record['a.json']);
  });

  it('writes again a file changed or deleted on disk since it was recorded, though its bytes are the same', () => {
    const first = writeIndexFiles(dir, index({ 'edited.json': 'index', 'touched.json': 'index', 'deleted.json': 'index' }));
    writeFileSync(join(dir, 'edited.json'), 'by hand');
    // The same size, only a later time of change.
    writeFileSync(join(dir, 'touched.json'), 'INDEX');
    utimesSync(join(dir, 'touched.json'), new Date(), new Date(Date.now() + 5000));
    rmSync(join(dir, 'deleted.json'));
    const again = writeIndexFiles(dir, index({ 'edited.json': 'index', 'touched.json': 'index', 'deleted.json': 'index' }), first.record);
    expect(again.written).toBe(3);
    expect([text('edited.json'), text('touched.json'), text('deleted.json')]).toEqual(['index', 'index', 'index']);
  });

  it('deletes the files another index left and the folders they leave empty', () => {
    for (const path of ['keep.json', 'keys/1.bin', 'old/2.bin', 'old/deeper/3.bin']) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), 'x');
    }
    removeOtherFiles(dir, new Set(['keep.json', 'keys/1.bin']));
    expect(readdirSync(dir, { recursive: true }).map(String).sort()).toEqual(['keep.json', 'keys', 'keys/1.bin']);
    expect(existsSync(join(dir, 'old'))).toBe(false);
  });
});
