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
    store.put(source, '<p>正文</p>');
    expect(store.has(source)).toBe(true);
    expect(store.get(source)).toBe('<p>正文</p>');
    expect(new BodyStore({ ...options, fingerprint: 'code-2' }).get(source)).toBeUndefined();
    let renders = 0;
    const render = async () => (renders++, '<p>新</p>');
    expect(await store.html(source, render)).toBe('<p>正文</p>');
    expect(renders).toBe(0);
  });

  it('deletes the entries of bodies the content no longer has', async () => {
    const store = new BodyStore({ ...options, dir: join(dir, 'prune') });
    const other = { ...source, digest: 'old' };
    store.put(source, 'a');
    store.put(other, 'b');
    expect(store.prune([source])).toBe(1);
    expect(store.get(source)).toBe('a');
    expect(store.get(other)).toBeUndefined();
  });
});

describe('createSiteBodies', () => {
  const content = join(dir, 'site');
  const bodies = async () => {
    await mkdir(join(content, 'service', 'd1'), { recursive: true });
    await mkdir(join(content, 'service', 'd2'), { recursive: true });
    await writeFile(join(content, 'service', 'd1', '01-a.md'), '---\ntitle: 甲\n---\n\n第一篇 **正文**。\n');
    await writeFile(join(content, 'service', 'd2', '01-b.md'), '---\ntitle: 乙\n---\n\n第二篇正文。\n');
    return [
      { key: 'service:d1/01-a', file: join(content, 'service', 'd1', '01-a.md'), digest: '1', dossier: 'd1' },
      { key: 'service:d2/01-b', file: join(content, 'service', 'd2', '01-b.md'), digest: '2', dossier: 'd2' },
    ];
  };

  it('renders the same HTML with a store (and its worker) as without one, and keeps every body in the store', async () => {
    const list = await bodies();
    const plain = createSiteBodies({ root: ROOT, contentDir: content, base: '/', bodies: list, dossierOrder: ['d1', 'd2'] });
    const stored = createSiteBodies({ root: ROOT, contentDir: content, base: '/', bodies: list, dossierOrder: ['d1', 'd2'], cacheDir: join(dir, 'site-store') });
    expect(await plain.html('service:d1/01-a')).toBe('<p>第一篇 <strong>正文</strong>。</p>');
    for (const { key } of list) expect(await stored.html(key)).toBe(await plain.html(key));
    const files = (await readdir(join(dir, 'site-store'), { recursive: true })).filter((name) => name.endsWith('.html'));
    expect(files).toHaveLength(2);
    await expect(stored.html('service:d3/01-c')).rejects.toThrow(/service:d3\/01-c/);
  });
});
