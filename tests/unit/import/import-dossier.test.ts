import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importDossier } from '../../../src/lib/import/import-dossier.ts';
import { formatImportReport } from '../../../src/lib/import/report.ts';
import { parseMarkdown } from '../../../src/lib/markdown/parse.ts';
import { toString } from 'mdast-util-to-string';
import { markdownToDocx } from '../../support/make-docx.ts';

const FIXTURE = new URL('../../fixtures/import/corpus/lakeside-clinic/dossier.md', import.meta.url).pathname;
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

  it('reads a .txt saved as GBK or UTF-16 as the same dossier, and says which encoding it read', async () => {
    const text = readFileSync(new URL('../../fixtures/import/corpus/jiangbei-blood/dossier.txt', import.meta.url), 'utf8');
    const utf8 = await importDossier('dossier.txt', Buffer.from(text), { contentDir: content, slug: 'blood', dryRun: true, now });
    const encoded = {
      // The same text saved by Notepad as "ANSI" on a Chinese Windows: GBK with CRLF.
      'GB18030（GBK）': readFileSync(new URL('../../fixtures/import/encodings/jiangbei-blood-gbk.txt', import.meta.url)),
      'UTF-16': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.replace(/\n/g, '\r\n'), 'utf16le')]),
    };
    for (const [encoding, bytes] of Object.entries(encoded)) {
      const result = await importDossier('dossier.txt', bytes, { contentDir: content, slug: 'blood', dryRun: true, now });
      expect(result.files.map((f) => f.text)).toEqual(utf8.files.map((f) => f.text));
      expect(result.diagnostics.map((d) => [d.code, d.values])).toEqual([['import.read-as-encoding', { encoding }]]);
    }
    expect(utf8.diagnostics).toEqual([]);
  });

  it('passes its own checks on awards written as sentences, each sentence kept in note', async () => {
    const text = readFileSync(new URL('../../fixtures/import/corpus/jiangzhou-bus/dossier.txt', import.meta.url), 'utf8');
    const list = text.slice(text.indexOf('分公司先后获得以下荣誉：'));
    const sentences = '分公司先后获得以下荣誉：\n2019年，分公司被评为全国交通运输行业文明单位。\n2022年，荣获“全国工人先锋号”称号。\n';
    const result = await importDossier('dossier.txt', Buffer.from(text.replace(list, sentences)), { contentDir: content, slug: 'bus', dryRun: true, now });
    expect(result.outcome).toBe('dry-run');
    expect(result.diagnostics.map((d) => d.code)).toEqual(['import.award-from-sentence', 'import.award-from-sentence']);
    const achievements = result.files.find((f) => f.path === 'achievements/bus.md')!.text!;
    expect(achievements).toContain('title: 全国工人先锋号');
    expect(achievements).toContain('note: 原文作“2022年，荣获“全国工人先锋号”称号”');
  });

  it('writes text that looks like Markdown so that the page shows it as typed', async () => {
    const text = readFileSync(new URL('../../fixtures/import/corpus/jiangbei-blood/dossier.txt', import.meta.url), 'utf8');
    const typed = '每年开展两次内部审核，**重点**查2010~2015年的~~旧~~记录[附表][^1]、<b>原件</b>和 AT&amp;T 的 a_b_ 与 *号。';
    const result = await importDossier('dossier.txt', Buffer.from(text.replace('每年开展两次内部审核和管理评审。', typed)), { contentDir: content, slug: 'blood', dryRun: true, now });
    expect(result.outcome).toBe('dry-run');
    expect(result.losses).toEqual([]);
    const article = result.files.find((f) => f.text?.includes('原件'))!;
    const body = parseMarkdown(article.text!.slice(article.text!.indexOf('\n---\n') + 5));
    expect(toString(body)).toContain(typed);
  });

  it('carries footnotes as notes at the end of the file that references them, and lists the one in a title', async () => {
    const text = readFileSync(new URL('../../fixtures/import/corpus/jiangbei-blood/dossier.md', import.meta.url), 'utf8');
    const typed = '每年开展两次内部审核[^audit]和管理评审[^review]，审核[^audit]覆盖全部科室。';
    const notes = '\n\n[^audit]: 依据[附表]，2010~2015年由质量管理科组织。\n\n[^review]: 第一段。\n\n    第二段。\n\n[^title]: 标题上的注。\n';
    const source = text.replace('每年开展两次内部审核和管理评审。', typed).replace(/(\n## 服务篇)/, `${notes}$1`);
    expect(source).toContain('[^audit]:');
    const withTitleNote = source.replace('一是健全质量管理体系。', '一是健全质量管理体系[^title]。');
    expect(withTitleNote).not.toBe(source);
    const result = await importDossier('dossier.md', Buffer.from(withTitleNote), { contentDir: content, slug: 'blood', dryRun: true, now });
    expect(result.outcome).toBe('dry-run');
    expect(result.losses).toEqual([]);
    expect(result.diagnostics.filter((d) => d.code === 'import.not-carried-footnote').map((d) => d.values.text)).toEqual(['标题上的注。']);
    const article = result.files.find((f) => f.text?.includes('覆盖全部科室'))!.text!;
    // One definition per note however often it is referenced, numbered in order of first reference.
    expect(article).toContain('审核[^1]和管理评审[^2]，审核[^1]覆盖全部科室。');
    expect(article.match(/^\[\^\d\]:/gm)).toEqual(['[^1]:', '[^2]:']);
    expect(article.endsWith('[^2]: 第一段。\n\n    第二段。\n')).toBe(true);
    // The site reads them back as notes, with the text as typed.
    const body = parseMarkdown(article.slice(article.indexOf('\n---\n') + 5));
    const definitions = body.children.filter((node) => node.type === 'footnoteDefinition');
    expect(definitions.map((node) => toString(node))).toEqual(['依据[附表]，2010~2015年由质量管理科组织。', '第一段。第二段。']);
  });

  it('refuses a .txt that is not text in any encoding it knows', async () => {
    const result = await importDossier('dossier.txt', new Uint8Array([0x80, 0x81, 0xff, 0x00, 0x12, 0x80, 0x81, 0xff]), { contentDir: content, slug: 'x', now });
    expect(result.outcome).toBe('failed');
    expect(result.diagnostics.map((d) => d.code)).toEqual(['import.not-text']);
  });

  it('writes nothing when the source lacks a subtitle, and says why', async () => {
    const result = await importDossier('x.md', Buffer.from('# 标题\n\n前言。\n\n## 管理篇\n\n引言。\n'), { contentDir: content, now });
    expect(result.outcome).toBe('failed');
    expect(listFiles(root)).toEqual([]);
    expect(formatImportReport(result)).toContain('没有找到“——……纪实”副标题');
  });

  it('opens the check of a refused import with its errors, and never calls its structure sure', async () => {
    const withoutSubtitle = source.toString('utf8').replace(/^——.*纪实$/m, '');
    const refused = formatImportReport(await importDossier('dossier.md', Buffer.from(withoutSubtitle), { contentDir: content, dryRun: true, now }));
    const check = refused.slice(refused.indexOf('\n核对\n'));
    expect(check).toMatch(/^\n核对\n {2}有 2 个错误，列在下面；改正之后才能导入。\n/);
    expect(check).not.toContain('结构上没有拿不准的地方');
    const passed = formatImportReport(await importDossier('dossier.md', source, { contentDir: content, dryRun: true, now }));
    expect(passed).toContain('结构上没有拿不准的地方');
    expect(passed).not.toContain('改正之后才能导入');
  });

  it('derives the slug from the file name when none is given, in pinyin for a Chinese name', async () => {
    const result = await importDossier('Lakeside Clinic.md', source, { contentDir: content, dryRun: true, now });
    expect(result.slug).toBe('lakeside-clinic');
    const chinese = await importDossier('湖滨卫生服务中心.md', source, { contentDir: content, dryRun: true, now });
    expect(chinese.slug).toBe('hu-bin-wei-sheng-fu-wu-zhong-xin');
  });

  it("never takes one of the site's own addresses as a slug", async () => {
    const derived = await importDossier('Search.md', source, { contentDir: content, dryRun: true, now });
    expect(derived.slug).toBe('search-jishi');
    const given = await importDossier('dossier.md', source, { contentDir: content, slug: 'search-index', dryRun: true, now });
    expect(given.outcome).toBe('failed');
    expect(given.diagnostics.map((d) => d.code)).toContain('slug.reserved');
  });

  it('ends a refused re-import by saying nothing was written, without listing files it would write', async () => {
    await importDossier('dossier.md', source, { contentDir: content, slug: 'clinic', now });
    const result = await importDossier('dossier.md', source, { contentDir: content, slug: 'clinic', dryRun: true, now });
    expect(result.outcome).toBe('blocked');
    const report = formatImportReport(result);
    expect(report).toMatch(/没有写入任何文件：纪实“clinic”已经存在。$/);
    expect(report).not.toContain('将写入');
  });

  it('warns when the same dossier is already there under another slug', async () => {
    await importDossier('dossier.md', source, { contentDir: content, slug: 'clinic', now });
    const result = await importDossier('dossier.md', source, { contentDir: content, slug: 'clinic-again', dryRun: true, now });
    expect(result.diagnostics.filter((d) => d.code === 'import.same-dossier')).toMatchObject([
      { severity: 'warning', values: { title: '仁心守护万家', unit: '湖滨社区卫生服务中心', other: 'clinic' } },
    ]);
    expect(formatImportReport(result)).toContain('同一篇纪实（“仁心守护万家”，湖滨社区卫生服务中心）已经以“clinic”为名导入过');
  });

  it('says a damaged Word file cannot be read instead of failing with a stack trace', async () => {
    const result = await importDossier('broken.docx', Buffer.from('not a zip'), { contentDir: content, now });
    expect(result.outcome).toBe('failed');
    expect(result.diagnostics.map((d) => d.code)).toEqual(['import.unreadable']);
    expect(formatImportReport(result)).toContain('无法读取这个文件');
  });

  it('writes pictures of a Word file next to their article', async () => {
    const docx = await markdownToDocx('# 标题\n\n——某馆创建文明单位纪实\n\n前言。\n\n## 服务篇\n\n延长开放时间。全年无休。\n\n![读者](a.png)\n\n打造城市书房。建成十六座。\n');
    const result = await importDossier('馆.docx', docx, { contentDir: content, slug: 'guan', now });
    expect(result.outcome).toBe('written');
    expect(listFiles(content)).toContain('service/guan/图1.png');
    expect(readFileSync(join(content, 'service/guan/01-yanchang-kaifang.md'), 'utf8')).toContain('![读者](./图1.png)');
  });

  it('words the report in English when asked', async () => {
    const result = await importDossier('dossier.md', source, { contentDir: content, slug: 'clinic', dryRun: true, now });
    const report = formatImportReport(result, 'en');
    expect(report).toContain('Where each paragraph went');
    expect(report).toContain('Dry run (--dry-run): nothing written. Would write 11 files:');
  });
});
