import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mayBeBinary, sniffFileKind } from '../../../src/lib/checks/file-kind.ts';
import { FIXTURES } from './run-fixture.ts';

const bytes = (fixture: string, file: string) => new Uint8Array(readFileSync(path.join(FIXTURES, fixture, 'content', file)));

describe('sniffFileKind', () => {
  it('names images, Word, WPS, RTF, PDF and other formats by their first bytes', async () => {
    expect(await sniffFileKind(bytes('binary-png-as-article', 'management/demo/03-zhaopian.md'))).toEqual({ kind: 'image', ext: 'png', format: 'PNG' });
    expect(await sniffFileKind(bytes('binary-docx-as-article', 'service/demo/02-fuwu.md'))).toEqual({ kind: 'word', ext: 'docx', format: '.docx' });
    expect(await sniffFileKind(bytes('binary-wps-as-article', 'creation/demo/02-chuangjian.md'))).toEqual({ kind: 'word', ext: 'doc', format: '.doc / .wps' });
    expect(await sniffFileKind(bytes('binary-rtf-as-article', 'management/demo/03-zhidu.md'))).toMatchObject({ kind: 'word', ext: 'rtf' });
    expect(await sniffFileKind(bytes('binary-pdf-as-awards', 'achievements/demo.md'))).toMatchObject({ kind: 'pdf' });
    expect(await sniffFileKind(bytes('binary-xlsx-as-article', 'management/demo/03-biaoge.md'))).toMatchObject({ kind: 'other', ext: 'xlsx' });
  });

  it('finds nothing in text, whatever its encoding', async () => {
    expect(await sniffFileKind(new TextEncoder().encode('---\ntitle: 文明\n---\n'))).toBeUndefined();
    expect(await sniffFileKind(bytes('encoding-gb18030', 'service/demo/01-serve.md'))).toBeUndefined();
  });
});

describe('mayBeBinary', () => {
  it('sniffs UTF-8 only when it opens like RTF, and never UTF-16', () => {
    expect(mayBeBinary(new TextEncoder().encode('---\n'), 'utf-8')).toBe(false);
    expect(mayBeBinary(new TextEncoder().encode('{\\rtf1'), 'utf-8')).toBe(true);
    expect(mayBeBinary(new Uint8Array([0xff, 0xfe]), 'utf-16le')).toBe(false);
    expect(mayBeBinary(new Uint8Array([0x89, 0x50]), 'binary')).toBe(true);
  });
});
