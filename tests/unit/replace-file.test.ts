// A file replaced through replaceFile is the old one or the whole new one, never a mix, and the
// temporary file it writes first never stays behind.
import { describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { replaceFile } from '../../src/lib/replace-file.ts';
import { testFolder } from '../support/test-folder.ts';

const folder = () => testFolder('replace-file-');

describe('replaceFile', () => {
  it('writes a new file and replaces an old one, leaving only the file', () => {
    const dir = folder();
    const file = join(dir, 'entry.bin');
    replaceFile(file, new Uint8Array([1, 2, 3]));
    expect([...readFileSync(file)]).toEqual([1, 2, 3]);
    writeFileSync(file, 'old and longer');
    replaceFile(file, '新');
    expect(readFileSync(file, 'utf8')).toBe('新');
    expect(readdirSync(dir)).toEqual(['entry.bin']);
  });

  it('makes the folder the file goes in when it is missing, and throws when a file stands in its way', () => {
    const dir = folder();
    const file = join(dir, 'a', 'b', 'entry.bin');
    replaceFile(file, '新');
    expect(readFileSync(file, 'utf8')).toBe('新');
    expect(readdirSync(join(dir, 'a', 'b'))).toEqual(['entry.bin']);
    writeFileSync(join(dir, 'c'), '一个文件占了文件夹的位置');
    expect(() => replaceFile(join(dir, 'c', 'entry.bin'), 'x')).toThrow(/ENOTDIR|EEXIST/);
  });

  it('throws when it cannot rename into place, and removes what it wrote', () => {
    const dir = folder();
    // A folder where the file should go: the temporary is written, the rename fails.
    mkdirSync(join(dir, 'entry.bin', 'inside'), { recursive: true });
    expect(() => replaceFile(join(dir, 'entry.bin'), 'x')).toThrow();
    expect(readdirSync(dir)).toEqual(['entry.bin']);
  });
});
