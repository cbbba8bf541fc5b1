import { describe, expect, it } from 'vitest';
import type { Block, BlockNote } from '../../../src/lib/import/block.ts';
import { joinBrokenBlocks } from '../../../src/lib/import/broken-lines.ts';

const note: BlockNote = { id: 'footnote-1', kind: 'footnote', text: '数据来源：中心统计。', where: 'Word 脚注 1', at: 3 };
const blocks = (...items: Array<string | Partial<Block>>): Block[] =>
  items.map((item, i) => ({ id: i + 1, where: `第 ${i + 1} 段`, ...(typeof item === 'string' ? { text: item } : { text: '', ...item }) }));

describe('joinBrokenBlocks', () => {
  it('joins paragraphs that are lines of one width, moving a note with its text, and leaves headings and lists alone', () => {
    const read = blocks(
      { text: '管理篇', heading: 2 },
      '一是健全制度。中心修订各项规章制度二十余',
      { text: '项，形成用制度管人管事的良好局面。', notes: [note] },
      '二是锻造队伍。中心组织青年职工拜师结对，',
      '每年培训一百二十人次，队伍素质明显提升，',
      '职工满意度逐年上升。',
      '三是优化服务。中心设立便民服务窗口，推行',
      '预约办理，群众办事更方便。',
      { text: '2019年度全国精神文明建设工作先进集体单位', list: 'bullet' },
    );
    const { blocks: joined, joined: count } = joinBrokenBlocks(read);
    expect(joined.map((b) => b.text)).toEqual([
      '管理篇',
      '一是健全制度。中心修订各项规章制度二十余项，形成用制度管人管事的良好局面。',
      '二是锻造队伍。中心组织青年职工拜师结对，每年培训一百二十人次，队伍素质明显提升，职工满意度逐年上升。',
      '三是优化服务。中心设立便民服务窗口，推行预约办理，群众办事更方便。',
      '2019年度全国精神文明建设工作先进集体单位',
    ]);
    expect(joined.map((b) => [b.id, b.where])).toEqual([
      [1, '第 1 段'],
      [2, '第 2–3 段'],
      [3, '第 4–6 段'],
      [4, '第 7–8 段'],
      [5, '第 9 段'],
    ]);
    // The note stood 3 characters into its line, which now follows 20 others.
    expect(joined[1]!.notes).toEqual([{ ...note, at: 23 }]);
    expect(count).toEqual({ lines: 4, width: 40 });
  });

  it('leaves the blocks of a document typed a paragraph to a paragraph as they are', () => {
    const read = blocks('一是健全制度。中心修订各项规章制度二十余项，形成用制度管人管事的良好局面。', '二是锻造队伍。', '三是优化服务。');
    expect(joinBrokenBlocks(read)).toEqual({ blocks: read });
  });
});
