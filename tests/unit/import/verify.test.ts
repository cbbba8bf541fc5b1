import { describe, expect, it } from 'vitest';
import { readText } from '../../../src/lib/import/read-text.ts';
import { readMarkdown } from '../../../src/lib/import/read-markdown.ts';
import { carriedNotes } from '../../../src/lib/import/footnotes.ts';
import { structureDossier } from '../../../src/lib/import/structure.ts';
import { renderDossier } from '../../../src/lib/import/render.ts';
import { awardCoversSource, findTextLoss, sentencesOf } from '../../../src/lib/import/verify.ts';

const SOURCE = [
  '某某纪实',
  '——某某中心创建文明单位纪实',
  '前言第一句。前言第二句！',
  '管理篇',
  '引言一句。',
  '一是抓学习。学习正文第一句。学习正文第二句。',
  '成就篇',
  '引言。',
  '——',
  '2006-20011年湖北省先进单位',
  '——',
  '2010年度先进集体',
  '——',
  '全省先进集体（2012年）',
  '结束语。',
].join('\n');

function plan() {
  const { placements, dossier } = structureDossier(readText(SOURCE).blocks, { today: new Date('2026-01-01') });
  return { placements, awards: dossier.achievements!.awards, files: renderDossier(dossier, 'x') };
}

describe('findTextLoss', () => {
  it('passes when every sentence and award item reached the files', () => {
    const { placements, awards, files } = plan();
    expect(findTextLoss(placements, awards, files)).toEqual([]);
  });

  it('catches a dropped sentence', () => {
    const { placements, awards, files } = plan();
    const article = files.find((f) => f.kind === 'article')!;
    article.text = article.text!.replace('学习正文第二句。', '');
    expect(findTextLoss(placements, awards, files)).toEqual([{ kind: 'lost', text: '学习正文第二句。', where: '第 6 行' }]);
  });

  it('catches a sentence written into two files', () => {
    const { placements, awards, files } = plan();
    const intro = files.find((f) => f.kind === 'intro')!;
    intro.text = `${intro.text!}\n学习正文第一句。\n`;
    expect(findTextLoss(placements, awards, files)).toMatchObject([{ kind: 'duplicated', text: '学习正文第一句。' }]);
  });

  it("catches a note whose definition was dropped, and counts a note's sentence apart from the body's", () => {
    const markdown = SOURCE.split('\n').map((line) => line.replace('学习正文第一句。', '学习正文第一句[^1]。')).join('\n\n') + '\n\n[^1]: 学习正文第二句。注释的话。\n';
    const { blocks } = readMarkdown(markdown);
    const { placements, dossier } = structureDossier(blocks, { today: new Date('2026-01-01') });
    const files = renderDossier(dossier, 'x');
    const notes = carriedNotes(dossier);
    expect(notes.map((note) => note.text)).toEqual(['学习正文第二句。注释的话。']);
    // The note repeats a sentence of the body, which is not a duplicate: notes are counted apart.
    expect(findTextLoss(placements, dossier.achievements!.awards, files, notes)).toEqual([]);
    const article = files.find((f) => f.kind === 'article')!;
    article.text = article.text!.replace(/\n\[\^1\]: .*\n$/, '\n');
    // Without its definition the reference shows as typed, `[^1]`, in the middle of the sentence.
    expect(findTextLoss(placements, dossier.achievements!.awards, files, notes)).toEqual([
      { kind: 'lost', text: '学习正文第一句。', where: '第 11 行' },
      { kind: 'lost', text: '学习正文第二句。', where: '第 31 行' },
      { kind: 'lost', text: '注释的话。', where: '第 31 行' },
    ]);
  });

  it('catches an award whose years at the end of the item were dropped', () => {
    const { placements, awards, files } = plan();
    const achievements = files.find((f) => f.kind === 'achievements')!;
    achievements.text = achievements.text!.replace('    years: 2012\n', '');
    expect(findTextLoss(placements, awards, files)).toEqual([{ kind: 'award-lost', text: '全省先进集体（2012年）', where: '第 14 行' }]);
  });

  it('catches an award whose years no longer say what the item said', () => {
    const { placements, awards, files } = plan();
    const achievements = files.find((f) => f.kind === 'achievements')!;
    achievements.text = achievements.text!.replace('years: 2010', 'years: 2011');
    expect(findTextLoss(placements, awards, files)).toEqual([{ kind: 'award-lost', text: '2010年度先进集体', where: '第 12 行' }]);
  });
});

describe('awardCoversSource', () => {
  it('accepts years in note for an implausible year and rejects a changed title or missing years', () => {
    const source = { title: '先进单位', years: '2006-20011年' };
    expect(awardCoversSource(source, { title: '先进单位', years: '2006-2011', note: '原文作“2006-20011年”' })).toBe(true);
    expect(awardCoversSource(source, { title: '先进单位', years: '2006-2011' })).toBe(false);
    expect(awardCoversSource({ title: '先进单位', years: '2010年度' }, { title: '优秀单位', years: 2010 })).toBe(false);
    expect(awardCoversSource({ title: '先进单位', years: '２０２２年度' }, { title: '先进单位', years: 2022 })).toBe(true);
    expect(awardCoversSource({ title: '先进单位', years: '（2012年）' }, { title: '先进单位' })).toBe(false);
  });

  it('checks a table row\'s level and issuer cells too', () => {
    const source = { title: '文明单位', years: '2019', level: '省级', issuer: '省委' };
    expect(awardCoversSource(source, { title: '文明单位', years: 2019, level: '省级', issuer: '省委' })).toBe(true);
    expect(awardCoversSource(source, { title: '文明单位', years: 2019, level: '省级' })).toBe(false);
    expect(awardCoversSource({ ...source, level: '甲等' }, { title: '文明单位', years: 2019, issuer: '省委', note: '级别原文作“甲等”' })).toBe(true);
  });
});

describe('sentencesOf', () => {
  it('splits after 。！？ and keeps a closing quote with its sentence', () => {
    expect(sentencesOf('甲。“乙！”丙')).toEqual(['甲。', '“乙！”', '丙']);
  });
});
