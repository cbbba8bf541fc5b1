import { describe, expect, it } from 'vitest';
import { pagesInIndexOrder } from '../../../src/lib/search/pages-in-index-order.ts';

const page = (pathname: string) => ({ pathname, route: { type: 'page' } });
const endpoint = (pathname: string) => ({ pathname, route: { type: 'endpoint' } });

describe('pagesInIndexOrder', () => {
  // Astro's order: route after route, dossiers as the site lists them.
  const astro = [page('/'), page('/b/print/'), page('/a/print/'), page('/awards/'), page('/b/service/'), page('/a/service/'), page('/b/'), page('/a/'), endpoint('/awards.json'), page('/ab/')];

  it("renders awards.json first, then each dossier's pages together, dossiers in the order given, and the other pages after them or before", () => {
    expect(pagesInIndexOrder(astro, ['a', 'b'], false).paths.map((path) => path.pathname)).toEqual(['/awards.json', '/', '/awards/', '/ab/', '/a/print/', '/a/service/', '/a/', '/b/print/', '/b/service/', '/b/']);
    const order = pagesInIndexOrder(astro, ['a', 'b'], true);
    expect(order.paths.map((path) => path.pathname)).toEqual(['/awards.json', '/a/print/', '/a/service/', '/a/', '/b/print/', '/b/service/', '/b/', '/', '/awards/', '/ab/']);
    // A folder is a dossier's only when it is named as one: `ab` is not `a`.
    expect(order.files).toEqual({ a: ['a/print/index.html', 'a/service/index.html', 'a/index.html'], b: ['b/print/index.html', 'b/service/index.html', 'b/index.html'] });
  });

  it("tells when a group's last page is rendered, whatever order the pages finish in", () => {
    const order = pagesInIndexOrder(astro, ['a', 'b'], true);
    expect(['/a/', '/a/print/'].map((path) => order.rendered(path))).toEqual([undefined, undefined]);
    expect(order.rendered('/a/service/')).toBe('a');
    // The shards are planned from awards.json; no shard waits for the other pages outside dossiers.
    expect(['/', '/awards/', '/ab/'].map((path) => order.rendered(path))).toEqual([undefined, undefined, undefined]);
    expect(order.rendered('/awards.json')).toBeNull();
    expect(['/b/', '/b/service/', '/b/print/'].map((path) => order.rendered(path))).toEqual([undefined, undefined, 'b']);
  });

  it('gives endpoints under a dossier folder no HTML file to wait for', () => {
    const order = pagesInIndexOrder([page('/a/'), endpoint('/a/awards.csv')], ['a'], true);
    expect(order.files).toEqual({ a: ['a/index.html'] });
    expect(order.rendered('/a/awards.csv')).toBeUndefined();
    expect(order.rendered('/a/')).toBe('a');
  });
});
