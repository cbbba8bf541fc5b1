// Site settings and base-aware links for pages. Astro-side only: it reads import.meta.env.
import { loadSiteSettings, contentDirFromEnv } from './lib/site-settings.ts';
import { withBase } from './lib/urls.ts';

/** The validated `content/site.yaml` of the content being built. */
export const settings = loadSiteSettings(contentDirFromEnv(process.cwd()));

/** A site path with the base path in front, for `href` and `src`. */
export function href(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}
