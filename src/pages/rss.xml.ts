import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { siteData } from '../data.ts';
import { urls, withBase } from '../lib/urls.ts';
import { settings } from '../settings.ts';

/** A feed of dossiers, newest first, for readers who follow new publications. */
export const GET: APIRoute = async (context) => {
  const { dossiers } = await siteData();
  return rss({
    title: settings.title,
    description: settings.description,
    site: new URL(settings.base, context.site),
    customData: '<language>zh-cn</language>',
    items: dossiers.map((dossier) => ({
      title: `${dossier.data.title}——${dossier.data.subtitle}`,
      link: withBase(settings.base, urls.dossier(dossier.slug)),
      description: dossier.data.summary,
      ...(dossier.data.published ? { pubDate: dossier.data.published } : {}),
      categories: [dossier.data.unit],
    })),
  });
};
