import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BodyStore, bodyKey, linkTargetsDigest, type BodyStoreOptions } from '../../../src/lib/markdown/body-store.ts';
import { createSiteBodies } from '../../../src/lib/markdown/site-bodies.ts';
import { ROOT } from '../../support/paths.ts';

const dir = await mkdtemp(join(tmpdir(), 'huazhang-bodies-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

const options: BodyStoreOptions = { dir: join(dir, 'store'), fingerprint: 'code-1', base: '/', linkTargets: 'none' };
const source = { file: '/content/service/a/01-x.md', digest: 'abc' };

describe('bodyKey', () => {
  it('changes with the text, the file, the base path, the files next to the Markdown and the code, and with nothing else', () => {
    const key = bodyKey(options, source);
    expect(bodyKey({ ...options }, { ...source })).toBe(key);
    expect(bodyKey(options, { ...source, digest: 'abd' })).not.toBe(key);
    expect(bodyKey(options, { ...source, file: '/content/service/b/01-x.md' })).not.toBe(key);
    expect(bodyKey({ ...options, base: '/jishi/' }, source)).not.toBe(key);
    expect(bodyKey({ ...options, linkTargets: 'photo' }, source)).not.toBe(key);
    expect(bodyKey({ ...options, fingerprint: 'code-2' }, source)).not.toBe(key);
    expect(bodyKey({ ...options, dir: join(dir, 'elsewhere') }, source)).toBe(key);
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
  it('keeps rendered bodies by key, and renders only what it does not have', async () => {
    const store = new BodyStore(options);
    expect(store.has(source)).toBe(false);
    expect(store.get(source)).toBeUndefined();
    const body = { html: '<p>正文</p>\n<h3 id="做法">做法</h3>', outline: [{ id: '做法', text: '做法' }] };
    store.put(source, body);
    expect(store.has(source)).toBe(true);
    expect(store.get(source)).toEqual(body);
    expect(new BodyStore({ ...options, fingerprint: 'code-2' }).get(source)).toBeUndefined();
    let renders = 0;
    const render = async () => (renders++, { html: '<p>新</p>', outline: [] });
    expect(await store.body(source, render)).toEqual(body);
    expect(renders).toBe(0);
  });

  it('renders again over an entry it cannot read, and replaces it', async () => {
    const store = new BodyStore({ ...options, dir: join(dir, 'damaged') });
    const source = { file: join(dir, 'damaged.md'), digest: 'abc' };
    await writeFile(source.file, '正文');
    store.put(source, { html: '<p>正文</p>', outline: [] });
    const [entry] = (await readdir(join(dir, 'damaged'), { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
    await writeFile(join(entry!.parentPath, entry!.name), '<p>没有目录行的旧条目</p>');
    expect(store.get(source)).toBeUndefined();
    const fresh = { html: '<p>新</p>', outline: [] };
    expect(await store.body(source, async (markdown) => (expect(markdown).toBe('正文'), fresh))).toEqual(fresh);
    expect(store.get(source)).toEqual(fresh);
  });

  it('makes its folders when a write finds them missing, even after they were taken away during a build', async () => {
    const store = new BodyStore({ ...options, dir: join(dir, 'folders') });
    const body = { html: '<p>正文</p>', outline: [] };
    store.put(source, body);
    await rm(join(dir, 'folders'), { recursive: true, force: true });
    store.put(source, body);
    expect(store.get(source)).toEqual(body);
    const read = { ...options, dir: join(dir, 'folders') };
    await rm(join(dir, 'folders'), { recursive: true, force: true });
    await writeFile(join(dir, 'folders'), '一个文件占了文件夹的位置');
    expect(() => new BodyStore(read).put(source, body)).toThrow(/ENOTDIR|EEXIST/);
  });

  it('deletes the entries of bodies the content no longer has, and names the bodies still to render', async () => {
    const store = new BodyStore({ ...options, dir: join(dir, 'prune') });
    const other = { ...source, digest: 'old' };
    const unrendered = { ...source, digest: 'new' };
    expect(store.prune([source, unrendered])).toEqual({ removed: 0, missing: [source, unrendered] });
    store.put(source, { html: 'a', outline: [] });
    store.put(other, { html: 'b', outline: [] });
    expect(store.prune([source, unrendered])).toEqual({ removed: 1, missing: [unrendered] });
    expect(store.get(source)?.html).toBe('a');
    expect(store.get(other)).toBeUndefined();
  });
});

describe('createSiteBodies', () => {
  const content = join(dir, 'site');
  const bodies = async () => {
    await mkdir(join(content, 'service', 'd1'), { recursive: true });
    await mkdir(join(content, 'service', 'd2'), { recursive: true });
    await writeFile(join(content, 'service', 'd1', '01-a.md'), '---\ntitle: 甲\n---\n\n第一篇 **正文**。\n');
    await writeFile(join(content, 'service', 'd2', '01-b.md'), '---\ntitle: 乙\n---\n\n## 主要做法\n\n第二篇正文。\n');
    return [
      { key: 'service:d1/01-a', file: join(content, 'service', 'd1', '01-a.md'), digest: '1', dossier: 'd1' },
      { key: 'service:d2/01-b', file: join(content, 'service', 'd2', '01-b.md'), digest: '2', dossier: 'd2' },
    ];
  };

  it('renders the same bodies with a store (and its worker) as without one, and keeps every body in the store', async () => {
    const list = await bodies();
    const plain = createSiteBodies({ root: ROOT, contentDir: content, base: '/', bodies: list, dossierOrder: ['d1', 'd2'] });
    const stored = createSiteBodies({ root: ROOT, contentDir: content, base: '/', bodies: list, dossierOrder: ['d1', 'd2'], cacheDir: join(dir, 'site-store') });
    expect(await plain.body('service:d1/01-a')).toEqual({ html: '<p>第一篇 <strong>正文</strong>。</p>', outline: [] });
    for (const { key } of list) expect(await stored.body(key)).toEqual(await plain.body(key));
    expect((await stored.body('service:d2/01-b')).outline).toEqual([{ id: '主要做法', text: '主要做法' }]);
    const files = (await readdir(join(dir, 'site-store'), { recursive: true })).filter((name) => name.endsWith('.body'));
    expect(files).toHaveLength(2);
    await expect(stored.body('service:d3/01-c')).rejects.toThrow(/service:d3\/01-c/);
  });
});
