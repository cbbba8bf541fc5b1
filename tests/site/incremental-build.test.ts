// A rebuild reuses pages and rendered bodies from its caches; what it publishes must be exactly
// what a build from nothing publishes.
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { buildSite, contentCacheDir, type BuildResult } from '../../scripts/build.ts';
import { snapshot } from '../support/files.ts';
import { FIXTURE_CONTENT, OUTPUT, ROOT } from '../support/paths.ts';

const CONTENT = join(OUTPUT, 'incremental-content');
const REBUILT = join(OUTPUT, 'incremental-rebuilt');
const CLEAN = join(OUTPUT, 'incremental-clean');
const ARTICLE = join(CONTENT, 'service', 'qinghe-2015', '01-jiazhang.md');
const AWARDS = join(CONTENT, 'achievements', 'qinghe-2020.md');

async function build(outDir: string): Promise<BuildResult> {
  const result = await buildSite({ root: ROOT, contentDir: CONTENT, outDir, logLevel: 'silent' });
  expect(result.failure).toBeUndefined();
  expect(result.ok).toBe(true);
  return result;
}

/** A copy of the fixture content named `name`, with no site built from it and no caches. */
function freshCopy(name: string): { content: string; site: string } {
  const content = join(OUTPUT, `${name}-content`);
  const site = join(OUTPUT, `${name}-site`);
  for (const dir of [content, site]) rmSync(dir, { recursive: true, force: true });
  cpSync(FIXTURE_CONTENT, content, { recursive: true });
  rmSync(contentCacheDir(ROOT, content), { recursive: true, force: true });
  return { content, site };
}

describe('a rebuild after an edit', () => {
  it('publishes byte for byte what a build from nothing publishes', { timeout: 900_000 }, async () => {
    for (const dir of [CONTENT, REBUILT, CLEAN]) rmSync(dir, { recursive: true, force: true });
    cpSync(FIXTURE_CONTENT, CONTENT, { recursive: true });
    const cache = contentCacheDir(ROOT, CONTENT);
    rmSync(cache, { recursive: true, force: true });
    // From clean, the check renders every body it parses, and leaves none to Astro's process.
    expect((await build(REBUILT)).bodies).toMatchObject({ dossiers: 3, leftByCheck: 0 });
    const before = snapshot(REBUILT);
    // One entry of rendered bodies for each of the three dossiers.
    const bodies = readdirSync(join(cache, 'bodies'), { recursive: true }).filter((name) => String(name).endsWith('.bodies'));
    expect(bodies).toHaveLength(3);

    // One article gains a sentence, one award is renamed, and a file appears next to the Markdown.
    writeFileSync(ARTICLE, `${readFileSync(ARTICLE, 'utf8')}\n编辑补记：这一句是重建时新加的。\n`);
    writeFileSync(AWARDS, readFileSync(AWARDS, 'utf8').replace('title: 全国文明校园', 'title: 全国文明校园（复评）'));
    writeFileSync(join(CONTENT, 'service', 'qinghe-2015', '讲义.pdf'), 'pdf');
    await build(REBUILT);
    const rebuilt = snapshot(REBUILT);
    expect(readFileSync(join(REBUILT, 'qinghe-2015', 'service', 'index.html'), 'utf8')).toContain('这一句是重建时新加的');
    expect(readFileSync(join(REBUILT, 'awards', 'index.html'), 'utf8')).toContain('全国文明校园（复评）');
    expect([...rebuilt.keys()].filter((path) => rebuilt.get(path) !== before.get(path)).length).toBeGreaterThan(3);
    // The award lists' downloads are kept between builds too: the renamed award's unit gets new ones,
    // the other unit keeps its own.
    const download = (unit: string, format: string) => `/awards/unit/${unit}/awards.${format}`;
    expect(readFileSync(join(REBUILT, download('清河中学', 'csv')), 'utf8')).toContain('全国文明校园（复评）');
    for (const format of ['csv', 'xlsx']) {
      expect(rebuilt.get(download('清河中学', format)), format).not.toBe(before.get(download('清河中学', format)));
      expect(before.get(download('滨江社区卫生服务中心', format)), format).toBeDefined();
      expect(rebuilt.get(download('滨江社区卫生服务中心', format)), format).toBe(before.get(download('滨江社区卫生服务中心', format)));
    }

    rmSync(cache, { recursive: true, force: true });
    await build(CLEAN);
    expect(existsSync(join(cache, 'bodies'))).toBe(true);
    const clean = snapshot(CLEAN);
    expect([...rebuilt.keys()].sort()).toEqual([...clean.keys()].sort());
    const differing = [...clean.keys()].filter((path) => rebuilt.get(path) !== clean.get(path));
    expect(differing).toEqual([]);
  });
});

