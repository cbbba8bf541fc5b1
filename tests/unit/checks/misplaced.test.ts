import { describe, expect, it } from 'vitest';
import { misplaced } from '../../../src/lib/checks/misplaced.ts';

describe('misplaced', () => {
  it('names the section or overview folder a mistyped, Chinese or capitalised folder means', () => {
    expect(misplaced('servise/demo/01-a.md', ['demo'])).toEqual({ kind: 'folder', folder: 'servise', suggestion: 'service' });
    expect(misplaced('管理篇/demo/01-a.md', ['demo'])).toEqual({ kind: 'folder', folder: '管理篇', suggestion: 'management' });
    expect(misplaced('Creation/demo/01-a.md', ['demo'])).toEqual({ kind: 'folder', folder: 'Creation', suggestion: 'creation' });
    expect(misplaced('dossier/demo.md', ['demo'])).toEqual({ kind: 'folder', folder: 'dossier', suggestion: 'dossiers' });
    expect(misplaced('成就篇/demo.md', ['demo'])).toEqual({ kind: 'folder', folder: '成就篇', suggestion: 'achievements' });
  });

  it('puts swapped or missing folders in order', () => {
    expect(misplaced('demo/service/02-a.md', ['demo'])).toEqual({ kind: 'file', suggestion: 'service/demo/02-a.md' });
    expect(misplaced('management/03-a.md', ['demo'])).toEqual({ kind: 'file', suggestion: 'management/demo/03-a.md' });
    expect(misplaced('management/03-a.md', ['a', 'b'])).toEqual({ kind: 'file', suggestion: 'management/<纪实名>/03-a.md' });
  });

  it('leaves notes and draft folders alone', () => {
    expect(misplaced('notes/todo.md', ['demo'])).toBeUndefined();
    expect(misplaced('dossiers/notes/todo.md', ['demo'])).toBeUndefined();
    expect(misplaced('management/demo/drafts/03-a.md', ['demo'])).toBeUndefined();
  });
});
