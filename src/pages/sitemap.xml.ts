import type { APIRoute } from 'astro';
import { siteData } from '../data.ts';
import { withBase } from '../lib/urls.ts';
import { settings } from '../settings.ts';

/** Every page of the route table that search engines are told about. */
export const GET: APIRoute = async (context) => {
  const { routes } = await siteData();
  const entries = routes
    .filter((route) => route.inSitemap)
    .map((route) => `  <url><loc>${new URL(withBase(settings.base, route.path), context.site).href}</loc></url>`)
    .join('\n');
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
