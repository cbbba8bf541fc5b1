import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBodyRenderer } from '../../../src/lib/markdown/render.ts';

const content = await mkdtemp(join(tmpdir(), 'huazhang-content-'));
const article = join(content, 'service', 'a', '01-x.md');
afterAll(() => rm(content, { recursive: true, force: true }));
beforeAll(async () => {
  await mkdir(join(content, 'service', 'a'), { recursive: true });
  await writeFile(join(content, 'service', 'a', 'photo.jpg'), '');
  await writeFile(join(content, 'service', 'a', '课表 2023.pdf'), '');
  await writeFile(join(content, 'outside.txt'), '');
});

const render = async (markdown: string, base = '/') => (await createBodyRenderer({ contentDir: content, base })(markdown, article)).html;

describe('links and images to files next to the Markdown', () => {
  it('point at the published copy, with the base path and encoded names', async () => {
    expect(await render('![照片](./photo.jpg)', '/huazhang/')).toBe('<p><img src="/huazhang/_files/service/a/photo.jpg" alt="照片"></p>');
    expect(await render('[课表](<课表 2023.pdf#page=2>)')).toBe(`<p><a href="/_files/service/a/${encodeURIComponent('课表 2023.pdf')}#page=2">课表</a></p>`);
  });

  it('point video, poster, sound and captions at the published copies too', async () => {
    const html = await render('<video src="./photo.jpg" poster="./photo.jpg"><track src="./photo.jpg" kind="captions"></video>', '/huazhang/');
    expect(html.match(/\/huazhang\/_files\/service\/a\/photo\.jpg/g)).toHaveLength(3);
    expect(await render('<audio src="./photo.jpg"></audio>')).toContain('<audio src="/_files/service/a/photo.jpg" controls></audio>');
  });

  it('reach files elsewhere in the content folder, but never outside it', async () => {
    expect(await render('[说明](../../outside.txt)')).toContain('href="/_files/outside.txt"');
    expect(await render('[外面](../../../etc/passwd)')).toContain('href="../../../etc/passwd"');
  });

  it('leave site paths, web addresses, anchors, Markdown files and missing files alone', async () => {
    for (const url of ['/awards/', 'https://example.org/a.jpg', '#top', './02-y.md', './missing.png']) {
      expect(await render(`[x](${url})`)).toContain(`href="${url}"`);
    }
  });
});
