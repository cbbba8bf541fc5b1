import { describe, expect, it } from 'vitest';
import { splitHeadline } from '../../../src/lib/import/headline.ts';

describe('splitHeadline', () => {
  it('finds a numbered opening and keeps 一是 in the title', () => {
    expect(splitHeadline('一是强化职能定位，突出创新意识。坚持以区政府办公室为切入点。')).toEqual({
      kind: 'enumeration',
      title: '一是强化职能定位，突出创新意识',
      rest: '坚持以区政府办公室为切入点。',
      unsure: false,
    });
  });

  it('finds a short headline sentence', () => {
    expect(splitHeadline('建体系夯基础。坚持完善文明单位建设的运行机制。')).toMatchObject({ kind: 'sentence', title: '建体系夯基础' });
    expect(splitHeadline('捕捉信息，当好“情报部”。办公室就是“情报部”。')).toMatchObject({ title: '捕捉信息，当好“情报部”' });
  });

  it('finds a headline standing alone in its paragraph', () => {
    expect(splitHeadline('抓好协调，当好“督查部”。')).toEqual({ kind: 'alone', title: '抓好协调，当好“督查部”', rest: '', unsure: false });
  });

  it('does not take a long first sentence, a fragment or a connective for a headline', () => {
    expect(splitHeadline('积极倡导雷厉风行的工作作风，加快工作节奏，减少工作流程。')).toBeUndefined();
    expect(splitHeadline('“秉承民族美德，唱响和谐旋律”，')).toBeUndefined();
    expect(splitHeadline('同时，主动协调。')).toBeUndefined();
  });

  it('ignores numbered items in the middle of a paragraph', () => {
    expect(splitHeadline('积极倡导雷厉风行的工作作风，力争实现“三个满意”。一是让人民群众满意。')).toBeUndefined();
  });

  it('marks a headline near the length limit as unsure', () => {
    expect(splitHeadline('加强党建引领，推动创建工作上台阶。正文。')?.unsure).toBe(true);
  });
});
