import { describe, expect, it } from 'vitest';
import { achievementsBody, markdownFile, splitAchievementsBody } from '../../../src/lib/content-text/index.ts';

describe('markdownFile', () => {
  it('puts a blank line between the fields and the body, and ends in one newline', () => {
    expect(markdownFile({ title: '标题' }, '\n\n正文。\n\n第二段。  \n\n')).toBe('---\ntitle: 标题\n---\n\n正文。\n\n第二段。\n');
  });

  it('writes fields alone without a body, and a body alone without fields', () => {
    expect(markdownFile({ title: '标题' }, '')).toBe('---\ntitle: 标题\n---\n');
    expect(markdownFile(undefined, '引言。')).toBe('引言。\n');
    expect(markdownFile(undefined, '')).toBe('');
  });
});

describe('achievementsBody and splitAchievementsBody', () => {
  it('put the table marker between the introduction and the closing, and find it again', () => {
    const body = achievementsBody('引言第一段。\n\n引言第二段。', '结语。');
    expect(body).toBe('引言第一段。\n\n引言第二段。\n\n<!-- awards -->\n\n结语。');
    expect(splitAchievementsBody(body)).toEqual({ intro: '引言第一段。\n\n引言第二段。', closing: '结语。' });
  });

  it('keep the marker when both texts are empty, and read a body without it as all introduction', () => {
    expect(achievementsBody('', '')).toBe('<!-- awards -->');
    expect(splitAchievementsBody('全部是引言。')).toEqual({ intro: '全部是引言。', closing: '' });
  });
});
