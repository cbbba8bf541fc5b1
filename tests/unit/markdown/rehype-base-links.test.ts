import { describe, expect, it } from 'vitest';
import { createBodyRenderer } from '../../../src/lib/markdown/render.ts';

const render = async (markdown: string, base: string) => (await createBodyRenderer({ contentDir: import.meta.dirname, base })(markdown, `${import.meta.dirname}/x.md`)).html;

describe('links written from the site root', () => {
  it('get the base path in front, once, as the content check reads them', async () => {
    const html = await render('[荣誉榜](/awards/) [已带子路径](/jishi/awards/2010/) [外站](//example.org/) [本页](#a) ![图](/logo.png)', '/jishi/');
    expect(html).toContain('href="/jishi/awards/"');
    expect(html).toContain('href="/jishi/awards/2010/"');
    expect(html).toContain('href="//example.org/"');
    expect(html).toContain('href="#a"');
    expect(html).toContain('src="/jishi/logo.png"');
  });

  it('stay as written on a site at the root', async () => {
    expect(await render('[荣誉榜](/awards/)', '/')).toContain('href="/awards/"');
  });
});
