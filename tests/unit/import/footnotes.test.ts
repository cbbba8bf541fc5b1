import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/lib/import/block.ts';
import { NOTE_MARK, notesIn, placeNotes, uncarriedNotes } from '../../../src/lib/import/footnotes.ts';

const note = (id: string, at = 0) => ({ id, kind: 'footnote' as const, text: `注${id}。`, where: `Word 脚注 ${id}`, at });

describe('placeNotes', () => {
  it('gives each reference its offset in the text without the marks', () => {
    expect(placeNotes('甲乙丙。', `甲${NOTE_MARK}乙丙${NOTE_MARK}。`, [note('1'), note('2')]).map((n) => n.at)).toEqual([1, 3]);
  });

  it('puts every reference at the end when the marked text no longer matches the text', () => {
    expect(placeNotes('甲乙丙。', `甲${NOTE_MARK}乙丁。`, [note('1')]).map((n) => n.at)).toEqual([4]);
    expect(placeNotes('甲乙丙。', `甲乙丙。`, [note('1')]).map((n) => n.at)).toEqual([4]);
  });
});

describe('notesIn', () => {
  const block: Block = { id: 1, text: '一是抓学习。学员每周集中学习。', where: '第 3 行', notes: [note('a', 5), note('b', 6), note('c', 15)] };

  it('keeps the notes of the end of a paragraph, with offsets into it', () => {
    expect(notesIn(block, '学员每周集中学习。').map((n) => [n.id, n.at])).toEqual([
      ['b', 0],
      ['c', 9],
    ]);
  });

  it('keeps none when the rest is not the end of the text', () => {
    expect(notesIn(block, '学员每周。')).toEqual([]);
  });
});

describe('uncarriedNotes', () => {
  it('lists each note no body carries once, however often it is referenced', () => {
    const blocks: Block[] = [
      { id: 1, text: '标题', where: '第 1 段', heading: 1, notes: [note('1', 2)] },
      { id: 2, text: '正文。', where: '第 2 段', notes: [note('1', 2), note('2', 2)] },
      { id: 3, text: '又是标题', where: '第 3 段', heading: 2, notes: [note('1', 4)] },
    ];
    const dossier = { preface: [{ kind: 'text' as const, text: '正文。', notes: [note('2', 2)] }], sections: [] };
    expect(uncarriedNotes(blocks, dossier)).toEqual([{ kind: 'footnote', where: 'Word 脚注 1', text: '注1。' }]);
  });
});
