import type { APIRoute } from 'astro';
import { siteRoutes } from '../lib/routes/index.ts';
import { urls, withBase } from '../lib/urls.ts';
import { settings } from '../settings.ts';

// Pages for editors (the content editor at /admin/) are the same whatever the content, and their
// own pages say noindex as well.
const EDITOR_PAGES = siteRoutes({ dossiers: [], awards: [] }).filter((route) => route.audience === 'editors');

export const GET: APIRoute = (context) => {
  const sitemap = new URL(withBase(settings.base, urls.sitemap()), context.site).href;
  const disallow = EDITOR_PAGES.map((route) => `Disallow: ${withBase(settings.base, route.path)}\n`).join('');
  return new Response(`User-agent: *\nAllow: /\n${disallow}\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
