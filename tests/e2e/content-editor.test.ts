// The content editor at /admin/ as an editor uses it: `npm run edit` on a copy of the content
// folder (never content/ itself), Decap CMS's forms in Chromium, its local proxy writing the files.
// What the forms save is compared byte for byte with what the importer writes for the same
// content, then checked and built like any content.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { crc32, deflateSync } from 'node:zlib';
import path from 'node:path';
import { buildSite } from '../../scripts/build.ts';
import { runChecks } from '../../src/lib/checks/index.ts';
import { renderDossier } from '../../src/lib/import/render.ts';
import type { BodyPart, ImportedAchievements, ImportedDossier } from '../../src/lib/import/imported.ts';
import { urls } from '../../src/lib/urls.ts';
import { t } from '../../src/lib/i18n.ts';
import { launchChromium } from '../../scripts/browser/chromium.ts';
import { startEditingProcess, type EditingProcess } from '../support/editing.ts';
import { readPage } from '../support/html.ts';
import { ROOT } from '../support/paths.ts';
import { newContext, watchProblems } from './helpers.ts';

const SLUG = 'xinzhou-office';
/** An image uploaded with the first article; it is kept next to it. */
const PHOTO = 'huichang.png';
const PHOTO_ALT = '学习日的会场';
// Where an article's uploaded picture stands among its paragraphs. The importer writes text as
// text, so the picture's Markdown, which the editor writes, is put in after the importer's.
const PHOTO_MARK = 'PHOTOMARK';

/** A small PNG, made here so no binary file is kept in the repository. */
function png(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(4, 0);
  header.writeUInt32BE(4, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const pixels = Buffer.alloc(4 * (1 + 4 * 3), 0x99);
  for (let row = 0; row < 4; row++) pixels[row * 13] = 0;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(pixels)), chunk('IEND', Buffer.alloc(0))]);
}

// The dossier as the importer would hold it, had it read the same text from a Word document. The
// third award names its issuer, which the importer never finds but an editor may add.
const AWARDS: Array<{ title: string; years?: string | number[]; level: string; issuer?: string }> = [
  { title: '市级文明单位', years: '2009-2011', level: '市级' },
  { title: '先进基层党组织', years: [2010, 2011], level: '区县级' },
  { title: '春风行动先进工作组', level: '区县级', issuer: '新洲区委' },
];
/** Paragraphs of plain text, as the importer's body parts. */
const paragraphs = (...texts: string[]): BodyPart[] => texts.map((text) => ({ kind: 'text', text }));
/** The text of body parts that are all paragraphs, one string each. */
const textsOf = (parts: readonly BodyPart[]): string[] => parts.map((part) => (part.kind === 'text' ? part.text : ''));

const DOSSIER: ImportedDossier = {
  title: '文明新篇',
  subtitle: '新洲区政府办公室创建文明单位纪实',
  unit: '新洲区政府办公室',
  preface: paragraphs('新洲区政府办公室是区政府的综合服务部门。五年来，办公室把创建文明单位作为提升服务的抓手。', '这本纪实记下了其中的做法。'),
  sections: [
    {
      kind: 'management',
      intro: [],
      articles: [{ title: '强化学习，提升素质', body: paragraphs('坚持每周一次集中学习，“学习日”雷打不动。', '每年组织两次业务培训。', PHOTO_MARK) }],
      reading: 'none',
    },
    { kind: 'service', intro: [], articles: [{ title: '优化服务，方便群众', body: paragraphs('设立便民服务窗口，实行一次办结。') }], reading: 'none' },
  ],
  achievements: {
    intro: paragraphs('五年来，新洲区政府办公室获得多项荣誉。'),
    awards: AWARDS.map((award) => ({ award, yearText: '', source: award.title })) as unknown as ImportedAchievements['awards'],
    closing: paragraphs('光荣属于过去，梦想铸就未来。'),
  },
};

/** An article with a footnote, in the shipped dossier, there before the editor starts. */
const NOTED = {
  file: 'management/huangzhou-office/05-wanshan-zhidu.md',
  text: '---\ntitle: 完善制度，规范运行\n---\n\n修订制度三十项[^1]。\n\n[^1]: 数据来源：办公室统计。\n',
};