describe('a rebuild that starts from the site replaced before', () => {
  // The third build writes into the site of the first (scripts/build/spare-site.ts), which misses
  // the second build's edit and still has what the third no longer publishes.
  it('publishes byte for byte what a build from nothing publishes', { timeout: 900_000 }, async () => {
    const content = join(OUTPUT, 'spare-content');
    const publicDir = join(OUTPUT, 'spare-public');
    const site = join(OUTPUT, 'spare-site');
    const clean = join(OUTPUT, 'spare-clean');
    for (const dir of [content, publicDir, site, clean]) rmSync(dir, { recursive: true, force: true });
    cpSync(FIXTURE_CONTENT, content, { recursive: true });
    cpSync(join(ROOT, 'public'), publicDir, { recursive: true });
    writeFileSync(join(publicDir, '旧通知.txt'), '这个文件在第三次构建前删去。');
    rmSync(contentCacheDir(ROOT, content), { recursive: true, force: true });
    let indexFiles = { written: 0, files: 0, pagesRead: 0 };
    let bodies: BuildResult['bodies'];
    const built = async (outDir: string) => {
      const result = await buildSite({ root: ROOT, contentDir: content, publicDir, outDir, logLevel: 'silent' });
      expect(result.failure).toBeUndefined();
      expect(result.ok).toBe(true);
      indexFiles = { written: result.index!.written, files: result.index!.files, pagesRead: result.index!.pagesRead };
      bodies = result.bodies;
      return snapshot(outDir);
    };
    const unchanged = join('qinghe-2020', 'management', 'index.html');
    const inode = () => statSync(join(site, unchanged)).ino;
    const article = join(content, 'service', 'qinghe-2015', '01-jiazhang.md');

    await built(site);
    const first = inode();
    writeFileSync(article, `${readFileSync(article, 'utf8')}\n第二次构建加的一句。\n`);
    await built(site);
    expect(inode()).not.toBe(first);
    // One file checked anew: the check renders no body, and leaves the edited dossier's to Astro's process.
    expect(bodies).toMatchObject({ dossiers: 3, missing: 1, leftByCheck: 1 });

    // The third build: another dossier's article edited, one dossier gone with its awards, one
    // public file gone. The first article's page in the spare is the first build's, without the
    // second build's sentence, under the key Astro recorded last.
    const other = join(content, 'creation', 'qinghe-2020', '01-chuangjian.md');
    writeFileSync(other, `${readFileSync(other, 'utf8')}\n第三次构建加的一句。\n`);
    for (const kind of ['management', 'service', 'creation']) rmSync(join(content, kind, 'binjiang-clinic'), { recursive: true });
    for (const kind of ['dossiers', 'achievements']) rmSync(join(content, kind, 'binjiang-clinic.md'));
    rmSync(join(publicDir, '旧通知.txt'));
    const rebuilt = await built(site);
    // The page no edit touched is the first build's file, written into again.
    expect(inode()).toBe(first);
    expect(readFileSync(join(site, 'qinghe-2015', 'service', 'index.html'), 'utf8')).toContain('第二次构建加的一句');
    expect(readFileSync(join(site, 'qinghe-2020', 'creation', 'index.html'), 'utf8')).toContain('第三次构建加的一句');
    expect([...rebuilt.keys()].some((path) => path.includes('binjiang-clinic') || path.includes('滨江') || path.includes('旧通知'))).toBe(false);
    expect(readdirSync(site, { recursive: true, withFileTypes: true }).filter((entry) => entry.isDirectory() && readdirSync(join(entry.parentPath, entry.name)).length === 0)).toEqual([]);

    // Two more builds with nothing changed: the second starts from the third build's site, whose
    // index, known from its record, is already the one to publish, so no index file is written;
    // and whose pages, but for those Astro writes on every build, are as the third build's index
    // read them, so they are not read again.
    await built(site);
    const again = await built(site);
    expect(indexFiles.files).toBeGreaterThan(10);
    expect(indexFiles.written).toBe(0);
    const pages = [...again.keys()].filter((path) => path.endsWith('.html')).length;
    expect(indexFiles.pagesRead).toBeGreaterThan(0);
    expect(indexFiles.pagesRead).toBeLessThan(pages / 2);

    rmSync(contentCacheDir(ROOT, content), { recursive: true, force: true });
    const fresh = await built(clean);
    expect([...rebuilt.keys()].sort()).toEqual([...fresh.keys()].sort());
    expect([...fresh.keys()].filter((path) => rebuilt.get(path) !== fresh.get(path))).toEqual([]);

    expect([...again.keys()].sort()).toEqual([...fresh.keys()].sort());
    expect([...fresh.keys()].filter((path) => again.get(path) !== fresh.get(path))).toEqual([]);
  });
});

