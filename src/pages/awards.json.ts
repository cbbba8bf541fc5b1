import type { APIRoute } from 'astro';
import { siteData } from '../data.ts';
import { publishedAwards } from '../lib/search/published-awards.ts';

/** Every award as data: for the search index, and for anyone who wants the list in a spreadsheet. */
export const GET: APIRoute = async () => {
  const { awards } = await siteData();
  return new Response(JSON.stringify(publishedAwards(awards), null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