let workspace: string;
let content: string;
let editing: EditingProcess;
let browser: Browser;
let page: Page;
let problems: string[];

const file = (relative: string) => path.join(content, relative);

// The editor guide's pictures (content/.guide/, hidden from the site) are taken here, on request:
// GUIDE_SCREENSHOTS=1 npm run test:e2e -- tests/e2e/content-editor.test.ts
const GUIDE = path.join(ROOT, 'content', '.guide');
async function shot(name: string): Promise<void> {
  if (!process.env.GUIDE_SCREENSHOTS) return;
  mkdirSync(GUIDE, { recursive: true });
  await page.screenshot({ path: path.join(GUIDE, `${name}.png`) });
}
const expected = (dossier: ImportedDossier) => new Map(renderDossier(dossier, SLUG).map((f) => [f.path, f.text?.replace(PHOTO_MARK, `![${PHOTO_ALT}](${PHOTO})`)]));

beforeAll(async () => {
  workspace = mkdtempSync(path.join(tmpdir(), 'huazhang-edit-'));
  content = path.join(workspace, 'content');
  cpSync(path.join(ROOT, 'content'), content, { recursive: true });
  writeFileSync(file(NOTED.file), NOTED.text);
  editing = await startEditingProcess(content, 4400);
  browser = await launchChromium();
  // A small window keeps the guide's pictures small.
  const context = await newContext(browser, { viewport: { width: 1100, height: 720 } });
  page = await context.newPage();
  page.setDefaultTimeout(90_000);
  problems = watchProblems(page);
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(editing.url, { timeout: 300_000 });
  try {
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('link', { name: '纪实概述' }).first().waitFor();
    await shot('admin-collections');
  } catch (error) {
    console.log(problems, await page.evaluate(() => document.body.innerText), editing.log());
    throw error;
  }
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await editing?.stop();
  if (workspace) rmSync(workspace, { recursive: true, force: true });
});

/**
 * Waits until the caret has stayed where it is for 300 ms. Decap's text boxes (Slate) read the
 * page's caret at most every 100 ms, on the page's clock; a key pressed sooner on a busy machine
 * acts where the caret was before, as it would for an editor who types that fast.
 */
async function caretSettled(): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const done = () => {
          document.removeEventListener('selectionchange', wait);
          resolve();
        };
        let timer = setTimeout(done, 300);
        function wait() {
          clearTimeout(timer);
          timer = setTimeout(done, 300);
        }
        document.addEventListener('selectionchange', wait);
      }),
  );
}

/** Presses a key in a text box and waits for the caret to rest where it took it. */
async function press(key: string): Promise<void> {
  await page.keyboard.press(key);
  await caretSettled();
}

/** Whether the page's caret stands at the end of its line in a text box. */
function caretAtLineEnd(): Promise<boolean> {
  return page.evaluate(() => {
    const selection = document.getSelection();
    const line = selection?.focusNode?.parentElement?.closest('[data-slate-node="element"]');
    if (!selection?.isCollapsed || !line) return false;
    const rest = document.createRange();
    rest.setStart(selection.focusNode!, selection.focusOffset);
    rest.setEnd(line, line.childNodes.length);
    return rest.toString().replace(/\uFEFF/g, '') === '';
  });
}

/**
 * Presses End until the caret is at the end of its line, as an editor does who sees it: an End
 * the text box did not take would otherwise split the line where the click left the caret.
 */
async function moveToLineEnd(): Promise<void> {
  for (let tries = 0; tries < 5; tries++) {
    await press('End');
    if (await caretAtLineEnd()) return;
  }
  throw new Error('the caret did not reach the end of the line');
}

/** Types paragraphs into the n-th rich text box of the form, as an editor types them. */
async function typeText(index: number, paragraphs: readonly string[]): Promise<void> {
  await page.locator('[data-slate-editor="true"]').nth(index).click();
  await caretSettled();
  for (const [i, paragraph] of paragraphs.entries()) {
    if (i > 0) await press('Enter');
    await page.keyboard.insertText(paragraph);
  }
}

