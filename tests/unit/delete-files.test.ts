import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { deleteFilesUnder } from '../../src/lib/delete-files.ts';

let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'huazhang-delete-'));
  for (const file of ['a/b/c/gone.txt', 'a/b/stays.txt', 'x/gone.txt', 'x/y/gone.txt']) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), '');
  }
  mkdirSync(join(root, 'empty-before'));
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('deleting files and the folders they leave empty', () => {
  it('removes the emptied folders up to the root, and no folder that still holds something or was empty before', () => {
    expect(deleteFilesUnder(root, ['a/b/c/gone.txt', 'x/gone.txt', 'x/y/gone.txt'].map((file) => join(root, file)))).toBe(3);
    expect(readdirSync(root, { recursive: true }).map(String).sort()).toEqual(['a', 'a/b', 'a/b/stays.txt', 'empty-before']);
    expect(existsSync(root)).toBe(true);
  });
});
