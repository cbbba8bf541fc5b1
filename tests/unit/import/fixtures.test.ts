import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readMarkdownFields } from '../../../src/lib/front-matter/index.ts';
import { describe, expect, it } from 'vitest';
import { importDossier, type ImportResult } from '../../../src/lib/import/import-dossier.ts';
import { markdownToDocx } from '../../support/make-docx.ts';

const FIXTURES = new URL('../../fixtures/import/', import.meta.url).pathname;
const now = new Date('2026-11-27T00:00:00Z');

async function importAll(name: string): Promise<Record<'md' | 'txt' | 'docx', ImportResult>> {
  const md = readFileSync(join(FIXTURES, name, 'dossier.md'));
  const txt = readFileSync(join(FIXTURES, name, 'dossier.txt'));
  const docx = await markdownToDocx(md.toString('utf8'));
  const options = { contentDir: '/nonexistent/content', slug: name, dryRun: true, now };
  return {
    md: await importDossier('dossier.md', md, options),
    txt: await importDossier('dossier.txt', txt, options),
    docx: await importDossier('dossier.docx', docx, options),
  };
}

const matter = (text: string) => readMarkdownFields(text, 'imported.md');
const view = (r: ImportResult) => r.files.map((f) => ({ path: f.path, ...matter(f.text) }));

describe.each(['qinghe-school', 'lakeside-clinic'])('the %s fixture', async (name) => {
  const results = await importAll(name);

  it.each(['md', 'txt', 'docx'] as const)('imports from .%s with every sentence accounted for', (format) => {
    const r = results[format];
    expect(r.losses).toEqual([]);
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('gives the same files from Markdown, text and Word', () => {
    expect(view(results.txt)).toEqual(view(results.md));
    expect(view(results.docx)).toEqual(view(results.md));
  });
});

describe('what the fixtures contain', async () => {
  const school = (await importAll('qinghe-school')).md;
  const clinic = (await importAll('lakeside-clinic')).txt;
  const data = (r: ImportResult, path: string) => matter(r.files.find((f) => f.path === path)!.text).data;
  const titles = (r: ImportResult, kind: string) => r.files.filter((f) => f.kind === 'article' && f.section === kind).map((f) => matter(f.text).data.title);

  it('reads the overview, the unit from the subtitle and the period from the award years', () => {
    expect(data(school, 'dossiers/qinghe-school.md')).toEqual({
      title: '春风化雨育桃李',
      subtitle: '清河镇中心小学创建文明校园纪实',
      unit: '清河镇中心小学',
      period: '2018-2023',
      summary: '清河镇中心小学始建于1958年，现有教学班24个，在校学生1100余人。',
    });
    expect(data(clinic, 'dossiers/lakeside-clinic.md')).toMatchObject({ unit: '湖滨社区卫生服务中心', period: '2020-2024' });
  });

  it('opens articles at sub-headings, 一是 openings, headline sentences and lone headlines', () => {
    expect(titles(school, 'management')).toEqual(['健全制度，规范办学行为', '加强师德，锻造教师队伍']);
    expect(titles(school, 'service')).toEqual(['一是办好课后服务，解决家长后顾之忧', '二是开放校园设施，服务周边群众']);
    expect(titles(school, 'creation')).toEqual(['书香满校园', '护绿小卫士']);
    expect(titles(clinic, 'service')).toEqual(['家庭医生，守护健康', '上门服务，温暖人心']);
  });

  it('reads every award form', () => {
    expect(data(school, 'achievements/qinghe-school.md').awards).toEqual([
      { title: '市级文明校园', years: '2019-2021', level: '市级' },
      { title: '全国青少年校园足球特色学校', years: 2022, level: '国家级' },
      { title: '湖北省书香校园', years: 2023, level: '省级' },
      { title: '全县教育质量先进单位', years: [2020, 2021], level: '区县级' },
      { title: '清河镇优秀志愿服务集体' },
      { title: '区级平安校园', years: '2018-2020', level: '区县级', note: '原文作“2018-20200年度”' },
    ]);
    expect(data(clinic, 'achievements/lakeside-clinic.md').awards).toEqual([
      { title: '市级文明单位', years: '2020-2022', level: '市级' },
      { title: '湖北省群众满意基层医疗卫生机构', years: 2021, level: '省级' },
      { title: '全区家庭医生签约服务先进单位', years: [2022, 2023], level: '区县级' },
      { title: '湖滨街道优秀共建单位', level: '乡镇级' },
      { title: '全国百强社区医院', years: 2023, level: '国家级' },
      { title: '区卫生健康工作先进集体', years: 2024, level: '区县级' },
    ]);
  });

  it('skips the chrome around the text fixtures', () => {
    expect(clinic.read.skipped.map((s) => s.reason)).toEqual(['navigation', 'upload-info', 'page-counter', 'page-counter', 'navigation', 'footer']);
  });
});