/** Uploads an image through the rich text box's 图片 block, with its description. */
async function insertImage(file: string, alt: string): Promise<void> {
  await page.getByTitle('添加组件').first().click();
  await page.getByText('图片', { exact: true }).first().click();
  await page.getByRole('button', { name: '选择图片' }).click();
  await page.locator('input[type=file]').setInputFiles({ name: file, mimeType: 'image/png', buffer: png() });
  await page.getByRole('button', { name: '选用已选中项目' }).click();
  await page.getByLabel('图片说明').fill(alt);
}

/** Publishes the open entry and waits until it is saved. */
async function publish(): Promise<void> {
  await page.getByRole('button', { name: '发布', exact: true }).click();
  await shot('admin-publish');
  await page.getByText('立即发布').click();
  await page.getByText('已发布', { exact: true }).waitFor();
}

async function chooseLevel(index: number, level: string): Promise<void> {
  await page.locator('input[id^="level-field"]').nth(index).click();
  await page.getByRole('option', { name: level, exact: true }).click();
}

/** Opens a collection from the side bar and an entry from its list, as an editor does. */
async function openEntry(collection: string, entry: string): Promise<void> {
  await page.goto(`${editing.url}#/`);
  await page.getByRole('link', { name: collection, exact: true }).click();
  await page.getByText(entry).click();
  await page.getByText('已发布', { exact: true }).waitFor();
}

