import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importDossier } from '../../../src/lib/import/import-dossier.ts';
import { formatImportReport } from '../../../src/lib/import/report.ts';

const FIXTURE = new URL('../../fixtures/import/lakeside-clinic/dossier.md', import.meta.url).pathname;
const source = readFileSync(FIXTURE);
const now = new Date('2026-11-27T05:00:00Z');

let root: string;
let content: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'huazhang-import-'));
  content = join(root, 'content');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const listFiles = (dir: string) =>
  existsSync(dir) ? readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1)).sort() : [];

describe('importDossier writing', () => {
  it('writes the dossier in the content layout', async () => {
    const result = await importDossier('dossier.md', source, { contentDir: content, slug: 'clinic', now });
    expect(result.outcome).toBe('written');
    expect(listFiles(content)).toEqual([
      'achievements/clinic.md',
      'creation/clinic/01-zhiyuan-fuwu.md',
      'creation/clinic/02-wenming-liyi.md',
      'creation/clinic/index.md',
      'dossiers/clinic.md',
      'management/clinic/01-wanshan-kaohe.md',
      'management/clinic/02-guifan-zhenliao.md',
      'management/clinic/index.md',
      'service/clinic/01-jiating-yisheng.md',
      'service/clinic/02-shangmen-fuwu.md',
      'service/clinic/index.md',
    ]);
    expect(readFileSync(join(content, 'management/clinic/02-guifan-zhenliao.md'), 'utf8')).toBe(
      '---\ntitle: 二是规范诊疗行为\n---\n\n中心每月开展一次病历质量检查。\n\n检查结果每月在全中心职工大会上通报，并与个人绩效挂钩。\n',
    );
    expect(readFileSync(join(content, 'achievements/clinic.md'), 'utf8')).toContain(
      '  - title: 全区家庭医生签约服务先进单位\n    years: [ 2022, 2023 ]\n    level: 区县级\n',
    );
  });

  it('writes nothing in a dry run', async () => {
    const result = await importDossier('dossier.md', source, { contentDir: content, slug: 'clinic', dryRun: true, now });
    expect(result.outcome).toBe('dry-run');
    expect(result.files).toHaveLength(11);
    expect(existsSync(root) && listFiles(root)).toEqual([]);
  });

  it('never overwrites an existing dossier without --force', async () => {
    await importDossier('dossier.md', source, { contentDir: content, slug: 'clinic', now });
    writeFileSync(join(content, 'dossiers/clinic.md'), 'edited by hand\n');
    const result = await importDossier('dossier.md', source, { contentDir: content, slug: 'clinic', now });
    expect(result.outcome).toBe('blocked');
    expect(result.diagnostics.map((d) => d.code)).toContain('import.dossier-exists');
    expect(readFileSync(join(content, 'dossiers/clinic.md'), 'utf8')).toBe('edited by hand\n');
  });

  it('with --force backs up what it replaces, and removes articles that are gone', async () => {
    await importDossier('dossier.md', source, { contentDir: content, slug: 'clinic', now });
    writeFileSync(join(content, 'dossiers/clinic.md'), 'edited by hand\n');
    writeFileSync(join(content, 'service/clinic/03-old.md'), '---\ntitle: 旧文章\n---\n');
    const result = await importDossier('dossier.md', source, { contentDir: content, slug: 'clinic', force: true, now });
    expect(result.outcome).toBe('written');
    expect(result.backup).toBe(join(root, '.import-backup', 'clinic-2026-11-27T05-00-00Z'));
    expect(readFileSync(join(result.backup!, 'dossiers/clinic.md'), 'utf8')).toBe('edited by hand\n');
    expect(listFiles(result.backup!)).toHaveLength(12);
    expect(existsSync(join(content, 'service/clinic/03-old.md'))).toBe(false);
    expect(readFileSync(join(content, 'dossiers/clinic.md'), 'utf8')).toMatch(/^---\ntitle: 仁心守护万家\n/);
  });

  it('refuses an unsupported file type', async () => {
    const result = await importDossier('dossier.doc', source, { contentDir: content, now });
    expect(result.outcome).toBe('failed');
    expect(result.diagnostics.map((d) => d.code)).toEqual(['import.unsupported-format']);
  });

  it('writes nothing when the source lacks a subtitle, and says why', async () => {
    const result = await importDossier('x.md', Buffer.from('# 标题\n\n前言。\n\n## 管理篇\n\n引言。\n'), { contentDir: content, now });
    expect(result.outcome).toBe('failed');
    expect(listFiles(root)).toEqual([]);
    expect(formatImportReport(result)).toContain('没有找到“——……纪实”副标题');
  });

  it('derives the slug from the file name when none is given', async () => {
    const result = await importDossier('Lakeside Clinic.md', source, { contentDir: content, dryRun: true, now });
    expect(result.slug).toBe('lakeside-clinic');
  });

  it("never takes one of the site's own addresses as a slug", async () => {
    const derived = await importDossier('Search.md', source, { contentDir: content, dryRun: true, now });
    expect(derived.slug).toBe('search-jishi');
    const given = await importDossier('dossier.md', source, { contentDir: content, slug: 'search-index', dryRun: true, now });
    expect(given.outcome).toBe('failed');
    expect(given.diagnostics.map((d) => d.code)).toContain('slug.reserved');
  });
});

describe('imported files and the content check', () => {
  it('pass npm run check for every fixture and the seed', async () => {
    const { runChecks } = await import('../../../src/lib/checks/index.ts');
    const fixtures = new URL('../../fixtures/import/', import.meta.url).pathname;
    for (const [slug, file] of [
      ['qinghe-school', 'qinghe-school/dossier.md'],
      ['lakeside-clinic', 'lakeside-clinic/dossier.txt'],
      ['huangzhou-office', 'seed/000_2b473b5650339e5b.txt'],
    ] as const) {
      const result = await importDossier(file, readFileSync(join(fixtures, file)), { contentDir: content, slug, now });
      expect(result.outcome).toBe('written');
    }
    const shippedSettings = new URL('../../../content/site.yaml', import.meta.url).pathname;
    writeFileSync(join(content, 'site.yaml'), readFileSync(shippedSettings));
    expect(await runChecks({ root, contentDir: content, publicDir: join(root, 'public') })).toEqual([]);
  });
});
