import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loaderDigest } from '../../../src/lib/checks/loader-digest.ts';
import { loadContent } from '../../../src/lib/checks/load.ts';
import { contentDigest } from '../../../src/lib/content-digest.ts';

const work = await mkdtemp(join(tmpdir(), 'huazhang-loader-digest-'));
afterAll(() => rm(work, { recursive: true, force: true }));

describe('loaderDigest', () => {
  it('digests the text as the loader reads it, once per file, and nothing without text', async () => {
    const contentDir = join(work, 'content');
    const plain = '---\ntitle: 甲\n---\n正文。\n';
    const notepad = '\uFEFF---\r\ntitle: 乙\r\n---\r\n正文。\r\n';
    await mkdir(join(contentDir, 'dossiers'), { recursive: true });
    await writeFile(join(contentDir, 'dossiers', 'a.md'), plain);
    await writeFile(join(contentDir, 'dossiers', 'b.md'), notepad);
    const files = await loadContent(work, contentDir);
    const digest = await contentDigest();
    const [a, b] = ['dossiers/a.md', 'dossiers/b.md'].map((path) => files.find((file) => file.contentPath === path)!);
    expect(loaderDigest(a!, digest)).toBe(digest(plain));
    // The check reads this one without its BOM and carriage returns; the loader digests the bytes as written.
    expect(b!.text).not.toBe(notepad);
    expect(loaderDigest(b!, digest)).toBe(digest(notepad));
    // Kept: the file is not read again, even once it has gone.
    await rm(join(contentDir, 'dossiers', 'b.md'));
    expect(loaderDigest(b!, digest)).toBe(digest(notepad));
    // A file the check could not read as text has no digest.
    const withoutText = { ...a! };
    delete withoutText.text;
    expect(loaderDigest(withoutText, digest)).toBeUndefined();
  });
});