describe('a rebuild with no spare', () => {
  // The first rebuild after a build from clean has no replaced site to start from: the pages whose
  // keys are unchanged are copied from the published site (scripts/build/astro-page-record.ts).
  it('copies the unchanged pages from the published site and renders the edited ones', { timeout: 900_000 }, async () => {
    const { content, site } = freshCopy('restore');
    const built = async () => {
      const result = await buildSite({ root: ROOT, contentDir: content, outDir: site, logLevel: 'silent' });
      expect(result.failure).toBeUndefined();
      expect(result.ok).toBe(true);
    };
    await built();
    // A mark only a copy of the published page can carry: no build writes it.
    const unchanged = join(site, 'qinghe-2020', 'management', 'index.html');
    writeFileSync(unchanged, `${readFileSync(unchanged, 'utf8')}<!-- 已发布的副本 -->`);
    const article = join(content, 'service', 'qinghe-2015', '01-jiazhang.md');
    writeFileSync(article, `${readFileSync(article, 'utf8')}\n重建时新加的一句。\n`);
    await built();
    expect(readFileSync(unchanged, 'utf8')).toContain('<!-- 已发布的副本 -->');
    expect(readFileSync(join(site, 'qinghe-2015', 'service', 'index.html'), 'utf8')).toContain('重建时新加的一句');
  });
});

describe('a build whose Astro process is stopped while it renders', () => {
  // As when the content check rejects content Astro is already rendering: Astro has written pages
  // of content the next build no longer has (scripts/build/astro-page-record.ts).
  it('leaves nothing that a later build would reuse for content that is no longer there', { timeout: 900_000 }, async () => {
    const { content, site } = freshCopy('stopped');
    const article = join(content, 'service', 'qinghe-2015', '01-jiazhang.md');
    const built = async () => {
      const result = await buildSite({ root: ROOT, contentDir: content, outDir: site, logLevel: 'silent' });
      expect(result.failure).toBeUndefined();
      return snapshot(site);
    };
    const original = await built();
    const text = readFileSync(article, 'utf8');
    writeFileSync(article, `${text}\n这一句在构建中途被撤回。\n`);

    const runner = spawn(join(ROOT, 'node_modules', '.bin', 'node'), [join(ROOT, 'scripts', 'bench', 'build-child.ts'), ROOT, content, site, join(OUTPUT, 'stopped.json')], { cwd: ROOT, stdio: 'ignore' });
    const exited = new Promise((resolve) => runner.on('exit', resolve));
    const page = join(OUTPUT, `.dist-staging-${runner.pid}`, 'qinghe-2015', 'service', 'index.html');
    const rendered = () => existsSync(page) && readFileSync(page, 'utf8').includes('构建中途被撤回');
    while (!rendered() && runner.exitCode === null) await sleep(10);
    const astro = readFileSync(`/proc/${runner.pid}/task/${runner.pid}/children`, 'utf8').trim().split(/\s+/).map(Number);
    for (const pid of astro) process.kill(pid, 'SIGKILL');
    await exited;
    // The runner reports the stopped build as failed: Astro had not finished.
    expect(JSON.parse(readFileSync(join(OUTPUT, 'stopped.json'), 'utf8'))).toMatchObject({ ok: false });

    writeFileSync(article, text);
    expect(await built()).toEqual(original);
  });
});
