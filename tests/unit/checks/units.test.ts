import { describe, expect, it } from 'vitest';
import { classifyPath } from '../../../src/lib/checks/classify.ts';
import { closest, editDistance } from '../../../src/lib/checks/closest.ts';
import { decodeContent, decodeText } from '../../../src/lib/checks/decode.ts';
import { RULES } from '../../../src/lib/checks/index.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeContent', () => {
  it('accepts UTF-8 with a BOM and CRLF line endings, returning clean LF text', () => {
    expect(decodeContent(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('a\r\nb\rc\n')]))).toEqual({ encoding: 'utf-8', text: 'a\nb\nc\n' });
  });

  it('recognises GB18030 Chinese text and UTF-16 from its byte-order mark', () => {
    // 文明 in GB18030
    expect(decodeContent(new Uint8Array([0xce, 0xc4, 0xc3, 0xf7]))).toEqual({ encoding: 'gb18030' });
    expect(decodeContent(new Uint8Array([0xff, 0xfe, 0x61, 0x00]))).toEqual({ encoding: 'utf-16le' });
    expect(decodeContent(new Uint8Array([0xfe, 0xff, 0x00, 0x61]))).toEqual({ encoding: 'utf-16be' });
  });

  it('calls bytes that are neither UTF-8 nor Chinese GB18030 unknown', () => {
    expect(decodeContent(new Uint8Array([0x80, 0x81, 0xff]))).toEqual({ encoding: 'binary' });
  });
});

describe('decodeText', () => {
  it('gives the text of GB18030 and UTF-16 too, with LF line endings and no BOM', () => {
    expect(decodeText(new Uint8Array([0xce, 0xc4, 0xc3, 0xf7, 0x0d, 0x0a]))).toEqual({ encoding: 'gb18030', text: '文明\n' });
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x87, 0x65, 0x0e, 0x66]))).toEqual({ encoding: 'utf-16le', text: '文明' });
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0x65, 0x87, 0x66, 0x0e]))).toEqual({ encoding: 'utf-16be', text: '文明' });
    expect(decodeText(new Uint8Array([0x80, 0x81, 0xff]))).toEqual({ encoding: 'binary' });
  });
});

describe('closest', () => {
  it('suggests a known field for typos, swaps included, and nothing for unrelated words', () => {
    expect(editDistance('titel', 'title')).toBe(1);
    expect(closest('titel', ['title', 'unit', 'summary'])).toBe('title');
    expect(closest('Summry', ['title', 'unit', 'summary'])).toBe('summary');
    expect(closest('author', ['title', 'unit', 'summary'])).toBeUndefined();
  });
});

describe('classifyPath', () => {
  it('follows the editors’ layout', () => {
    expect(classifyPath('site.yaml')).toEqual({ kind: 'site' });
    expect(classifyPath('dossiers/huangzhou.md')).toEqual({ kind: 'dossier', dossier: 'huangzhou' });
    expect(classifyPath('service/huangzhou/index.md')).toEqual({ kind: 'section-intro', dossier: 'huangzhou', section: 'service' });
    expect(classifyPath('service/huangzhou/03-ban-shi.md')).toEqual({
      kind: 'article',
      dossier: 'huangzhou',
      section: 'service',
      name: 'ban-shi',
      number: 3,
    });
    expect(classifyPath('achievements/huangzhou.md')).toEqual({ kind: 'achievements', dossier: 'huangzhou' });
    expect(classifyPath('service/huangzhou/photo.jpg')).toEqual({ kind: 'asset' });
    expect(classifyPath('achievements/huangzhou/extra.md')).toEqual({ kind: 'stray' });
    expect(classifyPath('README.md')).toEqual({ kind: 'guide' });
    expect(classifyPath('dossiers/README.md')).toEqual({ kind: 'dossier', dossier: 'README' });
  });
});

describe('RULES', () => {
  it('gives every rule a unique kebab-case id and a one-line description', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(rule.description).not.toContain('\n');
      expect(rule.description.length).toBeGreaterThan(10);
    }
  });
});
