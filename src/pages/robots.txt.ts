import type { APIRoute } from 'astro';
import { urls, withBase } from '../lib/urls.ts';
import { settings } from '../settings.ts';

export const GET: APIRoute = (context) => {
  const sitemap = new URL(withBase(settings.base, urls.sitemap()), context.site).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
