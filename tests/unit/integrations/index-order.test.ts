import type { AstroPrerenderer, RouteData } from 'astro';
import { describe, expect, it, vi } from 'vitest';
import { indexOrderPrerenderer, renderOtherPagesLast } from '../../../src/integrations/index-order.ts';
import type { RenderProgress } from '../../../src/lib/search/shards-ahead.ts';

const paths = ['/d2/', '/d1/', '/awards/', '/d1/service/', '/安城/', '/awards.json'].map((pathname) => ({ pathname, route: { type: pathname.endsWith('/') ? 'page' : 'endpoint' } as RouteData }));

/** Astro's prerenderer as far as the wrapper uses it; `setup` and `teardown` note the object they were called on. */
function astroPrerenderer(calls: string[]): AstroPrerenderer {
  const astro: AstroPrerenderer = {
    name: 'astro:default',
    async setup() {
      calls.push(`setup:${this === astro}`);
    },
    getStaticPaths: async () => paths,
    render: async (request) => new Response(`<html>${new URL(request.url).pathname}</html>`),
    async teardown() {
      calls.push(`teardown:${this === astro}`);
    },
  };
  return astro;
}

describe('indexOrderPrerenderer', () => {
  it("renders in index order, says when each dossier's pages are done, and leaves the rest to Astro's own prerenderer", async () => {
    const calls: string[] = [];
    const messages: RenderProgress[] = [];
    // The build indexes shards as it hears of dossiers rendered: the other pages come last.
    renderOtherPagesLast(true);
    const ordered = indexOrderPrerenderer(astroPrerenderer(calls), '/reports/', ['d1', 'd2', '安城'], (message) => messages.push(message));
    await ordered.setup?.();
    const list = await ordered.getStaticPaths();
    renderOtherPagesLast(false);
    expect(list.map((path) => path.pathname)).toEqual(['/awards.json', '/d1/', '/d1/service/', '/d2/', '/安城/', '/awards/']);
    expect(messages).toEqual([{ renderPlan: { dossiers: ['d1', 'd2', '安城'], files: { d1: ['d1/index.html', 'd1/service/index.html'], d2: ['d2/index.html'], 安城: ['安城/index.html'] } } }]);
    // Astro asks for each page at its address under the base path, percent-encoded.
    const render = (path: string) => ordered.render(new Request(new URL(encodeURI(`/reports${path}`), 'http://localhost')), { routeData: list[0]!.route });
    const response = (await render('/d1/')) as Response;
    expect(await response.text()).toBe('<html>/reports/d1/</html>');
    for (const path of ['/d1/service/', '/安城/', '/awards/', '/awards.json']) await render(path);
    expect(messages.slice(1)).toEqual([{ rendered: 'd1' }, { rendered: '安城' }, { rendered: null }]);
    await ordered.teardown?.();
    expect(calls).toEqual(['setup:true', 'teardown:true']);
  });

  it('reads addresses without a base path, and renders the other pages first unless told otherwise', async () => {
    const report = vi.fn();
    const ordered = indexOrderPrerenderer(astroPrerenderer([]), '/', ['d1', 'd2', '安城'], report);
    const list = await ordered.getStaticPaths();
    expect(list.map((path) => path.pathname)).toEqual(['/awards.json', '/awards/', '/d1/', '/d1/service/', '/d2/', '/安城/']);
    await ordered.render(new Request(new URL('/d2/', 'http://localhost')), { routeData: list[0]!.route });
    expect(report).toHaveBeenLastCalledWith({ rendered: 'd2' });
    expect(report).toHaveBeenCalledTimes(2);
  });
});
