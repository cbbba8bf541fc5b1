import type { APIRoute } from 'astro';
import { urls, withBase } from '../lib/urls.ts';

export const GET: APIRoute = (context) => {
  const sitemap = new URL(withBase(import.meta.env.BASE_URL, urls.sitemap()), context.site).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