describe('the content editor, through npm run edit', () => {
  // First: Decap lists a collection's files once, before the tests below add their own.
  it('opens a body with footnotes as plain Markdown, says why, and keeps the notes through an edit', async () => {
    // The rich text editor would write the note back as a link: `[^1](数据来源：办公室统计。)`.
    await openEntry('管理篇', '完善制度，规范运行');
    await page.getByText(t('admin.markdown.rawForNotes')).waitFor();
    await page.getByText('[^1]: 数据来源：办公室统计。').click();
    await caretSettled();
    await moveToLineEnd();
    await press('Enter');
    await press('Enter');
    await page.keyboard.insertText('新加的一段。');
    await publish();
    expect(readFileSync(file(NOTED.file), 'utf8')).toBe(`${NOTED.text}\n新加的一段。\n`);
    // A body without notes still opens as rich text.
    await openEntry('管理篇', '一是强化职能定位，突出创新意识');
    await page.locator('[data-slate-editor="true"]').first().waitFor();
    expect(await page.getByText(t('admin.markdown.rawForNotes')).count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('saves a new dossier, two articles (one with an uploaded image) and three awards as the importer writes the same content', async () => {
    const overview = [...expected(DOSSIER)].find(([p]) => p.startsWith('dossiers/'))!;
    await page.goto(`${editing.url}#/collections/dossiers/new`);
    await page.getByLabel('纪实名').fill(SLUG);
    await page.getByLabel(/^标题/).fill(DOSSIER.title!);
    await page.getByLabel(/^副标题/).fill(DOSSIER.subtitle!);
    await page.getByLabel(/^单位/).fill(DOSSIER.unit!);
    await page.getByLabel(/^时间/).fill('2009-2011');
    await page.getByLabel(/^摘要/).fill('新洲区政府办公室是区政府的综合服务部门。');
    await shot('admin-dossier');
    await typeText(0, textsOf(DOSSIER.preface));
    await publish();
    expect(readFileSync(file(overview[0]), 'utf8')).toBe(overview[1]);

    for (const section of DOSSIER.sections) {
      const [article] = section.articles;
      await page.goto(`${editing.url}#/collections/${section.kind}/new`);
      await page.getByLabel('所属纪实').selectOption(SLUG);
      await page.getByLabel(/^标题/).fill(article!.title);
      if (section.kind === 'service') await shot('admin-article');
      const body = textsOf(article!.body);
      const photo = body.indexOf(PHOTO_MARK);
      await typeText(0, photo === -1 ? body : body.slice(0, photo));
      if (photo !== -1) await insertImage(PHOTO, PHOTO_ALT);
      await publish();
    }

    await page.goto(`${editing.url}#/collections/achievements/new`);
    await page.getByLabel('所属纪实').selectOption(SLUG);
    await typeText(0, textsOf(DOSSIER.achievements!.intro));
    for (const [i, award] of AWARDS.entries()) {
      await page.getByRole('button', { name: /新增荣誉/ }).click();
      await page.locator('input[id^="title-field"]').nth(i).fill(award.title);
      if (award.years) await page.locator('input[id^="years-field"]').nth(i).fill([award.years].flat().join('、'));
      await chooseLevel(i, award.level);
      if (award.issuer) await page.locator('input[id^="issuer-field"]').nth(i).fill(award.issuer);
    }
    await typeText(1, textsOf(DOSSIER.achievements!.closing));
    await page.locator('input[id^="level-field"]').nth(0).scrollIntoViewIfNeeded();
    await shot('admin-awards');
    await publish();

    for (const [relative, text] of expected(DOSSIER)) expect(readFileSync(file(relative), 'utf8'), relative).toBe(text);
    expect(readFileSync(file(`management/${SLUG}/${PHOTO}`)).equals(png())).toBe(true);
    expect(problems).toEqual([]);
  });

  it('writes files that pass npm run check and build into the award list and the section pages, image included', async () => {
    const diagnostics = await runChecks({ root: ROOT, contentDir: content });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // Two articles cannot fill three sections: the one warning is the empty 创建篇 of the new dossier.
    expect(diagnostics.map((d) => `${d.code} ${d.values.dossier} ${d.values.section}`)).toEqual([`section.missing ${SLUG} 创建篇`]);

    const site = path.join(workspace, 'dist');
    const result = await buildSite({ root: ROOT, contentDir: content, outDir: site, logLevel: 'warn' });
    expect(result.failure).toBeUndefined();
    const awards = readPage(site, urls.awards()).mainText;
    for (const award of AWARDS) expect(awards).toContain(award.title);
    const management = readPage(site, urls.section(SLUG, 'management')).mainText;
    expect(management).toContain('强化学习，提升素质');
    expect(management).toContain('“学习日”雷打不动');
    // The image is published as files kept next to articles are, and the article shows it.
    const image = urls.contentFile(`management/${SLUG}/${PHOTO}`);
    expect(readPage(site, urls.section(SLUG, 'management')).html).toContain(`src="${image}"`);
    expect(existsSync(path.join(site, image))).toBe(true);
  });

  it('refuses years the checker would refuse, in the checker\'s words, and saves nothing', async () => {
    const before = readFileSync(file(`achievements/${SLUG}.md`), 'utf8');
    await openEntry('成就篇', SLUG);
    await page.locator('input[id^="years-field"]').nth(0).fill('2011-2009');
    await page.getByRole('button', { name: '发布', exact: true }).click();
    await page.getByText('立即发布').click();
    await expect.poll(() => page.getByText('这项荣誉的年份范围“2011-2009”前后颠倒').count()).toBeGreaterThan(0);
    await page.getByText('这项荣誉的年份范围“2011-2009”前后颠倒').first().scrollIntoViewIfNeeded();
    await shot('admin-error');
    expect(readFileSync(file(`achievements/${SLUG}.md`), 'utf8')).toBe(before);
    await page.locator('input[id^="years-field"]').nth(0).fill('2009-2011');
    // Decap reports a refused publication as a promise rejected without a reason.
    problems.splice(0, problems.length, ...problems.filter((problem) => problem !== 'exception: undefined'));
  });

  it('changes an award\'s level and deletes an article', async () => {
    await chooseLevel(2, '市级');
    await publish();
    const changed = structuredClone(DOSSIER);
    (changed.achievements!.awards[2]!.award as { level: string }).level = '市级';
    expect(readFileSync(file(`achievements/${SLUG}.md`), 'utf8')).toBe(expected(changed).get(`achievements/${SLUG}.md`));

    const service = [...expected(DOSSIER).keys()].find((p) => p.startsWith(`service/${SLUG}/`))!;
    await openEntry('服务篇', '优化服务，方便群众');
    await page.getByRole('button', { name: '删除内容' }).click();
    await expect.poll(() => existsSync(file(service))).toBe(false);
    const diagnostics = await runChecks({ root: ROOT, contentDir: content });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(problems).toEqual([]);
  });
});
