// The benchmark's scaled search index: a built site's dossiers taken several times over, indexed by
// the real builder, each copy found under its own slug.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildScaledIndex, copySlug } from '../../../scripts/bench/search-scale.ts';
import { openIndex } from '../../../scripts/bench/search-quality.ts';

let dir: string;
const page = (title: string, text: string) =>
  `<!doctype html><html lang="zh-CN"><body><main><div data-pagefind-body><span hidden data-pagefind-filter="类型:文章"></span><h1 data-pagefind-meta="title">${title}</h1><p>${text}</p></div></main></body></html>`;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'huazhang-scale-'));
  const site = join(dir, 'site');
  await mkdir(join(site, 'qinghe', 'service'), { recursive: true });
  await writeFile(join(site, 'qinghe', 'service', 'index.html'), page('服务篇', '窗口办事最多跑一次。'));
  await writeFile(join(site, 'index.html'), '<!doctype html><html><body><p>首页</p></body></html>');
  const award = { title: '市级文明单位', years: [2020], level: '市级', unit: '清河街道', dossier: 'qinghe', dossierTitle: '清河纪实', index: 0 };
  await writeFile(join(site, 'awards.json'), JSON.stringify({ awards: [award] }));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('buildScaledIndex', () => {
  it('indexes every dossier once per copy, each copy under its own slug', async () => {
    const out = join(dir, 'x3');
    const built = await buildScaledIndex(join(dir, 'site'), out, 3);
    expect([built.dossiers, built.pages, built.awards]).toEqual([3, 3, 3]);
    // Three pages, three awards and the unit's 荣誉榜 once: units keep their names.
    expect(built.index.entries).toBe(7);
    const engine = await openIndex(out);
    const pages = await engine.view(await engine.search('跑一次'), 0, 10);
    expect(pages.map((r) => r.url).sort()).toEqual([`/${copySlug('qinghe', 1)}/service/`, `/${copySlug('qinghe', 2)}/service/`, '/qinghe/service/']);
    expect((await engine.search('市级文明单位')).ranked.length).toBe(3);
  });
});
