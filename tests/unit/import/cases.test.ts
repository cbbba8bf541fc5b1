// The seven ways the importer once misread documents it had not seen, each a minimal dossier of one
// invented unit (tests/fixtures/import/cases/), with what should happen instead.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readMarkdownFields } from '../../../src/lib/front-matter/index.ts';
import { describe, expect, it } from 'vitest';
import { importDossier, type ImportResult } from '../../../src/lib/import/import-dossier.ts';

const CASES = new URL('../../fixtures/import/cases/', import.meta.url).pathname;
const now = new Date('2026-11-27T00:00:00Z');

async function run(name: string): Promise<ImportResult> {
  return importDossier(join(CASES, name), readFileSync(join(CASES, name)), { contentDir: '/nonexistent/content', slug: 'x', dryRun: true, now });
}

const data = (r: ImportResult, path: string) => readMarkdownFields(r.files.find((f) => f.path === path)!.text!, path);
const awards = (r: ImportResult) => data(r, 'achievements/x.md').data.awards as Array<Record<string, unknown>>;
const titles = (r: ImportResult, kind: string) => r.files.filter((f) => f.kind === 'article' && f.section === kind).map((f) => readMarkdownFields(f.text!, f.path).data.title);
const hasIntro = (r: ImportResult, kind: string) => r.files.some((f) => f.path === `${kind}/x/index.md`);
const errors = (r: ImportResult) => r.diagnostics.filter((d) => d.severity === 'error');

describe('the import cases', () => {
  it('r1: a long —— award line in a normal file is an award list, not a pasted page', async () => {
    const r = await run('r1-long-award-line.txt');
    expect(errors(r)).toEqual([]);
    expect(r.read.skipped).toEqual([]);
    expect(data(r, 'dossiers/x.md').data).toMatchObject({ title: '星火燎原绘新篇', unit: '临江市水务局' });
    expect(awards(r)).toHaveLength(18);
    expect(awards(r).slice(10, 14)).toEqual([
      { title: '临江市“青年文明号”', years: 2025, level: '市级' },
      { title: '临江市“巾帼文明岗”', level: '市级' },
      { title: '全省水务行业标准化示范站', level: '省级' },
      { title: '全市平安单位', level: '市级' },
    ]);
    expect(data(r, 'achievements/x.md').body).toBe('近年来，水务局先后获得以下荣誉：\n\n<!-- awards -->\n\n荣誉属于过去，奋斗成就未来。水务局将继续努力。');
  });

  it('r8: a short —— award line gives one award per item', async () => {
    const r = await run('r8-short-award-line.txt');
    expect(awards(r).map((a) => a.title)).toEqual(['市级文明单位', '全市水务系统先进集体', '全省节水型单位']);
    expect(awards(r).map((a) => a.years)).toEqual([2015, 2016, 2017]);
  });

  it('r2: headings and prose in 成就篇 are never awards; the list after the lead-in holds both items', async () => {
    const r = await run('r2-achievement-subheadings.md');
    expect(awards(r)).toEqual([
      { title: '市级文明单位', years: 2019, level: '市级' },
      { title: '全省节水型单位', years: 2021, level: '省级' },
    ]);
    const [intro, closing] = data(r, 'achievements/x.md').body.split('<!-- awards -->');
    expect(intro).toContain('## 供水保障更有力');
    expect(intro).toContain('近年来，水务局先后获得以下荣誉：');
    expect(closing!.trim()).toBe('荣誉属于过去，奋斗成就未来。水务局将继续努力。');
  });

  it('r3: a first paragraph that opens the way its siblings open is an article, not an introduction', async () => {
    const r = await run('r3-no-section-intro.txt');
    for (const kind of ['management', 'service', 'creation']) expect(hasIntro(r, kind)).toBe(false);
    expect(titles(r, 'management')).toEqual(['一是健全制度，规范运行', '二是锤炼队伍，提升本领']);
    expect(titles(r, 'service')).toEqual(['抄表到户更方便', '维修抢修更及时']);
    expect(titles(r, 'creation')).toEqual(['绿色办公见实效', '志愿服务暖人心']);
  });

  it('r4: a long headline of the X，Y。 shape opens an article; the introductions stay introductions', async () => {
    const r = await run('r4-long-headline.txt');
    expect(titles(r, 'service')).toEqual(['抄表到户更方便', '坚持需求导向，当好群众身边的“贴心管家”']);
    expect(titles(r, 'management')).toEqual(['一是健全制度，规范运行']);
    for (const kind of ['management', 'service', 'creation']) expect(hasIntro(r, kind)).toBe(true);
  });

  it('r5: bold lead sentences as Word and Typora write them are headlines; no * reaches a title or a body', async () => {
    const r = await run('r5-cjk-bold.md');
    expect(titles(r, 'management')).toEqual(['一是健全制度，规范运行', '二是锤炼队伍，提升本领']);
    expect(hasIntro(r, 'management')).toBe(false);
    for (const file of r.files) expect(file.text).not.toContain('*');
  });

  it('r6/r7: ―― is a separator like ——, and a year at the end in brackets is read', async () => {
    const r = await run('r6-r7-awards.txt');
    expect(errors(r)).toEqual([]);
    expect(awards(r)).toEqual([
      { title: '市级文明单位', years: 2019, level: '市级' },
      { title: '全市水务系统先进集体', years: '2020-2022', level: '市级' },
      { title: '全省节水型单位', years: 2021, level: '省级' },
    ]);
  });
});
