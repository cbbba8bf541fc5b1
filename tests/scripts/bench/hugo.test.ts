import { mkdtemp, readdir, readFile, rm, stat, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../../scripts/bench/corpus.ts';
import { prepareHugoContent } from '../../../scripts/bench/hugo/prepare.ts';
import { runHugoPeer, type PeerBuild } from '../../../scripts/bench/hugo/run.ts';
import { routesOfContent } from '../../../src/lib/checks/index.ts';
import type { Route } from '../../../src/lib/routes/index.ts';
import { ROOT, FIXTURE_CONTENT } from '../../support/paths.ts';

const dir = await mkdtemp(join(tmpdir(), 'huazhang-hugo-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

/** The HTML file a route is written to, relative to the site folder. */
function htmlFile(route: Route): string {
  return route.path.endsWith('/') ? `${route.path}index.html` : route.path;
}

async function htmlFiles(site: string): Promise<string[]> {
  return (await readdir(site, { recursive: true })).filter((f) => f.endsWith('.html')).map((f) => `/${f}`).sort();
}

const tableRows = (html: string) => (html.match(/<tbody>[\s\S]*?<\/tbody>/)?.[0].match(/<tr[ >]/g) ?? []).length;

/** Awards a route's page lists in its table, by the route table. */
function listedAwards(route: Route): number | undefined {
  switch (route.kind) {
    case 'awards-year':
    case 'awards-level':
    case 'awards-unit':
    case 'awards-undated':
      return route.props.awards.length;
    case 'section':
      return route.props.kind === 'achievements' ? route.props.dossier.awards.length : undefined;
    default:
      return undefined;
  }
}

const corpora = [
  { name: 'the synthetic corpus', folder: 'synthetic', content: async () => (await writeCorpus(join(dir, 'corpus', 'content'), 4, 20261127), join(dir, 'corpus', 'content')) },
  { name: 'the three-dossier fixture (two dossiers of one unit)', folder: 'fixture', content: async () => FIXTURE_CONTENT },
];

describe.each(corpora)('the Hugo peer on $name', ({ folder, content }) => {
  let contentDir: string;
  let peer: PeerBuild;
  let routes: Route[];
  const site = () => join(dir, folder, 'public');

  it('builds with Hugo and indexes with Pagefind, timing and watching both', { timeout: 180_000 }, async () => {
    contentDir = await content();
    peer = await runHugoPeer({ root: ROOT, contentDir, workDir: join(dir, folder) });
    routes = await routesOfContent({ root: ROOT, contentDir });
    expect(peer.failure).toBeUndefined();
    expect(peer.ok).toBe(true);
    expect(peer.hugo.memory.samples).toBeGreaterThan(0);
    expect(peer.pagefind.memory.samples).toBeGreaterThan(0);
    // Preparing the content folder is timed apart, not counted: a Hugo site needs no such step.
    expect(peer.total).toBe(peer.hugo.milliseconds + peer.pagefind.milliseconds);
  });

  it('writes exactly the HTML pages of the route table, at the same addresses', async () => {
    // The peer builds the pages readers read; the content editor at /admin/ is this site's own.
    const expected = routes.filter((r) => r.audience === 'readers' && (r.path.endsWith('/') || r.path.endsWith('.html'))).map(htmlFile).sort();
    expect(await htmlFiles(site())).toEqual(expected);
    expect(peer.pages).toBe(expected.length);
  });

  it('lists as many awards on every 成就篇, year, level, unit and undated page as the project does', async () => {
    const checked = routes.filter((r) => listedAwards(r) !== undefined);
    expect(checked.length).toBeGreaterThan(5);
    for (const route of checked) {
      expect(tableRows(await readFile(join(site(), htmlFile(route)), 'utf8')), route.path).toBe(listedAwards(route));
    }
    const all = routes.flatMap((r) => (r.kind === 'section' && r.props.kind === 'achievements' ? r.props.dossier.awards : []));
    expect(tableRows(await readFile(join(site(), 'awards', 'index.html'), 'utf8'))).toBe(all.length);
  });

  it('gives Pagefind the pages the project indexes: each dossier and its four sections', () => {
    expect(peer.indexed).toBe(routes.filter((r) => r.kind === 'dossier' || r.kind === 'section').length);
  });

  it('shows every article of a section with its body', async () => {
    const section = routes.find((r): r is Extract<Route, { kind: 'section' }> => r.kind === 'section' && r.props.kind === 'management')!;
    const html = await readFile(join(site(), htmlFile(section)), 'utf8');
    for (const article of section.props.dossier.sections.management.articles) expect(html).toContain(`id="${article.anchor}"`);
    expect(html.match(/<section class="article prose"[^>]*>[\s\S]*?<p>/g)?.length).toBe(section.props.dossier.sections.management.articles.length);
  });
});

describe('prepareHugoContent', () => {
  it('links Markdown with front matter, fences the rest without changing its text, and leaves other files out', async () => {
    const from = join(dir, 'prepare', 'content');
    await mkdir(join(from, 'service', 'unit'), { recursive: true });
    await writeFile(join(from, 'site.yaml'), 'title: x\n');
    await writeFile(join(from, 'service', 'unit', 'index.md'), '- 一是列表开头\n- 二是\n');
    await writeFile(join(from, 'service', 'unit', '01-a.md'), '---\ntitle: 甲\n---\n正文\n');
    const to = join(dir, 'prepare', 'hugo');
    expect(await prepareHugoContent(from, to)).toEqual({ linked: 1, fenced: 1 });
    expect(await readFile(join(to, 'service', 'unit', 'index.md'), 'utf8')).toBe('---\n---\n- 一是列表开头\n- 二是\n');
    expect((await stat(join(to, 'service', 'unit', '01-a.md'))).ino).toBe((await stat(join(from, 'service', 'unit', '01-a.md'))).ino);
    await expect(stat(join(to, 'site.yaml'))).rejects.toThrow(/ENOENT/);
  });
});
