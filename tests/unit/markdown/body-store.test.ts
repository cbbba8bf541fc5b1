import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { BodyStore, groupKey, linkTargetsDigest, type BodyStoreOptions } from '../../../src/lib/markdown/body-store.ts';
import { createSiteBodies, renderBodiesAhead } from '../../../src/lib/markdown/site-bodies.ts';
import { ROOT } from '../../support/paths.ts';

const dir = await mkdtemp(join(tmpdir(), 'huazhang-bodies-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

const options: BodyStoreOptions = { dir: join(dir, 'store'), fingerprint: 'code-1', base: '/', linkTargets: 'none' };
const source = { file: '/content/service/a/01-x.md', digest: 'abc' };
const second = { file: '/content/service/a/02-y.md', digest: 'def' };
const group = [source, second];

describe('groupKey', () => {
  it("changes with any file's text or path, the files' order, the base path, the files next to the Markdown and the code, and with nothing else", () => {
    const key = groupKey(options, group);
    expect(groupKey({ ...options }, [{ ...source }, { ...second }])).toBe(key);
    expect(groupKey(options, [source, { ...second, digest: 'deg' }])).not.toBe(key);
    expect(groupKey(options, [{ ...source, file: '/content/service/b/01-x.md' }, second])).not.toBe(key);
    expect(groupKey(options, [second, source])).not.toBe(key);
    expect(groupKey(options, [source])).not.toBe(key);
    expect(groupKey({ ...options, base: '/jishi/' }, group)).not.toBe(key);
    expect(groupKey({ ...options, linkTargets: 'photo' }, group)).not.toBe(key);
    expect(groupKey({ ...options, fingerprint: 'code-2' }, group)).not.toBe(key);
    expect(groupKey({ ...options, dir: join(dir, 'elsewhere') }, group)).toBe(key);
  });
});

describe('linkTargetsDigest', () => {
  it('changes when a file that is not Markdown comes or goes, not when Markdown does', async () => {
    const content = join(dir, 'content');
    await mkdir(join(content, 'service', 'a'), { recursive: true });
    await writeFile(join(content, 'service', 'a', '01-x.md'), '正文');
    const before = linkTargetsDigest(content);
    await writeFile(join(content, 'service', 'a', '02-y.md'), '正文');
    expect(linkTargetsDigest(content)).toBe(before);
    await writeFile(join(content, 'service', 'a', 'photo.jpg'), '');
    expect(linkTargetsDigest(content)).not.toBe(before);
  });
});

describe('BodyStore', () => {
  const bodies = [
    { html: '<p>正文</p>\n<h3 id="做法">做法</h3>', outline: [{ id: '做法', text: '做法' }] },
    { html: '<p>第二篇，含\n换行与“引号”</p>', outline: [] },
  ];

  it("keeps a group's rendered bodies by key, in its order, and renders only what it does not have", async () => {
    const store = new BodyStore(options);
    expect(store.has(group)).toBe(false);
    expect(store.get(group)).toBeUndefined();
    store.put(group, bodies);
    expect(store.has(group)).toBe(true);
    expect(store.get(group)).toEqual(bodies);
    expect(new BodyStore({ ...options, fingerprint: 'code-2' }).get(group)).toBeUndefined();
    expect(store.get([source])).toBeUndefined();
    let renders = 0;
    const render = async () => (renders++, { html: '<p>新</p>', outline: [] });
    expect(await store.bodies(group, render)).toEqual(bodies);
    expect(renders).toBe(0);
    expect(() => store.put(group, bodies.slice(1))).toThrow(/正文数目不符/);
  });

  it('keeps empty bodies and bodies beyond the BMP apart, each with its own outline', () => {
    const store = new BodyStore({ ...options, dir: join(dir, 'lengths') });
    const three = [source, second, { file: '/content/service/a/03-z.md', digest: 'ghi' }];
    const odd = [
      { html: '', outline: [] },
      { html: '<p>𠀀𪚥 两个扩展区汉字</p>', outline: [{ id: '甲', text: '甲' }] },
      { html: '<p>末篇</p>', outline: [] },
    ];
    store.put(three, odd);
    expect(store.get(three)).toEqual(odd);
  });

  it('renders again over an entry it cannot read, and replaces it', async () => {
    const store = new BodyStore({ ...options, dir: join(dir, 'damaged') });
    const damaged = [{ file: join(dir, 'damaged-1.md'), digest: 'abc' }, { file: join(dir, 'damaged-2.md'), digest: 'abc' }];
    await writeFile(damaged[0]!.file, '第一篇');
    await writeFile(damaged[1]!.file, '---\ntitle: 乙\n---\n\n第二篇\n');
    store.put(damaged, bodies);
    const [entry] = (await readdir(join(dir, 'damaged'), { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
    const path = join(entry!.parentPath, entry!.name);
    const written = await readFile(path, 'utf8');
    for (const broken of ['<p>没有目录行的旧条目</p>', written.slice(0, -1), `${written}多余`, written.replace(/^\[\[/, '[{'), `[[[],3]]\n<p>`]) {
      await writeFile(path, broken);
      expect(store.get(damaged), broken).toBeUndefined();
    }
    const seen: string[] = [];
    const fresh = await store.bodies(damaged, async (markdown) => (seen.push(markdown), { html: `<p>${markdown}</p>`, outline: [] }));
    expect(seen).toEqual(['第一篇', '第二篇']);
    expect(store.get(damaged)).toEqual(fresh);
  });

  it('makes its folders when a write finds them missing, even after they were taken away during a build', async () => {
    const store = new BodyStore({ ...options, dir: join(dir, 'folders') });
    store.put(group, bodies);
    await rm(join(dir, 'folders'), { recursive: true, force: true });
    store.put(group, bodies);
    expect(store.get(group)).toEqual(bodies);
    await rm(join(dir, 'folders'), { recursive: true, force: true });
    await writeFile(join(dir, 'folders'), '一个文件占了文件夹的位置');
    expect(() => store.put(group, bodies)).toThrow(/ENOTDIR|EEXIST/);
  });

  it('deletes the entries of groups the content no longer has, and names the groups still to render', async () => {
    const store = new BodyStore({ ...options, dir: join(dir, 'prune') });
    const other = [source, { ...second, digest: 'old' }];
    const unrendered = [{ ...source, digest: 'new' }];
    expect(store.prune([group, unrendered])).toEqual({ removed: 0, missing: [group, unrendered] });
    store.put(group, bodies);
    store.put(other, bodies);
    expect(store.prune([group, unrendered])).toEqual({ removed: 1, missing: [unrendered] });
    expect(store.get(group)).toEqual(bodies);
    expect(store.get(other)).toBeUndefined();
  });
});

describe('createSiteBodies', () => {
  const content = join(dir, 'site');
  // 40 dossiers of two bodies each: more dossiers than are held in memory, and enough bodies for the worker.
  const slugs = Array.from({ length: 40 }, (_, i) => `d${String(i + 1).padStart(2, '0')}`);
  const bodies = async () => {
    const list = [];
    for (const slug of slugs) {
      await mkdir(join(content, 'dossiers'), { recursive: true });
      await mkdir(join(content, 'service', slug), { recursive: true });
      await writeFile(join(content, 'dossiers', `${slug}.md`), `---\ntitle: ${slug}\n---\n\n${slug} 的前言。\n`);
      await writeFile(join(content, 'service', slug, '01-a.md'), `---\ntitle: 甲\n---\n\n## ${slug} 的做法\n\n第一篇 **正文**。\n`);
      list.push({ key: `service:${slug}/01-a`, file: join(content, 'service', slug, '01-a.md'), digest: `${slug}-a`, dossier: slug });
      list.push({ key: `dossiers:${slug}`, file: join(content, 'dossiers', `${slug}.md`), digest: `${slug}-o`, dossier: slug });
    }
    return list;
  };
  const entries = async (folder: string) => (await readdir(folder, { recursive: true })).filter((name) => name.endsWith('.bodies'));

  it("renders the same bodies with a store (and its worker) as without one, and keeps each dossier's bodies in one entry", async () => {
    const list = await bodies();
    const plain = createSiteBodies({ root: ROOT, contentDir: content, base: '/', bodies: list, dossierOrder: slugs });
    const stored = createSiteBodies({ root: ROOT, contentDir: content, base: '/', bodies: list, dossierOrder: slugs, cacheDir: join(dir, 'site-store') });
    expect(await plain.body('service:d01/01-a')).toEqual({ html: '<h3 id="d01-的做法">d01 的做法</h3>\n<p>第一篇 <strong>正文</strong>。</p>', outline: [{ id: 'd01-的做法', text: 'd01 的做法' }] });
    // Twice over, so that the first dossiers are read again after more than the held number of others.
    for (let round = 0; round < 2; round++) {
      for (const { key } of list) expect(await stored.body(key), key).toEqual(await plain.body(key));
    }
    expect(await entries(join(dir, 'site-store'))).toHaveLength(40);
    await expect(stored.body('service:d41/01-a')).rejects.toThrow(/service:d41\/01-a/);
  });

  it("keeps each dossier's bodies in memory once read, up to the characters it may keep, and reads the rest again", async () => {
    const list = await bodies();
    const read = async (sites: ReturnType<typeof createSiteBodies>) => Object.fromEntries(await Promise.all(list.map(async ({ key }) => [key, (await sites.body(key)).html] as const)));
    const readInTurn = async (sites: ReturnType<typeof createSiteBodies>) => {
      const html: Record<string, string> = {};
      for (const { key } of list) html[key] = (await sites.body(key)).html;
      return html;
    };
    const store = join(dir, 'site-kept');
    const all = createSiteBodies({ root: ROOT, contentDir: content, base: '/', bodies: list, dossierOrder: slugs, cacheDir: store });
    const before = await read(all);
    // Every dossier's HTML is as long as the first's: room for three and a half.
    const perDossier = before['dossiers:d01']!.length + before['service:d01/01-a']!.length;
    const some = createSiteBodies({ root: ROOT, contentDir: content, base: '/', bodies: list, dossierOrder: slugs, cacheDir: store, charsKept: 3.5 * perDossier });
    expect(await readInTurn(some)).toEqual(before);
    // Without their entries and with new text in every file, a body read again is rendered anew;
    // one kept in memory is not. 40 dossiers are more than the few held without keeping.
    await rm(store, { recursive: true, force: true });
    for (const slug of slugs) await writeFile(join(content, 'dossiers', `${slug}.md`), `---\ntitle: ${slug}\n---\n\n新的前言。\n`);
    expect(await readInTurn(all)).toEqual(before);
    const again = await readInTurn(some);
    const kept = slugs.filter((slug) => again[`dossiers:${slug}`] === before[`dossiers:${slug}`]);
    expect(kept).toEqual(['d01', 'd02', 'd03']);
    expect(again['dossiers:d04']).toBe('<p>新的前言。</p>');
  });

  it('renders bodies ahead of the pages, which take the store as it was opened instead of sweeping it again', async () => {
    const list = await bodies();
    const store = join(dir, 'site-ahead');
    const stray = (name: string) => join(store, 'zz', name);
    await mkdir(join(store, 'zz'), { recursive: true });
    await writeFile(stray('old.bodies'), '');
    renderBodiesAhead({ root: ROOT, contentDir: content, base: '/', bodies: list, dossierOrder: slugs, cacheDir: store });
    // Opening the store swept out what the content no longer has; the worker then fills it, no page asking.
    expect(await readdir(join(store, 'zz'))).toEqual([]);
    await vi.waitFor(async () => expect(await entries(store)).toHaveLength(40), { timeout: 20_000, interval: 50 });
    // What a worker still writing would have in the store: the pages must not sweep it away.
    await writeFile(stray('half-written'), '');
    const pages = createSiteBodies({ root: ROOT, contentDir: content, base: '/', bodies: list, dossierOrder: slugs, cacheDir: store });
    const plain = createSiteBodies({ root: ROOT, contentDir: content, base: '/', bodies: list, dossierOrder: slugs });
    for (const { key } of list) expect(await pages.body(key), key).toEqual(await plain.body(key));
    expect(await readdir(join(store, 'zz'))).toEqual(['half-written']);
    expect(pages.renderer).toBe(plain.renderer);
    expect(pages.linkTargets).toBe(plain.linkTargets);
    // The store is handed over once: the next build's pages open it themselves.
    createSiteBodies({ root: ROOT, contentDir: content, base: '/', bodies: list, dossierOrder: slugs, cacheDir: store });
    expect(await readdir(join(store, 'zz'))).toEqual([]);
  });

  it('renders again only the dossier whose file changed, and drops its old entry', async () => {
    const list = await bodies();
    const store = join(dir, 'site-rebuilt');
    const first = createSiteBodies({ root: ROOT, contentDir: content, base: '/', bodies: list, dossierOrder: slugs, cacheDir: store });
    for (const { key } of list) await first.body(key);
    const before = new Set(await entries(store));
    await writeFile(join(content, 'service', 'd07', '01-a.md'), '---\ntitle: 甲\n---\n\n改过的正文。\n');
    const edited = list.map((body) => (body.key === 'service:d07/01-a' ? { ...body, digest: 'd07-a-2' } : body));
    const second = createSiteBodies({ root: ROOT, contentDir: content, base: '/', bodies: edited, dossierOrder: slugs, cacheDir: store });
    expect((await second.body('service:d07/01-a')).html).toBe('<p>改过的正文。</p>');
    expect((await second.body('dossiers:d07')).html).toBe('<p>d07 的前言。</p>');
    const after = new Set(await entries(store));
    expect([...after].filter((name) => !before.has(name))).toHaveLength(1);
    expect([...before].filter((name) => !after.has(name))).toHaveLength(1);
  });
});
